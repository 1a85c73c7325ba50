import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ORDER_STATUS_LABELS } from './order-status';
import type { OrderStatusName } from './orders.models';

@Component({
  selector: 'sd-order-status-chip',
  template: `{{ label() }}`,
  host: { '[attr.data-status]': 'status()' },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      height: 22px;
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-small);
      letter-spacing: 0.02em;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host([data-status='AWAITING_PAYMENT']) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host([data-status='PAID']),
    :host([data-status='PROCESSING']) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host([data-status='SHIPPED']),
    :host([data-status='DELIVERED']) {
      background: var(--sd-resolved-container, var(--mat-sys-secondary-container));
      color: var(--sd-on-resolved-container, var(--mat-sys-on-secondary-container));
    }
    :host([data-status='CANCELLED']),
    :host([data-status='REFUNDED']) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderStatusChip {
  readonly status = input.required<OrderStatusName>();
  protected readonly label = computed(() => ORDER_STATUS_LABELS[this.status()]);
}
