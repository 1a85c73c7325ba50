import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProductSort, ProductStatus, ProductSummary } from './catalog.models';
import { PRODUCT_SUMMARY_FIELDS } from './catalog.graphql';

export interface ProductsData {
  readonly products: {
    readonly totalCount: number;
    readonly edges: readonly { readonly cursor: string; readonly node: ProductSummary }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

export interface ProductsVariables {
  readonly search: string | null;
  readonly filter: {
    readonly statuses: readonly ProductStatus[];
    readonly brands?: readonly string[];
    readonly categoryIds?: readonly string[];
    readonly inStock?: boolean;
  };
  readonly sort: ProductSort;
  readonly first: number;
  readonly after: string | null;
}

export const PRODUCTS: TypedDocumentNode<ProductsData, ProductsVariables> = gql`
  query AdminProducts($search: String, $filter: ProductFilterInput, $sort: ProductSort, $first: Int!, $after: String) {
    products(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ProductSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PRODUCT_SUMMARY_FIELDS}
`;

export const SET_PRODUCT_STATUS: TypedDocumentNode<{ readonly setProductStatus: number }, { readonly ids: readonly string[]; readonly status: ProductStatus }> = gql`
  mutation SetProductStatus($ids: [ID!]!, $status: String!) {
    setProductStatus(input: { ids: $ids }, status: $status)
  }
`;

export const DELETE_PRODUCTS: TypedDocumentNode<{ readonly deleteProducts: number }, { readonly ids: readonly string[] }> = gql`
  mutation DeleteProducts($ids: [ID!]!) {
    deleteProducts(input: { ids: $ids })
  }
`;
