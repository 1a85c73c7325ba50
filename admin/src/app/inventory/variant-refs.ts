import { variantLabel, type VariantOption } from '../products/catalog.models';
import type { VariantRef } from './inventory.models';

interface ProductWithVariants {
  readonly id: string;
  readonly name: string;
  readonly variants: readonly { readonly id: string; readonly sku: string; readonly options: readonly VariantOption[] }[];
}

/** Every variant of the products, named for a stock table. */
export function variantRefsOf(products: readonly ProductWithVariants[]): VariantRef[] {
  return products.flatMap((product) =>
    product.variants.map((variant) => ({
      variantId: variant.id,
      sku: variant.sku,
      productId: product.id,
      productName: product.name,
      options: variantLabel(variant.options),
    })),
  );
}
