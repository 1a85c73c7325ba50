import type { CheckoutLinkBlock, OrderStatusName } from '@shopdesk/shared';

export interface Cart {
  currency: string;
  itemCount: number;
  lines: CartLine[];
  subtotal: number;
  discount: number;
  discountCode: string | null;
  shipping: number;
  tax: number;
  total: number;
}

export interface CartLine {
  productId: string;
  variantId: string;
  name: string;
  sku: string;
  imageUrl: string | null;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  /** Units free to sell right now. */
  available: number;
  /** False when the product was withdrawn; such lines are left out of totals. */
  purchasable: boolean;
}

/** An expected business failure the API returned (`ErrorResult`): a stable code and a sentence in English. */
export interface ShopFailure {
  ok: false;
  code: string;
  message: string;
}

export type ShopOutcome<T> = { ok: true; value: T } | ShopFailure;

export interface CheckoutInput {
  email: string;
  name?: string;
  conversationId?: string;
}

/** What checkout and the payment block show: the same shape as the API's `CheckoutLinkBlock`. */
export type PaymentLink = Omit<CheckoutLinkBlock, '__typename'>;

export interface CancelledOrder {
  number: string;
  status: OrderStatusName;
}

export interface ContactRequest {
  conversationId?: string;
  email: string;
  message?: string;
}

/** One change to the visitor's cart; each is one mutation. */
export type CartChange =
  | { kind: 'add'; variantId: string; quantity: number }
  | { kind: 'set'; variantId: string; quantity: number }
  | { kind: 'remove'; variantId: string }
  | { kind: 'applyCode'; code: string }
  | { kind: 'removeCode' };
