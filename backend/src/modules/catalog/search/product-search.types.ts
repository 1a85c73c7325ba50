export enum ProductSortOrder {
  RELEVANCE = 'RELEVANCE',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  NEWEST = 'NEWEST',
  RATING = 'RATING',
  NAME = 'NAME',
}

export interface AttributeFilter {
  name: string;
  values: string[];
}

export interface ProductSearchFilter {
  categoryIds?: string[];
  /** Category paths or names ("Gear > Bags", "bags"). */
  categories?: string[];
  brands?: string[];
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  onSale?: boolean;
  featured?: boolean;
  attributes?: AttributeFilter[];
  /** Staff only; visitors always see active products. */
  statuses?: string[];
}

export interface ProductSearchRequest {
  search?: string | null;
  filter?: ProductSearchFilter;
  sort?: ProductSortOrder;
  first: number;
  after?: string | null;
}

export interface SearchInterpretation {
  terms: string[];
  corrections: Array<{ from: string; to: string }>;
  minPriceCents: number | null;
  maxPriceCents: number | null;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  categories: FacetCount[];
  brands: FacetCount[];
  priceRanges: FacetCount[];
  attributes: Array<{ name: string; values: FacetCount[] }>;
  inStock: number;
}
