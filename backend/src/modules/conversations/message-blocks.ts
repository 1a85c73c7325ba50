import type { CheckoutLinkFields, OrderCardFields, ProductCard, QuickReply } from '@shopdesk/shared';

export type { ProductCard, ProductCardVariant, QuickReply } from '@shopdesk/shared';

/**
 * Rich content a message carries under its text, stored with the message (jsonb) as it was when
 * sent: a product card shows the price the visitor was told, even if the price changes later.
 * Amounts are in major units, as every visitor-facing price in the API.
 */
export type MessageBlock = ProductCardsBlock | QuickRepliesBlock | ImageBlock | OrderCardBlock | CheckoutLinkBlock;

export interface ProductCardsBlock {
  kind: 'product_cards';
  products: ProductCard[];
}

export interface QuickRepliesBlock {
  kind: 'quick_replies';
  replies: QuickReply[];
}

export interface ImageBlock {
  kind: 'image';
  url: string;
  alt: string | null;
}

export interface OrderCardBlock extends OrderCardFields<string> {
  kind: 'order_card';
}

export interface CheckoutLinkBlock extends CheckoutLinkFields {
  kind: 'checkout_link';
}

/** Most blocks one message may carry, and most products in one carousel. */
export const MAX_BLOCKS = 5;
export const MAX_PRODUCT_CARDS = 8;
export const MAX_CARD_VARIANTS = 24;

/** Only absolute web addresses reach a visitor's page; anything else (relative paths, javascript:, data:) is dropped. */
export function safeWebUrl(url: string | null | undefined, allowHttp = false): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || (allowHttp && parsed.protocol === 'http:')) return parsed.toString();
  } catch {
    // not an absolute URL
  }
  return null;
}
