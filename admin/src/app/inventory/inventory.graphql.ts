import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ManualStockChangeKind, StockLevel, StockLevelResult, StockLocation, StockMovement } from './inventory.models';

const STOCK_LEVEL_FIELDS = gql`
  fragment StockLevelFields on StockLevel {
    variantId
    locationId
    onHand
    reserved
    available
    lowStockThreshold
    lowStock
  }
`;

export const STOCK_LOCATIONS: TypedDocumentNode<{ readonly stockLocations: readonly StockLocation[] }, Record<string, never>> = gql`
  query StockLocations {
    stockLocations {
      id
      name
      code
    }
  }
`;

export interface StockLevelsVariables {
  readonly variantIds: readonly string[] | null;
  readonly locationId: string | null;
  readonly lowStockOnly: boolean;
}

export const STOCK_LEVELS: TypedDocumentNode<{ readonly stockLevels: readonly StockLevel[] }, StockLevelsVariables> = gql`
  query StockLevels($variantIds: [ID!], $locationId: ID, $lowStockOnly: Boolean!) {
    stockLevels(variantIds: $variantIds, locationId: $locationId, lowStockOnly: $lowStockOnly) {
      ...StockLevelFields
    }
  }
  ${STOCK_LEVEL_FIELDS}
`;

export const STOCK_MOVEMENTS: TypedDocumentNode<
  { readonly stockMovements: readonly StockMovement[] },
  { readonly variantId: string | null; readonly first: number }
> = gql`
  query StockMovements($variantId: ID, $first: Int!) {
    stockMovements(variantId: $variantId, first: $first) {
      id
      variantId
      locationId
      kind
      onHandDelta
      reservedDelta
      reason
      actor
      reference
      createdAt
    }
  }
`;

const STOCK_LEVEL_RESULT_FIELDS = gql`
  fragment StockLevelResultFields on StockLevelResult {
    __typename
    ... on StockLevelList {
      levels {
        ...StockLevelFields
      }
    }
    ... on InsufficientStockError {
      code
      message
      requested
      available
    }
  }
  ${STOCK_LEVEL_FIELDS}
`;

export interface AdjustStockVariables {
  readonly input: {
    readonly variantId: string;
    readonly locationId: string | null;
    readonly delta: number;
    readonly kind: ManualStockChangeKind;
    readonly reason: string;
  };
}

export const ADJUST_STOCK: TypedDocumentNode<{ readonly adjustStock: StockLevelResult }, AdjustStockVariables> = gql`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      ...StockLevelResultFields
    }
  }
  ${STOCK_LEVEL_RESULT_FIELDS}
`;

export interface TransferStockVariables {
  readonly input: {
    readonly variantId: string;
    readonly fromLocationId: string;
    readonly toLocationId: string;
    readonly quantity: number;
    readonly reason: string;
  };
}

export const TRANSFER_STOCK: TypedDocumentNode<{ readonly transferStock: StockLevelResult }, TransferStockVariables> = gql`
  mutation TransferStock($input: TransferStockInput!) {
    transferStock(input: $input) {
      ...StockLevelResultFields
    }
  }
  ${STOCK_LEVEL_RESULT_FIELDS}
`;

export const SET_LOW_STOCK_THRESHOLD: TypedDocumentNode<
  { readonly setLowStockThreshold: StockLevel },
  { readonly input: { readonly variantId: string; readonly locationId: string | null; readonly threshold: number | null } }
> = gql`
  mutation SetLowStockThreshold($input: SetLowStockThresholdInput!) {
    setLowStockThreshold(input: $input) {
      ...StockLevelFields
    }
  }
  ${STOCK_LEVEL_FIELDS}
`;

export const CREATE_STOCK_LOCATION: TypedDocumentNode<
  { readonly createStockLocation: StockLocation },
  { readonly input: { readonly name: string; readonly code: string } }
> = gql`
  mutation CreateStockLocation($input: CreateStockLocationInput!) {
    createStockLocation(input: $input) {
      id
      name
      code
    }
  }
`;
