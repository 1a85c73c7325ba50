import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OrderStatusChip } from '../order-status-chip';
import type { OrderSummary } from '../orders.models';

/** One page of orders, newest first; each row opens the order. */
@Component({
  selector: 'sd-order-table',
  imports: [CurrencyPipe, DatePipe, OrderStatusChip, RouterLink],
  templateUrl: './order-table.html',
  styleUrl: './order-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderTable {
  readonly orders = input.required<readonly OrderSummary[]>();
}
