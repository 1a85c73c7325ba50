import type { ChatApiError } from './chat-api-error';
import type {
  ChatMessage,
  ConversationEvent,
  ConversationPage,
  ConversationStatusName,
  SendMessageInput,
  VisitorIdentity,
  VisitorSession,
} from './chat-types';
import type { CancelledOrder, Cart, CartChange, CheckoutInput, ContactRequest, PaymentLink, ShopOutcome } from './shop-types';

/** Receives what happens on one conversation's live feed. */
export interface ConversationObserver {
  /** The feed is (re)connected: anything sent while it was down must be fetched now. */
  connected(): void;
  /** The connection dropped and is being retried. */
  reconnecting(): void;
  event(event: ConversationEvent): void;
  /** The feed gave up; nothing more will arrive until the caller subscribes again. */
  failed(error: ChatApiError): void;
}

/**
 * Everything the widget needs from the server. Failures reject with a `ChatApiError`.
 * The GraphQL implementation is loaded lazily; tests pass their own.
 */
export interface ChatTransport {
  startVisitorSession(publicKey: string, visitorToken?: string): Promise<VisitorSession>;
  sendMessage(token: string, input: SendMessageInput): Promise<ChatMessage>;
  /** Resolves to null when the conversation does not exist or is not the visitor's. */
  fetchMessages(token: string, conversationId: string, afterSeq: number, first: number): Promise<ConversationPage | null>;
  /** The visitor asks for a person; resolves to the conversation's new status. */
  requestHuman(token: string, conversationId: string): Promise<ConversationStatusName>;
  /** Live-only hint for the team; failures do not matter. */
  setTyping(token: string, conversationId: string, active: boolean): Promise<void>;
  /** Exchanges the session for one bound to the store's signed-in customer. */
  identify(token: string, publicKey: string, identity: VisitorIdentity): Promise<VisitorSession>;
  /** Rates a resolved conversation, 1 to 5. */
  rateConversation(token: string, conversationId: string, score: number): Promise<void>;
  fetchCart(token: string): Promise<Cart>;
  changeCart(token: string, change: CartChange): Promise<ShopOutcome<Cart>>;
  /** Turns the cart into an order awaiting payment. */
  checkout(token: string, input: CheckoutInput): Promise<ShopOutcome<PaymentLink>>;
  /** Cancels one of the visitor's own orders; a failure when the visitor is not known to have placed it. */
  cancelOrder(token: string, orderNumber: string): Promise<ShopOutcome<CancelledOrder>>;
  /** Outside opening hours: where the team should write back. */
  leaveContactEmail(token: string, request: ContactRequest): Promise<void>;
  /** Returns the function that ends the subscription. */
  subscribe(token: string, conversationId: string, observer: ConversationObserver): () => void;
  close(): void;
}

/** Creates the transport for an API origin (`https://host`). */
export type TransportFactory = (apiBase: string) => Promise<ChatTransport>;
