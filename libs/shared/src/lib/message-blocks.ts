/**
 * The rich parts of a message under its text, as the GraphQL API returns them (the `MessageBlock`
 * union, told apart by `__typename`) to the widget and the admin. Amounts are in major units.
 */
export type MessageBlock = ProductCardsBlock | QuickRepliesBlock | ImageBlock | OrderCardBlock | CheckoutLinkBlock;

export interface ProductCardsBlock {
  __typename: 'ProductCardsBlock';
  products: ProductCard[];
}

export interface ProductCard {
  productId: string;
  name: string;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  imageUrl: string | null;
  url: string | null;
  rating: number | null;
  inStock: boolean;
  /** Up to 24, in-stock first. */
  variants: ProductCardVariant[];
}

export interface ProductCardVariant {
  variantId: string;
  /** E.g. "M / Blue". */
  label: string;
  price: number;
  available: number;
}

export interface QuickRepliesBlock {
  __typename: 'QuickRepliesBlock';
  replies: QuickReply[];
}

export interface QuickReply {
  label: string;
  /** Sent as the visitor's message when tapped. */
  text: string;
}

export interface ImageBlock {
  __typename: 'ImageBlock';
  url: string;
  alt: string | null;
}

export type OrderStatusName = 'AWAITING_PAYMENT' | 'PAID' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';

/** An order as its card shows it; the API names statuses in capitals, the stored blocks as the orders module does. */
export interface OrderCardFields<Status extends string = OrderStatusName> {
  number: string;
  status: Status;
  total: number;
  currency: string;
  carrier: string | null;
  trackingNumber: string | null;
  createdAt: string;
  canCancel: boolean;
}

export interface OrderCardBlock extends OrderCardFields {
  __typename: 'OrderCardBlock';
}

/** Where to pay for an order placed in the chat. */
export interface CheckoutLinkFields {
  orderNumber: string;
  total: number;
  currency: string;
  /** Null when the store takes payment by hand. */
  paymentUrl: string | null;
  expiresAt: string;
  /**
   * What the link charges when the order is paid in instalments: the first one. Null when paid in
   * one go; absent from blocks stored before payment plans.
   */
  dueNow?: number | null;
  /** How many instalments the order is paid in; null (or absent) when paid in one go. */
  instalmentCount?: number | null;
}

export interface CheckoutLinkBlock extends CheckoutLinkFields {
  __typename: 'CheckoutLinkBlock';
}
