/** One product or variant line of an import file, after parsing and validation. */
export interface CatalogRow {
  /** 1-based line of the data (header excluded) or index in a JSON array, for error reports. */
  row: number;
  sku: string;
  /** Set on variant rows: the SKU of the product they belong to. */
  parentSku: string | null;
  name: string | null;
  description: string | null;
  brand: string | null;
  /** Category paths, each "Parent > Child". */
  categories: string[];
  priceCents: number | null;
  salePriceCents: number | null;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  stock: number | null;
  imageUrl: string | null;
  images: string[];
  attributes: Record<string, string[]>;
  options: Record<string, string>;
  status: 'draft' | 'active' | 'archived' | null;
  featured: boolean | null;
}

export interface RowError {
  row: number;
  sku: string | null;
  message: string;
}

export interface ParsedFile {
  rows: CatalogRow[];
  errors: RowError[];
}
