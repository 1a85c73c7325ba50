import type { CancelledOrder, Cart, CartChange, PaymentLink, ShopOutcome } from '../connection/shop-types';

/** What the shopping parts of the panel (cards, cart drawer, contact form) may do for the visitor. */
export interface ShopActions {
  readonly cart: Cart | null;
  changeCart(change: CartChange): Promise<ShopOutcome<Cart>>;
  checkout(email: string, name: string): Promise<ShopOutcome<PaymentLink>>;
  cancelOrder(orderNumber: string): Promise<ShopOutcome<CancelledOrder>>;
  leaveContactEmail(email: string, message: string): Promise<ShopOutcome<null>>;
  /** Sends a message as the visitor (quick replies, and order actions the assistant must handle). */
  send(text: string): void;
}
