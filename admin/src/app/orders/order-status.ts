import type { ChipTone } from '../shared/chip';
import type { OrderStatusName } from './orders.models';

export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatusName, string>> = {
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  PROCESSING: 'Processing',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
};

export const ORDER_STATUS_TONES: Readonly<Record<OrderStatusName, ChipTone>> = {
  AWAITING_PAYMENT: 'info',
  PAID: 'progress',
  PROCESSING: 'progress',
  SHIPPED: 'success',
  DELIVERED: 'success',
  CANCELLED: 'error',
  REFUNDED: 'error',
};

/** The staff actions an order in `status` allows, in the order the buttons appear. */
export type OrderAction = 'markPaid' | 'process' | 'ship' | 'deliver' | 'cancel';

const ACTIONS: Readonly<Record<OrderStatusName, readonly OrderAction[]>> = {
  AWAITING_PAYMENT: ['markPaid', 'cancel'],
  PAID: ['process', 'ship', 'cancel'],
  PROCESSING: ['ship', 'cancel'],
  SHIPPED: ['deliver'],
  DELIVERED: [],
  CANCELLED: [],
  REFUNDED: [],
};

export function orderActions(status: OrderStatusName, paymentProvider: string): readonly OrderAction[] {
  // Card payments are confirmed by Stripe itself, never by hand.
  return ACTIONS[status].filter((action) => action !== 'markPaid' || paymentProvider === 'manual');
}
