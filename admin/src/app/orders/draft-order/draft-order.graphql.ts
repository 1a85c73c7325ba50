import { gql, type TypedDocumentNode } from '@apollo/client';

export interface VariantChoice {
  readonly id: string;
  readonly sku: string;
  readonly price: number;
  readonly stock: number;
  readonly options: readonly { readonly name: string; readonly value: string }[];
}

export interface ProductChoice {
  readonly id: string;
  readonly name: string;
  readonly currency: string;
  readonly variants: readonly VariantChoice[];
}

export const PRODUCT_CHOICES: TypedDocumentNode<{ readonly products: { readonly edges: readonly { readonly node: ProductChoice }[] } }, { readonly search: string }> = gql`
  query DraftOrderProductChoices($search: String) {
    products(search: $search, first: 8) {
      edges {
        node {
          id
          name
          currency
          variants {
            id
            sku
            price
            stock
            options {
              name
              value
            }
          }
        }
      }
    }
  }
`;

export interface DraftOrderLine {
  readonly variantId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly lineTotal: number;
  readonly available: number;
}

export interface DraftOrder {
  readonly id: string;
  readonly currency: string;
  readonly subtotal: number;
  readonly discount: number;
  readonly shipping: number;
  readonly tax: number;
  readonly total: number;
  readonly discountCode: string | null;
  readonly lines: readonly DraftOrderLine[];
}

export interface DraftOrderInput {
  readonly customerEmail: string;
  readonly customerName: string | null;
  readonly items: readonly { readonly variantId: string; readonly quantity: number }[];
  readonly discountCode: string | null;
  readonly shippingMethod: 'standard' | 'free';
}

type Failure = { readonly __typename: 'ProductUnavailableError' | 'DiscountCodeInvalidError' | 'DraftOrderInvoicedError'; readonly message: string };
export type DraftOrderResult = ({ readonly __typename: 'DraftOrder' } & DraftOrder) | Failure;

const DRAFT_ORDER_RESULT = gql`
  fragment DraftOrderResultFields on DraftOrderResult {
    __typename
    ... on DraftOrder {
      id
      currency
      subtotal
      discount
      shipping
      tax
      total
      discountCode
      lines {
        variantId
        sku
        name
        quantity
        unitPrice
        lineTotal
        available
      }
    }
    ... on ErrorResult {
      message
    }
  }
`;

export const CREATE_DRAFT_ORDER: TypedDocumentNode<{ readonly createDraftOrder: DraftOrderResult }, { readonly input: DraftOrderInput }> = gql`
  mutation CreateDraftOrder($input: DraftOrderInput!) {
    createDraftOrder(input: $input) {
      ...DraftOrderResultFields
    }
  }
  ${DRAFT_ORDER_RESULT}
`;

export const UPDATE_DRAFT_ORDER: TypedDocumentNode<{ readonly updateDraftOrder: DraftOrderResult }, { readonly id: string; readonly input: DraftOrderInput }> = gql`
  mutation UpdateDraftOrder($id: ID!, $input: DraftOrderInput!) {
    updateDraftOrder(id: $id, input: $input) {
      ...DraftOrderResultFields
    }
  }
  ${DRAFT_ORDER_RESULT}
`;

export type DraftInvoiceResult =
  | { readonly __typename: 'DraftOrderInvoice'; readonly order: { readonly id: string; readonly number: string } }
  | { readonly __typename: 'InsufficientStockError' | 'ProductUnavailableError' | 'DiscountCodeInvalidError' | 'PaymentUnavailableError' | 'DraftOrderInvoicedError'; readonly message: string };

export const SEND_DRAFT_ORDER_INVOICE: TypedDocumentNode<{ readonly sendDraftOrderInvoice: DraftInvoiceResult }, { readonly id: string }> = gql`
  mutation SendDraftOrderInvoice($id: ID!) {
    sendDraftOrderInvoice(id: $id) {
      __typename
      ... on DraftOrderInvoice {
        order {
          id
          number
        }
      }
      ... on InsufficientStockError {
        message
      }
      ... on ErrorResult {
        message
      }
    }
  }
`;
