import type { QueryParamReader } from '../shared/url-list-state';
import { ORDER_STATUSES, PAYMENT_STATES, type OrderStatusName, type PaymentStateName } from './orders.models';

/** The order list as kept in the URL: shareable, and the back button restores it. */
export interface OrderListParams {
  readonly status: OrderStatusName | null;
  readonly paymentState: PaymentStateName | null;
  /** Only orders placed in the chat. */
  readonly fromChat: boolean;
  /** Placed on or after this day (YYYY-MM-DD, the browser's time zone). */
  readonly from: string | null;
  /** Placed on or before this day. */
  readonly to: string | null;
  readonly search: string;
  readonly after: string | null;
}

/** The filter the orders query and the CSV export share. */
export interface OrderFilter {
  readonly status?: readonly OrderStatusName[];
  readonly paymentState?: PaymentStateName;
  readonly source?: 'chat';
  readonly createdAfter?: string;
  readonly createdBefore?: string;
  readonly search?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseOrderListParams(query: QueryParamReader): OrderListParams {
  const status = (query.get('status') ?? '').toUpperCase();
  const payment = query.get('payment') ?? '';
  const day = (name: string) => {
    const value = query.get(name) ?? '';
    return DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : null;
  };
  return {
    status: (ORDER_STATUSES as readonly string[]).includes(status) ? (status as OrderStatusName) : null,
    paymentState: (PAYMENT_STATES as readonly string[]).includes(payment) ? (payment as PaymentStateName) : null,
    fromChat: query.get('source') === 'chat',
    from: day('from'),
    to: day('to'),
    search: (query.get('q') ?? '').trim().slice(0, 100),
    after: query.get('after') || null,
  };
}

/** Query parameters after a change; a new filter or search starts again from the first page. */
export function orderListQuery(current: OrderListParams, change: Partial<OrderListParams>): Record<string, string | null> {
  const filterChanged = Object.keys(change).some((key) => key !== 'after');
  const next: OrderListParams = { ...current, ...change, after: filterChanged ? null : (change.after ?? current.after) };
  return {
    status: next.status ? next.status.toLowerCase() : null,
    payment: next.paymentState,
    source: next.fromChat ? 'chat' : null,
    from: next.from,
    to: next.to,
    q: next.search || null,
    after: next.after,
  };
}

/** The API filter of the list's parameters; days are whole local days. */
export function orderFilterOf(params: OrderListParams): OrderFilter {
  return {
    ...(params.status ? { status: [params.status] } : {}),
    ...(params.paymentState ? { paymentState: params.paymentState } : {}),
    ...(params.fromChat ? { source: 'chat' as const } : {}),
    ...(params.from ? { createdAfter: startOfDay(params.from).toISOString() } : {}),
    ...(params.to ? { createdBefore: startOfNextDay(params.to).toISOString() } : {}),
    ...(params.search ? { search: params.search } : {}),
  };
}

/** The CSV download's query string for a filter (status as a comma-separated list, lower-case as the API stores it). */
export function orderExportQuery(filter: OrderFilter): string {
  const query = new URLSearchParams();
  if (filter.status?.length) query.set('status', filter.status.map((s) => s.toLowerCase()).join(','));
  if (filter.paymentState) query.set('paymentState', filter.paymentState);
  if (filter.source) query.set('source', filter.source);
  if (filter.createdAfter) query.set('createdAfter', filter.createdAfter);
  if (filter.createdBefore) query.set('createdBefore', filter.createdBefore);
  if (filter.search) query.set('search', filter.search);
  const text = query.toString();
  return text ? `?${text}` : '';
}

function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00`);
}

function startOfNextDay(day: string): Date {
  const next = startOfDay(day);
  next.setDate(next.getDate() + 1);
  return next;
}
