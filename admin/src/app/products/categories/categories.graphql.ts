import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FacetValue } from '../catalog.models';

/** Product counts per category (a product counts in each category above its own too). */
export const CATEGORY_COUNTS: TypedDocumentNode<{ readonly products: { readonly totalCount: number; readonly facets: { readonly categories: readonly FacetValue[] } } }, Record<string, never>> = gql`
  query CategoryCounts {
    products(filter: { statuses: ["active", "draft", "archived"] }, first: 1) {
      totalCount
      facets {
        categories {
          value
          label
          count
        }
      }
    }
  }
`;
