/**
 * What other modules tell analytics. Orders, the assistant and the catalog call
 * AnalyticsIngestService with these (or publish events carrying them that analytics subscribes to);
 * nothing here reaches into their tables.
 */

/**
 * An order that counts: paid or confirmed (reporting twice counts once). OrderActivityListener reports
 * checkouts as pending first and counts them when they are paid.
 */
export interface OrderPlacedFacts {
  orderId: string;
  placedAt: Date;
  /** Order total in the store currency's minor unit (cents). */
  totalMinor: number;
  /** The conversation the checkout started from (a checkout link from the assistant), if known. */
  conversationId?: string | null;
  /** The shopper's widget visitor id, if the order was placed by a known visitor. */
  visitorId?: string | null;
  items: OrderedItem[];
}

export interface OrderedItem {
  productId: string;
  /** With a variant, its units feed the sales velocity behind stock-out predictions. */
  variantId?: string | null;
  sku?: string | null;
  name: string;
  quantity: number;
  /** Line total in minor units. */
  totalMinor: number;
}

/** Something was added to a cart from a conversation (the chat → cart step of the funnel). */
export interface CartUpdatedFacts {
  conversationId: string;
  at: Date;
}

/** The assistant recognised what a visitor message is about. */
export interface IntentDetectedFacts {
  conversationId: string;
  intent: string;
  at: Date;
}

/** A product search ran (from the widget, the assistant or the storefront). */
export interface SearchPerformedFacts {
  query: string;
  resultCount: number;
  at: Date;
}

/** The assistant scored the sentiment of a visitor message, -1 (upset) to 1 (happy). */
export interface SentimentFacts {
  sentiment: number;
  at: Date;
}
