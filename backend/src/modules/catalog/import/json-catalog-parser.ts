import { ParsedFile, RowError } from './catalog-row';
import { RawRow, validateRow } from './row-validation';

interface JsonVariant {
  sku?: unknown;
  options?: Record<string, unknown>;
  price?: unknown;
  salePrice?: unknown;
  saleStart?: unknown;
  saleEnd?: unknown;
  stock?: unknown;
  imageUrl?: unknown;
}

interface JsonProduct extends Omit<RawRow, 'parentSku' | 'options'> {
  categories?: unknown;
  variants?: JsonVariant[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON format: an array of products (or `{ "products": [...] }`), each with optional `variants`.
 * Rows are numbered in file order, a product first and then its variants, like the CSV lines.
 */
export function parseCatalogJson(content: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { rows: [], errors: [{ row: 0, sku: null, message: `The file is not valid JSON: ${(error as Error).message.slice(0, 200)}` }] };
  }
  const products = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.products) ? data.products : null;
  if (!products) return { rows: [], errors: [{ row: 0, sku: null, message: 'Expected an array of products or { "products": [...] }' }] };
  const rows: ParsedFile['rows'] = [];
  const errors: RowError[] = [];
  let row = 0;
  for (const item of products as unknown[]) {
    row++;
    if (!isObject(item)) {
      errors.push({ row, sku: null, message: 'is not an object' });
      continue;
    }
    const p = item as JsonProduct;
    const attributes = isObject(p.attributes) ? p.attributes : {};
    const product = validateRow(row, { ...p, category: p.category ?? p.categories, attributes, options: {} });
    if (product.value) rows.push(product.value);
    errors.push(...product.errors);
    for (const v of Array.isArray(p.variants) ? p.variants : []) {
      row++;
      if (!isObject(v)) {
        errors.push({ row, sku: null, message: 'variant is not an object' });
        continue;
      }
      const variant = validateRow(row, { ...v, parentSku: p.sku, options: isObject(v.options) ? v.options : {} });
      if (variant.value) rows.push(variant.value);
      errors.push(...variant.errors);
    }
  }
  return { rows, errors };
}
