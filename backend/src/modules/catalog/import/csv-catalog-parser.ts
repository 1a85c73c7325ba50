import { parse } from 'csv-parse/sync';
import { ParsedFile, RowError } from './catalog-row';
import { RawRow, validateRow } from './row-validation';

const REQUIRED = ['sku', 'name', 'price'];

/** Header name → field of RawRow; attr_* and option_* columns are handled apart. */
const COLUMNS: Record<string, keyof RawRow> = {
  sku: 'sku',
  parent_sku: 'parentSku',
  name: 'name',
  description: 'description',
  brand: 'brand',
  category: 'category',
  categories: 'category',
  price: 'price',
  sale_price: 'salePrice',
  sale_start: 'saleStart',
  sale_end: 'saleEnd',
  stock: 'stock',
  image_url: 'imageUrl',
  images: 'images',
  status: 'status',
  featured: 'featured',
};

/**
 * The documented CSV format (see CATALOG_IMPORT.md): a header row, then one product or variant per
 * line. Unknown columns are an error so a typo in a header never silently drops data.
 */
export function parseCatalogCsv(content: string): ParsedFile {
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { rows: [], errors: [{ row: line, sku: null, message: `The file is not valid CSV: ${(error as Error).message.slice(0, 200)}` }] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ row: 0, sku: null, message: 'The file is empty' }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(n in COLUMNS) && !n.startsWith('attr_') && !n.startsWith('option_'));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing column(s): ${missing.join(', ')}` : '', unknown.length ? `unknown column(s): ${unknown.slice(0, 5).join(', ')}` : ''];
    return { rows: [], errors: [{ row: 0, sku: null, message: `Header: ${parts.filter(Boolean).join('; ')}` }] };
  }
  const rows: ParsedFile['rows'] = [];
  const errors: RowError[] = [];
  data.forEach((cells, index) => {
    const row = index + 1;
    if (cells.length !== names.length) {
      errors.push({ row, sku: cells[names.indexOf('sku')] ?? null, message: `has ${cells.length} cells, the header has ${names.length}` });
      return;
    }
    const raw: RawRow = { attributes: {}, options: {} };
    names.forEach((name, i) => {
      const value = cells[i];
      if (name.startsWith('attr_')) (raw.attributes as Record<string, unknown>)[name.slice(5)] = value;
      else if (name.startsWith('option_')) (raw.options as Record<string, unknown>)[name.slice(7)] = value;
      else (raw as Record<string, unknown>)[COLUMNS[name]] = value;
    });
    // On a variant line, attr_ columns describe the variant: they become its options.
    if (raw.parentSku && String(raw.parentSku).trim()) {
      for (const [k, v] of Object.entries(raw.attributes ?? {})) if (String(v ?? '').trim() && !(k in (raw.options ?? {}))) (raw.options as Record<string, unknown>)[k] = v;
      raw.attributes = {};
    }
    const result = validateRow(row, raw);
    if (result.value) rows.push(result.value);
    errors.push(...result.errors);
  });
  return { rows, errors };
}
