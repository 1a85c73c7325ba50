import { CatalogRow, RowError } from './catalog-row';

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const STATUSES = new Set(['draft', 'active', 'archived']);

/** The raw values of one row, whatever the file format, before validation. */
export interface RawRow {
  sku?: unknown;
  parentSku?: unknown;
  name?: unknown;
  description?: unknown;
  brand?: unknown;
  category?: unknown;
  price?: unknown;
  salePrice?: unknown;
  saleStart?: unknown;
  saleEnd?: unknown;
  stock?: unknown;
  imageUrl?: unknown;
  images?: unknown;
  attributes?: Record<string, unknown>;
  options?: Record<string, unknown>;
  status?: unknown;
  featured?: unknown;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

function list(value: unknown, separator: RegExp): string[] {
  if (Array.isArray(value)) return value.map((v) => text(v)).filter((v): v is string => !!v);
  const s = text(value);
  return s ? s.split(separator).map((v) => v.trim()).filter(Boolean) : [];
}

/** "Men > Tops > Jackets" (also accepts "/" between levels). */
export function normalizeCategoryPath(path: string): string {
  return path
    .split(/\s*(?:>|\/)\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' > ');
}

/**
 * Checks one raw row and converts it; returns the problems instead of throwing so a file reports
 * every bad row at once.
 */
export function validateRow(row: number, raw: RawRow): { value?: CatalogRow; errors: RowError[] } {
  const problems: string[] = [];
  const sku = text(raw.sku);
  if (!sku) problems.push('sku is required');
  else if (!SKU.test(sku)) problems.push(`sku "${sku.slice(0, 70)}" may only hold letters, digits and . _ - / (64 at most)`);
  const parentSku = text(raw.parentSku);
  if (parentSku && !SKU.test(parentSku)) problems.push('parent_sku is not a valid SKU');
  if (parentSku && parentSku === sku) problems.push('parent_sku cannot be the row itself');
  const name = text(raw.name);
  if (!parentSku && !name) problems.push('name is required');
  if (name && name.length > 255) problems.push('name is longer than 255 characters');

  const money = (label: string, value: unknown): number | null => {
    const s = text(value);
    if (s === null) return null;
    const n = Number(s.replace(/^\$/, ''));
    if (!Number.isFinite(n) || n < 0 || n > 10_000_000) {
      problems.push(`${label} "${s.slice(0, 30)}" is not a valid amount`);
      return null;
    }
    return Math.round(n * 100);
  };
  const priceCents = money('price', raw.price);
  if (!parentSku && priceCents === null && text(raw.price) === null) problems.push('price is required');
  const salePriceCents = money('sale_price', raw.salePrice);
  if (salePriceCents !== null && priceCents !== null && salePriceCents > priceCents) problems.push('sale_price is higher than price');

  const date = (label: string, value: unknown): Date | null => {
    const s = text(value);
    if (s === null) return null;
    const d = new Date(s);
    if (Number.isNaN(d.getTime())) {
      problems.push(`${label} "${s.slice(0, 30)}" is not a date`);
      return null;
    }
    return d;
  };
  const saleStartsAt = date('sale_start', raw.saleStart);
  const saleEndsAt = date('sale_end', raw.saleEnd);
  if (saleStartsAt && saleEndsAt && saleEndsAt <= saleStartsAt) problems.push('sale_end is before sale_start');

  let stock: number | null = null;
  const stockText = text(raw.stock);
  if (stockText !== null) {
    const n = Number(stockText);
    if (!Number.isInteger(n) || n < 0 || n > 100_000_000) problems.push(`stock "${stockText.slice(0, 30)}" is not a whole number of 0 or more`);
    else stock = n;
  }

  const imageUrl = text(raw.imageUrl);
  const images = list(raw.images, /[|,]\s*/);
  for (const url of [imageUrl, ...images]) {
    if (url && !/^(https?:\/\/|\/)/.test(url)) problems.push(`image "${url.slice(0, 60)}" is not an http(s) URL or path`);
  }

  const statusText = text(raw.status)?.toLowerCase() ?? null;
  if (statusText && !STATUSES.has(statusText)) problems.push(`status "${statusText.slice(0, 20)}" is not draft, active or archived`);
  const featuredText = text(raw.featured)?.toLowerCase() ?? null;
  const featured = featuredText === null ? null : ['1', 'true', 'yes', 'y'].includes(featuredText);

  const attributes: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw.attributes ?? {})) {
    const values = list(value, /\s*\|\s*/);
    if (values.length) attributes[key.trim().toLowerCase()] = values;
  }
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw.options ?? {})) {
    const v = text(value);
    if (v) options[key.trim().toLowerCase()] = v;
  }

  if (problems.length) return { errors: problems.map((message) => ({ row, sku, message })) };
  return {
    errors: [],
    value: {
      row,
      sku: sku as string,
      parentSku,
      name,
      description: text(raw.description),
      brand: text(raw.brand),
      categories: list(raw.category, /\s*\|\s*/).map(normalizeCategoryPath).filter(Boolean),
      priceCents,
      salePriceCents,
      saleStartsAt,
      saleEndsAt,
      stock,
      imageUrl,
      images,
      attributes,
      options,
      status: statusText as CatalogRow['status'],
      featured,
    },
  };
}

/** Checks that hold across rows: unique SKUs, variants pointing at a product of the file or the store. */
export function validateFile(rows: CatalogRow[], existingParents: ReadonlySet<string> = new Set()): RowError[] {
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const products = new Set(rows.filter((r) => !r.parentSku).map((r) => r.sku));
  for (const r of rows) {
    const first = seen.get(r.sku);
    if (first !== undefined) errors.push({ row: r.row, sku: r.sku, message: `sku appears again (first on row ${first})` });
    else seen.set(r.sku, r.row);
    if (r.parentSku && !products.has(r.parentSku) && !existingParents.has(r.parentSku)) {
      errors.push({ row: r.row, sku: r.sku, message: `parent_sku "${r.parentSku}" is not a product of this file or the store` });
    }
  }
  return errors;
}
