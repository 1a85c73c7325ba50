import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrderFilter } from './order-list-params';
import type { OrderChangeResult, OrderDetail, OrderSummary, ReturnChangeResult } from './orders.models';

export interface OrdersVariables {
  readonly filter: OrderFilter;
  readonly first: number;
  readonly after: string | null;
}

export interface OrdersData {
  readonly orders: {
    readonly totalCount: number;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    readonly edges: readonly { readonly node: OrderSummary }[];
  };
}

/** The fields of `OrderSummary`: a row of the list, and the head of the order page. */
const ORDER_SUMMARY = gql`
  fragment OrderSummaryFields on Order {
    id
    number
    status
    paymentState
    source
    customerEmail
    customerName
    currency
    total
    createdAt
  }
`;

export const ORDERS: TypedDocumentNode<OrdersData, OrdersVariables> = gql`
  query Orders($filter: OrderFilterInput, $first: Int!, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrderSummaryFields
        }
      }
    }
  }
  ${ORDER_SUMMARY}
`;

export const ORDER: TypedDocumentNode<{ readonly order: OrderDetail }, { readonly id: string }> = gql`
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderSummaryFields
      subtotal
      discount
      discountCode
      shipping
      tax
      paid
      refunded
      paymentProvider
      paymentDueAt
      carrier
      trackingNumber
      conversationId
      lines {
        id
        sku
        name
        quantity
        unitPrice
        lineTotal
        restockedQuantity
      }
      events {
        id
        type
        toStatus
        actorKind
        message
        visibleToCustomer
        at
      }
      payments {
        id
        provider
        status
        amount
        refunded
        url
        createdAt
      }
      returns {
        id
        status
        reason
        rejectionReason
        value
        refunded
        createdAt
        lines {
          orderLineId
          sku
          name
          quantity
          restockedQuantity
          unitPrice
        }
      }
      paymentPlan {
        outstanding
        instalments {
          id
          number
          count
          amount
          dueAt
          status
          overdue
          paidAt
          paymentUrl
        }
      }
    }
  }
  ${ORDER_SUMMARY}
`;

const ORDER_CHANGE_RESULT = gql`
  fragment OrderChangeResultFields on OrderResult {
    __typename
    ... on Order {
      id
      status
    }
    ... on ErrorResult {
      message
    }
  }
`;

export const MARK_ORDER_PAID: TypedDocumentNode<{ readonly markOrderPaid: OrderChangeResult }, { readonly orderId: string }> = gql`
  mutation MarkOrderPaid($orderId: ID!) {
    markOrderPaid(orderId: $orderId) {
      ...OrderChangeResultFields
    }
  }
  ${ORDER_CHANGE_RESULT}
`;

export const ADVANCE_ORDER: TypedDocumentNode<
  { readonly advanceOrder: OrderChangeResult },
  { readonly input: { readonly orderId: string; readonly to: 'PROCESSING' | 'DELIVERED' } }
> = gql`
  mutation AdvanceOrder($input: AdvanceOrderInput!) {
    advanceOrder(input: $input) {
      ...OrderChangeResultFields
    }
  }
  ${ORDER_CHANGE_RESULT}
`;

export const SHIP_ORDER: TypedDocumentNode<
  { readonly shipOrder: OrderChangeResult },
  { readonly input: { readonly orderId: string; readonly carrier: string; readonly trackingNumber: string } }
> = gql`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      ...OrderChangeResultFields
    }
  }
  ${ORDER_CHANGE_RESULT}
`;

export const CANCEL_ORDER: TypedDocumentNode<{ readonly cancelOrder: OrderChangeResult }, { readonly input: { readonly orderId: string; readonly reason: string } }> = gql`
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      ...OrderChangeResultFields
    }
  }
  ${ORDER_CHANGE_RESULT}
`;

export const REFUND_ORDER: TypedDocumentNode<
  { readonly refundOrder: OrderChangeResult },
  { readonly input: { readonly orderId: string; readonly amount: number; readonly restock: boolean } }
> = gql`
  mutation RefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      ...OrderChangeResultFields
    }
  }
  ${ORDER_CHANGE_RESULT}
`;

const RETURN_CHANGE_RESULT = gql`
  fragment ReturnChangeResultFields on ReturnResult {
    __typename
    ... on OrderReturn {
      id
      status
    }
    ... on ErrorResult {
      message
    }
  }
`;

export const APPROVE_RETURN: TypedDocumentNode<{ readonly approveReturn: ReturnChangeResult }, { readonly returnId: string }> = gql`
  mutation ApproveReturn($returnId: ID!) {
    approveReturn(returnId: $returnId) {
      ...ReturnChangeResultFields
    }
  }
  ${RETURN_CHANGE_RESULT}
`;

export const REJECT_RETURN: TypedDocumentNode<{ readonly rejectReturn: ReturnChangeResult }, { readonly input: { readonly returnId: string; readonly reason: string } }> = gql`
  mutation RejectReturn($input: RejectReturnInput!) {
    rejectReturn(input: $input) {
      ...ReturnChangeResultFields
    }
  }
  ${RETURN_CHANGE_RESULT}
`;

export const RECEIVE_RETURN: TypedDocumentNode<
  { readonly receiveReturn: ReturnChangeResult },
  { readonly input: { readonly returnId: string; readonly restock: readonly { readonly orderLineId: string; readonly quantity: number }[] } }
> = gql`
  mutation ReceiveReturn($input: ReceiveReturnInput!) {
    receiveReturn(input: $input) {
      ...ReturnChangeResultFields
    }
  }
  ${RETURN_CHANGE_RESULT}
`;

export const REFUND_RETURN: TypedDocumentNode<{ readonly refundReturn: ReturnChangeResult }, { readonly returnId: string }> = gql`
  mutation RefundReturn($returnId: ID!) {
    refundReturn(returnId: $returnId) {
      ...ReturnChangeResultFields
    }
  }
  ${RETURN_CHANGE_RESULT}
`;
