import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Chip } from '../shared/chip';
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES } from './order-status';
import type { OrderStatusName } from './orders.models';

/** An order's status as a chip; the host's `data-status` keeps the status as the API names it, for anything reading the page. */
@Component({
  selector: 'sd-order-status-chip',
  imports: [Chip],
  template: `<sd-chip [tone]="tones[status()]">{{ labels[status()] }}</sd-chip>`,
  host: { '[attr.data-status]': 'status()' },
  styles: `
    :host {
      display: inline-flex;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderStatusChip {
  readonly status = input.required<OrderStatusName>();
  protected readonly labels = ORDER_STATUS_LABELS;
  protected readonly tones = ORDER_STATUS_TONES;
}
