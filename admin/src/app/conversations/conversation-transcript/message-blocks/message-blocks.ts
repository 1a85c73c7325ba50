import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MessageBlock } from '@shopdesk/shared';
import { CheckoutLinkBlock } from './checkout-link-block';
import { ImageBlock } from './image-block';
import { OrderCardBlock } from './order-card-block';
import { ProductCardsBlock } from './product-cards-block';
import { QuickRepliesBlock } from './quick-replies-block';

/** What the visitor saw under a message, compact for staff. A block kind newer than the admin is skipped: the text still says it. */
@Component({
  selector: 'sd-message-blocks',
  imports: [CheckoutLinkBlock, ImageBlock, OrderCardBlock, ProductCardsBlock, QuickRepliesBlock],
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.__typename) {
        @case ('ProductCardsBlock') {
          <sd-product-cards-block [products]="block.products" />
        }
        @case ('QuickRepliesBlock') {
          <sd-quick-replies-block [replies]="block.replies" />
        }
        @case ('ImageBlock') {
          <sd-image-block [image]="block" />
        }
        @case ('OrderCardBlock') {
          <sd-order-card-block [order]="block" />
        }
        @case ('CheckoutLinkBlock') {
          <sd-checkout-link-block [link]="block" />
        }
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 6px;
      max-width: 100%;
      margin-top: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageBlocks {
  readonly blocks = input.required<readonly MessageBlock[]>();
}
