import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Clock } from '../../../core/time/clock';
import type { CheckoutLinkBlock as CheckoutLinkData } from '@shopdesk/shared';
import { isExpired, orderLink, paymentMethodLabel } from './block-presentation';

/** How the visitor was asked to pay for an order placed in the chat. */
@Component({
  selector: 'sd-checkout-link-block',
  imports: [CurrencyPipe, DatePipe, RouterLink],
  template: `
    @let current = link();
    <div class="card" data-testid="checkout-link">
      <span class="method">{{ method() }}</span>
      <a class="number" [routerLink]="order().commands" [queryParams]="order().queryParams">Order {{ current.orderNumber }}</a>
      <span class="total">{{ current.total | currency: current.currency }}</span>
      <span class="expiry" [class.expired]="expired()">
        {{ expired() ? 'Expired' : 'Expires' }} {{ current.expiresAt | date: 'medium' }}
      </span>
    </div>
  `,
  styleUrl: './block-card.scss',
  styles: `
    .method {
      grid-column: 1 / -1;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .expiry {
      grid-column: 1 / -1;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .expiry.expired {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckoutLinkBlock {
  readonly link = input.required<CheckoutLinkData>();
  private readonly now = inject(Clock).now;

  protected readonly method = computed(() => paymentMethodLabel(this.link()));
  protected readonly order = computed(() => orderLink(this.link().orderNumber));
  protected readonly expired = computed(() => isExpired(this.link(), this.now()));
}
