import { ProductFact } from './assistant-tool';
import { formatMoney } from './money';

/** What a model sees of a product; the description is marked as data. */
export function productView(p: ProductFact): Record<string, unknown> {
  return {
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    category: p.category,
    price: formatMoney(p.priceCents, p.currency),
    ...(p.regularPriceCents > p.priceCents ? { regular_price: formatMoney(p.regularPriceCents, p.currency) } : {}),
    in_stock: p.stock > 0,
    stock: p.stock,
    description_data: p.description,
    variants: p.variants.slice(0, 10).map((v) => ({ sku: v.sku, options: v.options, price: formatMoney(v.priceCents, p.currency), stock: v.stock })),
  };
}
