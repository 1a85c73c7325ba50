import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProductDetail } from '../catalog.models';
import { PRODUCT_SUMMARY_FIELDS } from '../catalog.graphql';

export const PRODUCT_DETAIL: TypedDocumentNode<{ readonly product: ProductDetail | null }, { readonly id: string }> = gql`
  query ProductDetail($id: ID!) {
    product(id: $id) {
      ...ProductSummaryFields
      description
      categoryIds
      images
      rating
      reviewCount
      attributes {
        name
        values
      }
      createdAt
      updatedAt
      variants {
        id
        sku
        options {
          name
          value
        }
        price
        regularPrice
        salePrice
        saleStartsAt
        saleEndsAt
        stock
        inStock
        imageUrl
      }
    }
  }
  ${PRODUCT_SUMMARY_FIELDS}
`;
