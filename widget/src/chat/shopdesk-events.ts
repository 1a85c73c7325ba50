import type { ChatMessage } from '../connection/chat-types';
import type { Cart } from '../connection/shop-types';

export interface ShopdeskMessageDetail {
  message: ChatMessage;
}

export interface ShopdeskCartDetail {
  cart: Cart;
}

/** Events `<shopdesk-chat>` dispatches; all bubble and cross shadow boundaries. */
export interface ShopdeskEventMap {
  'shopdesk-open': CustomEvent<void>;
  'shopdesk-close': CustomEvent<void>;
  /** A message the visitor had not seen yet: sent, or received from the assistant or an agent. */
  'shopdesk-message': CustomEvent<ShopdeskMessageDetail>;
  /** The visitor's cart as loaded when the chat opens, then after each change (cards, cart drawer, checkout, the assistant). */
  'shopdesk-cart': CustomEvent<ShopdeskCartDetail>;
}

export type ShopdeskEventName = keyof ShopdeskEventMap;

export type ShopdeskEventDetail<K extends ShopdeskEventName> = ShopdeskEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  interface HTMLElementEventMap {
    'shopdesk-open': CustomEvent<void>;
    'shopdesk-close': CustomEvent<void>;
    'shopdesk-message': CustomEvent<ShopdeskMessageDetail>;
    'shopdesk-cart': CustomEvent<ShopdeskCartDetail>;
  }
}
