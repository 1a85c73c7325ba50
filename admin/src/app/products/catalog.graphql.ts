import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Brand, Category } from './catalog.models';

export const PRODUCT_SUMMARY_FIELDS = gql`
  fragment ProductSummaryFields on Product {
    id
    sku
    name
    brand
    category
    price
    regularPrice
    onSale
    currency
    imageUrl
    stock
    inStock
    status
    featured
  }
`;

export interface CatalogStructureData {
  readonly categories: readonly Category[];
  readonly brands: readonly Brand[];
}

/** The category tree and the brands, for filters and the categories page. */
export const CATALOG_STRUCTURE: TypedDocumentNode<CatalogStructureData, Record<string, never>> = gql`
  query CatalogStructure {
    categories {
      id
      name
      path
      parentId
      depth
    }
    brands {
      id
      name
      slug
    }
  }
`;
