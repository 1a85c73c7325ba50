import { GraphQLClient } from './graphql-client';

export const IMPORT_CATALOG = `mutation Import($input: ImportCatalogInput!) {
  importCatalog(input: $input) { id status }
}`;
export const CATALOG_IMPORT = `query Import($id: ID!) {
  catalogImport(id: $id) { id status totalRows processedRows createdProducts updatedProducts errors { row sku message } }
}`;
export const SEARCH = `query Search($search: String, $filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {
  products(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges { cursor node { id sku name price regularPrice onSale stock inStock brand category rating reviewCount attributes { name values } } }
    pageInfo { hasNextPage endCursor }
    interpretation { terms corrections { from to } priceRange { min max } }
  }
}`;

export interface ImportResult {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  createdProducts: number;
  updatedProducts: number;
  errors: Array<{ row: number; sku: string | null; message: string }>;
}

export interface SearchNode {
  id: string;
  sku: string;
  name: string;
  price: number;
  regularPrice: number;
  onSale: boolean;
  stock: number;
  inStock: boolean;
  brand: string | null;
  category: string | null;
  rating: number;
  reviewCount: number;
  attributes: Array<{ name: string; values: string[] }>;
}

export interface SearchResult {
  products: {
    totalCount: number;
    edges: Array<{ cursor: string; node: SearchNode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    interpretation: { terms: string[]; corrections: Array<{ from: string; to: string }>; priceRange: { min: number | null; max: number | null } };
  };
}

/** Queues an import and waits until it has finished. */
export async function importCatalog(client: GraphQLClient, format: 'CSV' | 'JSON', content: string, timeoutMs = 20000): Promise<ImportResult> {
  const started = await client.ok<{ importCatalog: { id: string } }>(IMPORT_CATALOG, { input: { format, content, fileName: `catalog.${format.toLowerCase()}` } });
  return waitForImport(client, started.importCatalog.id, timeoutMs);
}

export async function waitForImport(client: GraphQLClient, id: string, timeoutMs = 20000): Promise<ImportResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = await client.ok<{ catalogImport: ImportResult }>(CATALOG_IMPORT, { id });
    if (data.catalogImport.status === 'succeeded' || data.catalogImport.status === 'failed') return data.catalogImport;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${data.catalogImport.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function search(client: GraphQLClient, searchText: string | null, variables: Record<string, unknown> = {}): Promise<SearchResult['products']> {
  return (await client.ok<SearchResult>(SEARCH, { search: searchText, first: 20, ...variables })).products;
}

export const names = (page: SearchResult['products']) => page.edges.map((e) => e.node.name);
export const skus = (page: SearchResult['products']) => page.edges.map((e) => e.node.sku);

/** A CSV line with quoting where needed. */
export function csvLine(cells: Array<string | number | null | undefined>): string {
  return cells.map((c) => (c === null || c === undefined ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
}
