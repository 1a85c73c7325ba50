import { ORDER_STATUSES, type OrderStatusName } from './orders.models';

/** The order list as kept in the URL: shareable, and the back button restores it. */
export interface OrderListParams {
  readonly status: OrderStatusName | null;
  readonly search: string;
  readonly after: string | null;
}

type QueryParamReader = { get(name: string): string | null };

export function parseOrderListParams(query: QueryParamReader): OrderListParams {
  const status = (query.get('status') ?? '').toUpperCase();
  return {
    status: (ORDER_STATUSES as readonly string[]).includes(status) ? (status as OrderStatusName) : null,
    search: (query.get('q') ?? '').trim().slice(0, 100),
    after: query.get('after') || null,
  };
}

/** Query parameters after a change; a new filter or search starts again from the first page. */
export function orderListQuery(current: OrderListParams, change: Partial<OrderListParams>): Record<string, string | null> {
  const filterChanged = 'status' in change || 'search' in change;
  const next: OrderListParams = { ...current, ...change, after: filterChanged ? null : (change.after ?? current.after) };
  return { status: next.status ? next.status.toLowerCase() : null, q: next.search || null, after: next.after };
}
