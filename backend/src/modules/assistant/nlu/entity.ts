/** A price constraint. Bounds are inclusive; a qualifier alone ("cheap") carries no number. */
export interface PriceRange {
  min?: number;
  max?: number;
  /** The amount asked for when the shopper gave one figure ("around 100", "$50 jackets"). */
  target?: number;
  /** ISO 4217 code when the text named a currency. */
  currency?: string;
  qualifier?: 'cheap' | 'premium';
}

/** What each entity type carries as its value. */
export interface EntityValues {
  price_range: PriceRange;
  /** ISO 4217 code: USD, EUR, GBP… */
  currency: string;
  /** The brand as the catalog spells it. */
  brand: string;
  /** The category as the catalog spells it. */
  category: string;
  /** Canonical colour name: "grey" for "gray", "navy" for "navy blue". */
  colour: string;
  /** Letter sizes as XS…XXXL, numeric sizes as written ("42", "10.5", "EU 42", "32x34"). */
  size: string;
  quantity: number;
  /** The order reference without "#" or "order" ("00004587345", "ABC-12345"). */
  order_number: string;
  email: string;
}

export type EntityType = keyof EntityValues;

/** One entity found in a message; `start`/`end` index the original text (end exclusive). */
export type Entity = {
  [T in EntityType]: { type: T; value: EntityValues[T]; raw: string; start: number; end: number };
}[EntityType];
