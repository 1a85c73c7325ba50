import type { QueryParamReader } from '../shared/url-list-state';

/** The inventory page as kept in the URL. */
export interface InventoryListParams {
  readonly search: string;
  readonly locationId: string | null;
  readonly lowStockOnly: boolean;
  /** Variant whose movement history is shown; null shows the latest movements of the store. */
  readonly variantId: string | null;
  readonly after: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuidOrNull = (value: string | null) => (value && UUID.test(value) ? value : null);

export function parseInventoryListParams(query: QueryParamReader): InventoryListParams {
  return {
    search: (query.get('q') ?? '').trim().slice(0, 200),
    locationId: uuidOrNull(query.get('location')),
    lowStockOnly: query.get('low') === '1',
    variantId: uuidOrNull(query.get('variant')),
    after: query.get('after') || null,
  };
}

/** Query parameters after a change; a new search, location or filter starts from the first page. */
export function inventoryListQuery(current: InventoryListParams, change: Partial<InventoryListParams>): Record<string, string | null> {
  const listChanged = 'search' in change || 'locationId' in change || 'lowStockOnly' in change;
  const next: InventoryListParams = { ...current, ...change, after: listChanged ? null : (change.after ?? current.after) };
  return {
    q: next.search || null,
    location: next.locationId,
    low: next.lowStockOnly ? '1' : null,
    variant: next.variantId,
    after: next.after,
  };
}
