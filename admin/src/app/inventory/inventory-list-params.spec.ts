import { inventoryListQuery, parseInventoryListParams } from './inventory-list-params';

const LOCATION = '6f1d2c3b-4a59-4e68-8d7c-0b1a2c3d4e5f';
const VARIANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const query = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('inventory URL', () => {
  it('reads back a shared low-stock view of one warehouse', () => {
    expect(parseInventoryListParams(query({ location: LOCATION, low: '1', q: ' hoodie ', variant: VARIANT }))).toEqual({
      search: 'hoodie',
      locationId: LOCATION,
      lowStockOnly: true,
      variantId: VARIANT,
      after: null,
    });
  });

  it('ignores ids that are not ids', () => {
    expect(parseInventoryListParams(query({ location: 'main', variant: "1' OR 1=1" }))).toMatchObject({ locationId: null, variantId: null });
  });

  it('starts from the first page when the list changes, but not when only the history changes', () => {
    const current = parseInventoryListParams(query({ q: 'bag', after: 'cursor-2' }));
    expect(inventoryListQuery(current, { lowStockOnly: true })).toEqual({ q: 'bag', location: null, low: '1', variant: null, after: null });
    expect(inventoryListQuery(current, { variantId: VARIANT })).toMatchObject({ after: 'cursor-2', variant: VARIANT });
  });
});
