import { gql, type TypedDocumentNode } from '@apollo/client';

export interface OrderSettings {
  readonly currency: string;
  readonly taxRatePercent: number;
  readonly flatShipping: number;
  readonly freeShippingOver: number | null;
  /** Checkouts from this total on are paid in instalments; null: always in full. */
  readonly paymentPlanMinimum: number | null;
  readonly paymentPlanInstalments: number;
  readonly paymentProvider: string;
}

export type OrderSettingsInput = Omit<OrderSettings, 'paymentProvider'>;

export type DiscountKind = 'percentage' | 'fixed';

export interface DiscountCode {
  readonly id: string;
  readonly code: string;
  readonly kind: DiscountKind;
  readonly value: number;
  readonly usageLimit: number | null;
  readonly usedCount: number;
  readonly expiresAt: string | null;
  readonly active: boolean;
}

export interface DiscountCodeInput {
  readonly code: string;
  readonly kind: DiscountKind;
  readonly value: number;
  readonly usageLimit: number | null;
  readonly expiresAt: string | null;
}

export interface UpdateDiscountCodeInput extends Omit<DiscountCodeInput, 'code'> {
  readonly id: string;
}

const ORDER_SETTINGS_FIELDS = gql`
  fragment OrderSettingsFields on OrderSettings {
    currency
    taxRatePercent
    flatShipping
    freeShippingOver
    paymentPlanMinimum
    paymentPlanInstalments
    paymentProvider
  }
`;

const DISCOUNT_CODE_FIELDS = gql`
  fragment DiscountCodeFields on DiscountCode {
    id
    code
    kind
    value
    usageLimit
    usedCount
    expiresAt
    active
  }
`;

export const ORDER_SETTINGS: TypedDocumentNode<{ readonly orderSettings: OrderSettings }, Record<string, never>> = gql`
  query OrderSettings {
    orderSettings {
      ...OrderSettingsFields
    }
  }
  ${ORDER_SETTINGS_FIELDS}
`;

export const UPDATE_ORDER_SETTINGS: TypedDocumentNode<{ readonly updateOrderSettings: OrderSettings }, { readonly input: OrderSettingsInput }> = gql`
  mutation UpdateOrderSettings($input: UpdateOrderSettingsInput!) {
    updateOrderSettings(input: $input) {
      ...OrderSettingsFields
    }
  }
  ${ORDER_SETTINGS_FIELDS}
`;

export const DISCOUNT_CODES: TypedDocumentNode<{ readonly discountCodes: readonly DiscountCode[] }, Record<string, never>> = gql`
  query DiscountCodes {
    discountCodes {
      ...DiscountCodeFields
    }
  }
  ${DISCOUNT_CODE_FIELDS}
`;

export const CREATE_DISCOUNT_CODE: TypedDocumentNode<{ readonly createDiscountCode: DiscountCode }, { readonly input: DiscountCodeInput }> = gql`
  mutation CreateDiscountCode($input: CreateDiscountCodeInput!) {
    createDiscountCode(input: $input) {
      ...DiscountCodeFields
    }
  }
  ${DISCOUNT_CODE_FIELDS}
`;

export const UPDATE_DISCOUNT_CODE: TypedDocumentNode<{ readonly updateDiscountCode: DiscountCode }, { readonly input: UpdateDiscountCodeInput }> = gql`
  mutation UpdateDiscountCode($input: UpdateDiscountCodeInput!) {
    updateDiscountCode(input: $input) {
      ...DiscountCodeFields
    }
  }
  ${DISCOUNT_CODE_FIELDS}
`;

export const SET_DISCOUNT_CODE_ACTIVE: TypedDocumentNode<{ readonly setDiscountCodeActive: DiscountCode }, { readonly id: string; readonly active: boolean }> = gql`
  mutation SetDiscountCodeActive($id: ID!, $active: Boolean!) {
    setDiscountCodeActive(id: $id, active: $active) {
      ...DiscountCodeFields
    }
  }
  ${DISCOUNT_CODE_FIELDS}
`;
