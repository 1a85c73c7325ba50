import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OrderCardBlock as OrderCardData } from '@shopdesk/shared';
import { orderLink, orderStatusLabel, trackingLabel } from './block-presentation';

/** An order the visitor looked up in the chat, linking to the order in the admin. */
@Component({
  selector: 'sd-order-card-block',
  imports: [CurrencyPipe, DatePipe, RouterLink],
  template: `
    @let current = order();
    <div class="card" data-testid="order-card">
      <a class="number" [routerLink]="link().commands" [queryParams]="link().queryParams">Order {{ current.number }}</a>
      <span class="status">{{ status() }}</span>
      <span class="total">{{ current.total | currency: current.currency }}</span>
      <span class="detail">
        Placed {{ current.createdAt | date: 'mediumDate' }} ·
        {{ tracking() ? 'Tracking ' + tracking() : 'No tracking yet' }}
      </span>
    </div>
  `,
  styleUrl: './block-card.scss',
  styles: `
    .status {
      justify-self: end;
      font: var(--mat-sys-label-medium);
    }
    .detail {
      grid-column: 1 / -1;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderCardBlock {
  readonly order = input.required<OrderCardData>();

  protected readonly link = computed(() => orderLink(this.order().number));
  protected readonly status = computed(() => orderStatusLabel(this.order().status));
  protected readonly tracking = computed(() => trackingLabel(this.order()));
}
