export interface StockLocation {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

export interface StockLevel {
  readonly variantId: string;
  readonly locationId: string;
  readonly onHand: number;
  readonly reserved: number;
  readonly available: number;
  readonly lowStockThreshold: number | null;
  readonly lowStock: boolean;
}

export interface StockMovement {
  readonly id: string;
  readonly variantId: string;
  readonly locationId: string;
  readonly kind: string;
  readonly onHandDelta: number;
  readonly reservedDelta: number;
  readonly reason: string;
  readonly actor: string;
  readonly reference: string | null;
  readonly createdAt: string;
}

/** The returned business failure of a stock change: fewer units than asked for. */
export interface InsufficientStockError {
  readonly __typename: 'InsufficientStockError';
  readonly code: string;
  readonly message: string;
  readonly requested: number;
  readonly available: number;
}

export type StockLevelResult = { readonly __typename: 'StockLevelList'; readonly levels: readonly StockLevel[] } | InsufficientStockError;

/** What a person sees of a variant wherever only its id is known. */
export interface VariantRef {
  readonly variantId: string;
  readonly sku: string;
  readonly productId: string;
  readonly productName: string;
  /** "Size: M · Color: Blue"; empty for a product sold as itself. */
  readonly options: string;
}

/** Kinds a person records by hand; sales, reservations and transfers come from their own flows. */
export type ManualStockChangeKind = 'ADJUSTMENT' | 'RECEIPT' | 'RETURN';
