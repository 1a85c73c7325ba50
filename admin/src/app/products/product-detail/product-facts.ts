import { capitalize, type ProductAttribute, type ProductDetail, type ProductVariant } from '../catalog.models';

/**
 * The product's own attributes. The API also lists its variants' option values as attributes
 * (so they can be searched and filtered); those are shown per variant instead.
 */
export function ownAttributes(product: Pick<ProductDetail, 'attributes' | 'variants'>): ProductAttribute[] {
  const optionNames = new Set(product.variants.flatMap((v) => v.options.map((o) => o.name)));
  return product.attributes
    .filter((a) => !optionNames.has(a.name) && a.values.length > 0)
    .map((a) => ({ name: capitalize(a.name), values: a.values }));
}

/** A product sold as itself has one variant carrying the product's SKU and no options. */
export function soldAsItself(product: Pick<ProductDetail, 'sku' | 'variants'>): boolean {
  return product.variants.length === 1 && product.variants[0].sku === product.sku && product.variants[0].options.length === 0;
}

export type SaleState = 'none' | 'scheduled' | 'running' | 'ended';

/** Whether a variant's sale price applies at `now`, will, or did. */
export function saleState(variant: Pick<ProductVariant, 'salePrice' | 'saleStartsAt' | 'saleEndsAt'>, now: number): SaleState {
  if (variant.salePrice === null) return 'none';
  const starts = variant.saleStartsAt ? Date.parse(variant.saleStartsAt) : null;
  const ends = variant.saleEndsAt ? Date.parse(variant.saleEndsAt) : null;
  if (starts !== null && now < starts) return 'scheduled';
  if (ends !== null && now >= ends) return 'ended';
  return 'running';
}

/** Images to show: the gallery, or the variants' pictures when the product has none of its own. */
export function galleryOf(product: Pick<ProductDetail, 'images' | 'imageUrl' | 'variants'>): string[] {
  const all = [...product.images, product.imageUrl, ...product.variants.map((v) => v.imageUrl)].filter((url): url is string => !!url);
  return [...new Set(all)];
}
