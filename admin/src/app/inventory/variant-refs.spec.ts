import { variantRefsOf } from './variant-refs';

describe('variantRefsOf', () => {
  it('names each variant after its product and options', () => {
    const refs = variantRefsOf([
      {
        id: 'p1',
        name: 'Chaz Kangeroo Hoodie',
        variants: [
          { id: 'v1', sku: 'MH01-XS-Black', options: [{ name: 'size', value: 'XS' }, { name: 'color', value: 'Black' }] },
          { id: 'v2', sku: 'MH01-S-Black', options: [{ name: 'size', value: 'S' }, { name: 'color', value: 'Black' }] },
        ],
      },
      { id: 'p2', name: 'Joust Duffle Bag', variants: [{ id: 'v3', sku: '24-MB01', options: [] }] },
    ]);
    expect(refs).toEqual([
      { variantId: 'v1', sku: 'MH01-XS-Black', productId: 'p1', productName: 'Chaz Kangeroo Hoodie', options: 'Size: XS · Color: Black' },
      { variantId: 'v2', sku: 'MH01-S-Black', productId: 'p1', productName: 'Chaz Kangeroo Hoodie', options: 'Size: S · Color: Black' },
      { variantId: 'v3', sku: '24-MB01', productId: 'p2', productName: 'Joust Duffle Bag', options: '' },
    ]);
  });
});
