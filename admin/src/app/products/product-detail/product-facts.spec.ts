import type { ProductVariant } from '../catalog.models';
import { galleryOf, ownAttributes, saleState, soldAsItself } from './product-facts';

function variant(sku: string, options: { name: string; value: string }[], extra: Partial<ProductVariant> = {}): ProductVariant {
  return { id: sku, sku, options, price: 10, regularPrice: 10, salePrice: null, saleStartsAt: null, saleEndsAt: null, stock: 1, inStock: true, imageUrl: null, ...extra };
}

describe('ownAttributes', () => {
  it('leaves out the option values shown on each variant', () => {
    const product = {
      attributes: [
        { name: 'material', values: ['Cotton'] },
        { name: 'size', values: ['S', 'M'] },
        { name: 'empty', values: [] },
      ],
      variants: [variant('T-S', [{ name: 'size', value: 'S' }]), variant('T-M', [{ name: 'size', value: 'M' }])],
    };
    expect(ownAttributes(product)).toEqual([{ name: 'Material', values: ['Cotton'] }]);
  });
});

describe('soldAsItself', () => {
  it('tells a simple product from one with variants', () => {
    expect(soldAsItself({ sku: 'BAG', variants: [variant('BAG', [])] })).toBe(true);
    expect(soldAsItself({ sku: 'TEE', variants: [variant('TEE-S', [{ name: 'size', value: 'S' }])] })).toBe(false);
  });
});

describe('saleState', () => {
  const now = Date.parse('2026-06-15T12:00:00Z');
  it('follows the sale window', () => {
    expect(saleState({ salePrice: null, saleStartsAt: null, saleEndsAt: null }, now)).toBe('none');
    expect(saleState({ salePrice: 8, saleStartsAt: null, saleEndsAt: null }, now)).toBe('running');
    expect(saleState({ salePrice: 8, saleStartsAt: '2026-07-01T00:00:00Z', saleEndsAt: null }, now)).toBe('scheduled');
    expect(saleState({ salePrice: 8, saleStartsAt: '2026-06-01T00:00:00Z', saleEndsAt: '2026-06-10T00:00:00Z' }, now)).toBe('ended');
  });
});

describe('galleryOf', () => {
  it('shows each picture once, the product’s own first', () => {
    expect(
      galleryOf({
        images: ['a.jpg', 'b.jpg'],
        imageUrl: 'a.jpg',
        variants: [variant('S', [], { imageUrl: 'c.jpg' }), variant('M', [], { imageUrl: 'b.jpg' })],
      }),
    ).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
  });
});
