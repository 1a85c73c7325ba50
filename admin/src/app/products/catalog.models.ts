import type { ChipTone } from '../shared/chip';

/** Product lifecycle as stored and sent by the API. */
export type ProductStatus = 'draft' | 'active' | 'archived';

export const PRODUCT_STATUSES: readonly ProductStatus[] = ['active', 'draft', 'archived'];

export const PRODUCT_STATUS_LABELS: Readonly<Record<ProductStatus, string>> = {
  active: 'Active',
  draft: 'Draft',
  archived: 'Archived',
};

const PRODUCT_STATUS_TONES: Readonly<Record<ProductStatus, ChipTone>> = {
  active: 'success',
  draft: 'warning',
  archived: 'neutral',
};

/** A status the admin does not know yet is shown as the API sends it. */
export function productStatusLabel(status: string): string {
  return isProductStatus(status) ? PRODUCT_STATUS_LABELS[status] : status;
}

export function productStatusTone(status: string): ChipTone {
  return isProductStatus(status) ? PRODUCT_STATUS_TONES[status] : 'neutral';
}

export type ProductSort = 'RELEVANCE' | 'NAME' | 'NEWEST' | 'PRICE_ASC' | 'PRICE_DESC' | 'RATING';

export interface ProductAttribute {
  readonly name: string;
  readonly values: readonly string[];
}

export interface VariantOption {
  readonly name: string;
  readonly value: string;
}

/** One row of the products list. */
export interface ProductSummary {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly brand: string | null;
  readonly category: string | null;
  readonly price: number;
  readonly regularPrice: number;
  readonly onSale: boolean;
  readonly currency: string;
  readonly imageUrl: string | null;
  readonly stock: number;
  readonly inStock: boolean;
  readonly status: string;
  readonly featured: boolean;
}

export interface ProductVariant {
  readonly id: string;
  readonly sku: string;
  readonly options: readonly VariantOption[];
  readonly price: number;
  readonly regularPrice: number;
  readonly salePrice: number | null;
  readonly saleStartsAt: string | null;
  readonly saleEndsAt: string | null;
  readonly stock: number;
  readonly inStock: boolean;
  readonly imageUrl: string | null;
}

export interface ProductDetail extends ProductSummary {
  readonly description: string;
  readonly categoryIds: readonly string[];
  readonly images: readonly string[];
  readonly rating: number;
  readonly reviewCount: number;
  readonly attributes: readonly ProductAttribute[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly variants: readonly ProductVariant[];
}

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly parentId: string | null;
  readonly depth: number;
}

export interface Brand {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export type CatalogImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ImportRowError {
  /** Line of the data, 1 = first line after the header; 0 = the whole file. */
  readonly row: number;
  readonly sku: string | null;
  readonly message: string;
}

export interface CatalogImport {
  readonly id: string;
  readonly status: string;
  readonly fileName: string;
  readonly totalRows: number;
  readonly processedRows: number;
  readonly createdProducts: number;
  readonly updatedProducts: number;
  readonly errors: readonly ImportRowError[];
}

/** "Size: M · Color: Blue"; empty for a product sold as itself. */
export function variantLabel(options: readonly VariantOption[]): string {
  return options.map((o) => `${capitalize(o.name)}: ${o.value}`).join(' · ');
}

/** Attribute and option names arrive as imported ("color"); shown capitalised. */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function isProductStatus(value: string | null | undefined): value is ProductStatus {
  return (PRODUCT_STATUSES as readonly string[]).includes(value ?? '');
}
