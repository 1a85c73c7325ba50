import type { QueryParamReader } from '../shared/url-list-state';
import { PRODUCT_STATUSES, isProductStatus, type ProductSort, type ProductStatus } from './catalog.models';

/** The products list as kept in the URL, so a filtered page can be shared, reloaded and gone back to. */
export interface ProductListParams {
  readonly search: string;
  readonly status: ProductStatus | null;
  readonly brand: string | null;
  readonly categoryId: string | null;
  readonly inStockOnly: boolean;
  readonly sort: ProductSort | null;
  /** Cursor of the page; null is the first page. */
  readonly after: string | null;
}

export const PRODUCT_SORTS: readonly ProductSort[] = ['RELEVANCE', 'NAME', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'RATING'];

export const PRODUCT_SORT_LABELS: Readonly<Record<ProductSort, string>> = {
  RELEVANCE: 'Best match',
  NAME: 'Name',
  NEWEST: 'Newest',
  PRICE_ASC: 'Price, low to high',
  PRICE_DESC: 'Price, high to low',
  RATING: 'Rating',
};

const MAX_SEARCH_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the list state from the query string; anything unexpected falls back to the default. */
export function parseProductListParams(query: QueryParamReader): ProductListParams {
  const status = query.get('status');
  const sort = query.get('sort');
  const category = query.get('category');
  return {
    search: (query.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH),
    status: isProductStatus(status) ? status : null,
    brand: query.get('brand')?.trim() || null,
    categoryId: category && UUID.test(category) ? category : null,
    inStockOnly: query.get('stock') === 'in',
    sort: (PRODUCT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ProductSort) : null,
    after: query.get('after') || null,
  };
}

/**
 * The query parameters for a changed list state. Changing anything but the page goes back to
 * the first page, since a cursor only means something for the search it came from.
 */
export function productListQuery(current: ProductListParams, change: Partial<ProductListParams>): Record<string, string | null> {
  const next: ProductListParams = { ...current, ...change, after: 'after' in change ? (change.after ?? null) : null };
  return {
    q: next.search || null,
    status: next.status,
    brand: next.brand,
    category: next.categoryId,
    stock: next.inStockOnly ? 'in' : null,
    sort: next.sort,
    after: next.after,
  };
}

/** The `products` filter for a list state; staff see every status unless one is chosen. */
export function productFilterOf(params: ProductListParams): {
  statuses: ProductStatus[];
  brands?: string[];
  categoryIds?: string[];
  inStock?: boolean;
} {
  return {
    statuses: params.status ? [params.status] : [...PRODUCT_STATUSES],
    ...(params.brand ? { brands: [params.brand] } : {}),
    ...(params.categoryId ? { categoryIds: [params.categoryId] } : {}),
    ...(params.inStockOnly ? { inStock: true } : {}),
  };
}

/** The sort sent to the API: relevance only means something with a search, so it falls back to name. */
export function effectiveSort(params: ProductListParams): ProductSort {
  if (params.sort && (params.sort !== 'RELEVANCE' || params.search)) return params.sort;
  return params.search ? 'RELEVANCE' : 'NAME';
}

export function hasListFilters(params: ProductListParams): boolean {
  return !!(params.search || params.status || params.brand || params.categoryId || params.inStockOnly);
}
