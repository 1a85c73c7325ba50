import type { StockLevel, StockLocation, VariantRef } from './inventory.models';
import { stockRowsForLevels, stockRowsForVariants, transferTargets } from './stock-rows';

const main: StockLocation = { id: 'loc-main', name: 'Main warehouse', code: 'main' };
const shop: StockLocation = { id: 'loc-shop', name: 'Shop', code: 'shop' };
const tee: VariantRef = { variantId: 'v-tee-m', sku: 'TEE-M', productId: 'p-tee', productName: 'Tee', options: 'Size: M' };
const bag: VariantRef = { variantId: 'v-bag', sku: 'BAG', productId: 'p-bag', productName: 'Bag', options: '' };

function level(variantId: string, locationId: string, onHand: number, extra: Partial<StockLevel> = {}): StockLevel {
  return { variantId, locationId, onHand, reserved: 0, available: onHand, lowStockThreshold: null, lowStock: false, ...extra };
}

describe('stockRowsForVariants', () => {
  const levels = [level('v-tee-m', 'loc-main', 7), level('v-tee-m', 'loc-shop', 2, { lowStockThreshold: 3, lowStock: true })];

  it('lists every location a variant is stocked at', () => {
    const rows = stockRowsForVariants([tee], levels, [main, shop], null);
    expect(rows.map((r) => [r.location?.name, r.onHand, r.lowStock])).toEqual([
      ['Main warehouse', 7, false],
      ['Shop', 2, true],
    ]);
  });

  it('keeps only the chosen location', () => {
    expect(stockRowsForVariants([tee], levels, [main, shop], 'loc-shop').map((r) => r.available)).toEqual([2]);
  });

  it('shows a variant never stocked as zero at the main warehouse, so it can be received', () => {
    const [row] = stockRowsForVariants([bag], levels, [main, shop], null);
    expect(row).toMatchObject({ onHand: 0, available: 0, location: main, variant: bag });
    expect(stockRowsForVariants([bag], [], [], null)[0].location).toBeNull();
  });
});

describe('stockRowsForLevels', () => {
  it('names the variants it knows and keeps the others recognisable', () => {
    const rows = stockRowsForLevels([level('v-tee-m', 'loc-shop', 1), level('0f0e0d0c-aaaa', 'loc-main', 0)], new Map([[tee.variantId, tee]]), [main, shop]);
    expect(rows.map((r) => [r.variant.sku, r.variant.productName, r.location?.name])).toEqual([
      ['TEE-M', 'Tee', 'Shop'],
      ['0f0e0d0c', 'Unknown product', 'Main warehouse'],
    ]);
  });
});

describe('transferTargets', () => {
  it('offers every location but the row’s own', () => {
    const [row] = stockRowsForVariants([tee], [level('v-tee-m', 'loc-main', 7)], [main, shop], null);
    expect(transferTargets(row, [main, shop])).toEqual([shop]);
  });
});
