import { gql, type TypedDocumentNode } from '@apollo/client';
import type { InstalmentChangeResult, PaymentPlanChangeResult } from '../orders.models';

export const CREATE_PAYMENT_PLAN: TypedDocumentNode<
  { readonly createPaymentPlan: PaymentPlanChangeResult },
  { readonly input: { readonly orderId: string; readonly instalments: number; readonly intervalDays: number } }
> = gql`
  mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) {
    createPaymentPlan(input: $input) {
      __typename
      ... on Order {
        id
        status
      }
      ... on ErrorResult {
        message
      }
    }
  }
`;

const INSTALMENT_CHANGE_RESULT = gql`
  fragment InstalmentChangeResultFields on InstalmentResult {
    __typename
    ... on PaymentInstalment {
      id
      status
    }
    ... on ErrorResult {
      message
    }
  }
`;

export const SEND_INSTALMENT_LINK: TypedDocumentNode<{ readonly sendInstalmentLink: InstalmentChangeResult }, { readonly instalmentId: string }> = gql`
  mutation SendInstalmentLink($instalmentId: ID!) {
    sendInstalmentLink(instalmentId: $instalmentId) {
      ...InstalmentChangeResultFields
    }
  }
  ${INSTALMENT_CHANGE_RESULT}
`;

export const MARK_INSTALMENT_PAID: TypedDocumentNode<{ readonly markInstalmentPaid: InstalmentChangeResult }, { readonly instalmentId: string }> = gql`
  mutation MarkInstalmentPaid($instalmentId: ID!) {
    markInstalmentPaid(instalmentId: $instalmentId) {
      ...InstalmentChangeResultFields
    }
  }
  ${INSTALMENT_CHANGE_RESULT}
`;
