/** The rich content under a message, as the visitor saw it in the widget (`Message.blocks`). */

export interface ProductCardVariant {
  readonly variantId: string;
  /** The options in words, e.g. "M / Blue". */
  readonly label: string;
  readonly price: number;
  /** Units free to sell when the message was sent. */
  readonly available: number;
}

export interface ProductCard {
  readonly productId: string;
  readonly name: string;
  readonly price: number;
  /** The regular price while the product is on sale. */
  readonly compareAtPrice: number | null;
  readonly currency: string;
  readonly imageUrl: string | null;
  readonly url: string | null;
  readonly rating: number | null;
  readonly inStock: boolean;
  readonly variants: readonly ProductCardVariant[];
}

export interface ProductCardsBlock {
  readonly __typename: 'ProductCardsBlock';
  readonly products: readonly ProductCard[];
}

export interface QuickReply {
  readonly label: string;
  readonly text: string;
}

export interface QuickRepliesBlock {
  readonly __typename: 'QuickRepliesBlock';
  readonly replies: readonly QuickReply[];
}

export interface ImageBlock {
  readonly __typename: 'ImageBlock';
  readonly url: string;
  readonly alt: string | null;
}

export type OrderStatusName = 'AWAITING_PAYMENT' | 'PAID' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';

export interface OrderCardBlock {
  readonly __typename: 'OrderCardBlock';
  readonly number: string;
  readonly status: OrderStatusName;
  readonly total: number;
  readonly currency: string;
  readonly carrier: string | null;
  readonly trackingNumber: string | null;
  readonly createdAt: string;
  readonly canCancel: boolean;
}

export interface CheckoutLinkBlock {
  readonly __typename: 'CheckoutLinkBlock';
  readonly orderNumber: string;
  readonly total: number;
  readonly currency: string;
  /** Null when the store takes payment by hand. */
  readonly paymentUrl: string | null;
  readonly expiresAt: string;
}

export type MessageBlock = ProductCardsBlock | QuickRepliesBlock | ImageBlock | OrderCardBlock | CheckoutLinkBlock;
