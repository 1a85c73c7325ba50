import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VariantOption } from '../products/catalog.models';

export interface VariantDirectoryData {
  readonly products: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly variants: readonly { readonly id: string; readonly sku: string; readonly options: readonly VariantOption[] }[];
      };
    }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

export interface VariantDirectoryVariables {
  readonly search: string | null;
  readonly first: number;
  readonly after: string | null;
}

/** Products with their variants' SKUs and options: how stock rows, which only know variant ids, get their names. */
export const VARIANT_DIRECTORY: TypedDocumentNode<VariantDirectoryData, VariantDirectoryVariables> = gql`
  query VariantDirectory($search: String, $first: Int!, $after: String) {
    products(search: $search, filter: { statuses: ["active", "draft", "archived"] }, sort: NAME, first: $first, after: $after) {
      edges {
        node {
          id
          name
          variants {
            id
            sku
            options {
              name
              value
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
