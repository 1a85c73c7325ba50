import { ChatApiError } from '../connection/chat-api-error';
import type { ChatTransport, ConversationObserver } from '../connection/chat-transport';
import type {
  ChatMessage,
  ConversationPage,
  ConversationStatusName,
  MessageAuthorName,
  SendMessageInput,
  VisitorIdentity,
  VisitorSession,
  WidgetSettings,
} from '../connection/chat-types';
import type { CancelledOrder, Cart, CartChange, CheckoutInput, ContactRequest, PaymentLink, ShopOutcome } from '../connection/shop-types';

interface Feed {
  token: string;
  conversationId: string;
  observer: ConversationObserver;
  active: boolean;
}

interface StoredConversation {
  visitorId: string;
  status: ConversationStatusName;
  messages: ChatMessage[];
}

export const FAKE_SETTINGS: WidgetSettings = {
  storeName: 'Luma',
  greeting: 'Hi! Looking for something in particular?',
  primaryColor: '#0f766e',
  position: 'right',
};

export interface FakeVariant {
  variantId: string;
  name: string;
  price: number;
  available: number;
}

interface FakeLine {
  variant: FakeVariant;
  quantity: number;
}

/** Takes 10% off in the fake shop. */
export const FAKE_DISCOUNT_CODE = 'SAVE10';

function failure(code: string, message: string): ShopOutcome<never> {
  return { ok: false, code, message };
}

/** An in-memory Shopdesk server: visitors, conversations and live feeds, with hooks to misbehave. */
export class FakeChatTransport implements ChatTransport {
  settings: WidgetSettings = FAKE_SETTINGS;
  readonly sessionCalls: Array<{ publicKey: string; visitorToken?: string }> = [];
  readonly sendCalls: Array<{ token: string; input: SendMessageInput }> = [];
  readonly fetchCalls: Array<{ token: string; conversationId: string; afterSeq: number }> = [];
  readonly feeds: Feed[] = [];
  /** Tokens the server no longer accepts (expired, revoked, from another store). */
  readonly refusedTokens = new Set<string>();
  /** When set, every session start fails with it. */
  sessionError: ChatApiError | null = null;
  /** When set, the next sendMessage fails with it. */
  nextSendError: ChatApiError | null = null;

  private readonly visitors = new Map<string, string>();
  private readonly conversations = new Map<string, StoredConversation>();
  private visitorCounter = 0;
  private conversationCounter = 0;
  private messageCounter = 0;

  async startVisitorSession(publicKey: string, visitorToken?: string): Promise<VisitorSession> {
    this.sessionCalls.push(visitorToken === undefined ? { publicKey } : { publicKey, visitorToken });
    if (this.sessionError) throw this.sessionError;
    if (visitorToken !== undefined) {
      const visitorId = this.visitors.get(visitorToken);
      if (!visitorId || this.refusedTokens.has(visitorToken)) throw new ChatApiError('UNAUTHENTICATED', 'Unknown visitor token');
      return { token: visitorToken, visitorId, settings: this.settings };
    }
    const n = ++this.visitorCounter;
    const session = { token: `token-${n}`, visitorId: `visitor-${n}`, settings: this.settings };
    this.visitors.set(session.token, session.visitorId);
    return session;
  }

  /** Gives an existing visitor a token the browser may have stored in an earlier visit. */
  registerVisitor(token: string, visitorId: string): void {
    this.visitors.set(token, visitorId);
  }

  async sendMessage(token: string, input: SendMessageInput): Promise<ChatMessage> {
    this.sendCalls.push({ token, input });
    const visitorId = this.authenticate(token);
    if (this.nextSendError) {
      const error = this.nextSendError;
      this.nextSendError = null;
      throw error;
    }
    let conversationId = input.conversationId;
    if (!conversationId) {
      conversationId = `conversation-${++this.conversationCounter}`;
      this.conversations.set(conversationId, { visitorId, status: 'BOT', messages: [] });
    }
    const conversation = this.conversations.get(conversationId);
    if (!conversation || conversation.visitorId !== visitorId) throw new ChatApiError('NOT_FOUND', 'No such conversation');
    return this.store(conversationId, 'VISITOR', input.text);
  }

  async fetchMessages(token: string, conversationId: string, afterSeq: number, first: number): Promise<ConversationPage | null> {
    this.fetchCalls.push({ token, conversationId, afterSeq });
    const visitorId = this.authenticate(token);
    const conversation = this.conversations.get(conversationId);
    if (!conversation || conversation.visitorId !== visitorId) return null;
    return {
      status: conversation.status,
      messages: conversation.messages.filter((message) => message.seq > afterSeq).slice(0, first),
    };
  }

  readonly humanRequests: string[] = [];
  readonly typingCalls: Array<{ conversationId: string; active: boolean }> = [];
  readonly identifyCalls: Array<{ token: string; publicKey: string; identity: VisitorIdentity }> = [];

  async requestHuman(token: string, conversationId: string): Promise<ConversationStatusName> {
    const visitorId = this.authenticate(token);
    const conversation = this.conversations.get(conversationId);
    if (!conversation || conversation.visitorId !== visitorId) throw new ChatApiError('NOT_FOUND', 'No such conversation');
    this.humanRequests.push(conversationId);
    this.setStatus(conversationId, 'WAITING_FOR_HUMAN');
    return 'WAITING_FOR_HUMAN';
  }

  async setTyping(token: string, conversationId: string, active: boolean): Promise<void> {
    this.authenticate(token);
    this.typingCalls.push({ conversationId, active });
  }

  /** Identifying keeps the visitor (and conversation) but issues a new token, as the server does. */
  async identify(token: string, publicKey: string, identity: VisitorIdentity): Promise<VisitorSession> {
    const visitorId = this.authenticate(token);
    this.identifyCalls.push({ token, publicKey, identity });
    if (identity.signature === 'forged') throw new ChatApiError('FORBIDDEN', 'The shopper identity could not be verified');
    const session = { token: `${token}-identified`, visitorId, settings: this.settings };
    this.visitors.set(session.token, visitorId);
    return session;
  }

  readonly ratings: Array<{ conversationId: string; score: number }> = [];

  async rateConversation(token: string, conversationId: string, score: number): Promise<void> {
    this.authenticate(token);
    if (this.conversations.get(conversationId)?.status !== 'RESOLVED') throw new ChatApiError('BAD_USER_INPUT', 'Not resolved');
    this.ratings.push({ conversationId, score });
  }

  /** The team's side starts or stops typing. */
  typing(conversationId: string, name: string | null, active: boolean): void {
    const conversation = this.conversations.get(conversationId);
    for (const feed of this.activeFeeds(conversationId)) {
      feed.observer.event({
        type: 'TYPING',
        conversation: { id: conversationId, status: conversation?.status ?? 'BOT' },
        message: null,
        typing: { author: 'AGENT', name, active },
      });
    }
  }

  subscribe(token: string, conversationId: string, observer: ConversationObserver): () => void {
    const feed: Feed = { token, conversationId, observer, active: true };
    this.feeds.push(feed);
    return () => {
      feed.active = false;
    };
  }

  close(): void {
    for (const feed of this.feeds) feed.active = false;
  }

  activeFeeds(conversationId?: string): Feed[] {
    return this.feeds.filter((feed) => feed.active && (!conversationId || feed.conversationId === conversationId));
  }

  /** The socket is up (first time or after a drop). */
  connectFeeds(): void {
    for (const feed of this.activeFeeds()) feed.observer.connected();
  }

  dropFeeds(): void {
    for (const feed of this.activeFeeds()) feed.observer.reconnecting();
  }

  /** Stores a message without telling anyone, as if it was published while the feed was down. */
  storeQuietly(conversationId: string, author: MessageAuthorName, text: string): ChatMessage {
    return this.store(conversationId, author, text);
  }

  /** Stores a message and publishes it to the conversation's live feeds. */
  publish(conversationId: string, author: MessageAuthorName, text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
    const message = this.store(conversationId, author, text, extra);
    this.deliver(conversationId, message);
    return message;
  }

  /** Sends an already stored message over the feed again (duplicates, late deliveries). */
  deliver(conversationId: string, message: ChatMessage): void {
    const conversation = this.conversations.get(conversationId);
    for (const feed of this.activeFeeds(conversationId)) {
      feed.observer.event({
        type: 'MESSAGE_CREATED',
        conversation: { id: conversationId, status: conversation?.status ?? 'BOT' },
        message,
      });
    }
  }

  setStatus(conversationId: string, status: ConversationStatusName): void {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return;
    conversation.status = status;
    for (const feed of this.activeFeeds(conversationId)) {
      feed.observer.event({ type: 'CONVERSATION_UPDATED', conversation: { id: conversationId, status }, message: null });
    }
  }

  messagesOf(conversationId: string): ChatMessage[] {
    return this.conversations.get(conversationId)?.messages ?? [];
  }

  conversationIds(): string[] {
    return [...this.conversations.keys()];
  }

  private store(conversationId: string, author: MessageAuthorName, text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new Error(`No conversation ${conversationId}`);
    const message: ChatMessage = {
      id: `message-${++this.messageCounter}`,
      conversationId,
      seq: conversation.messages.length + 1,
      author,
      text,
      createdAt: new Date(Date.UTC(2025, 0, 1, 12, 0, this.messageCounter)).toISOString(),
      ...extra,
    };
    conversation.messages.push(message);
    return message;
  }

  /** The shop's variants by id; tests add what the cards offer. */
  readonly variants = new Map<string, FakeVariant>();
  readonly checkouts: CheckoutInput[] = [];
  readonly contactRequests: ContactRequest[] = [];
  /** Order numbers the visitor is known to have placed, with whether they may still be cancelled. */
  readonly orders = new Map<string, { cancellable: boolean }>();
  /** Where checkout sends the visitor; null for a store that takes payment by hand. */
  paymentUrl: string | null = 'https://pay.example.test/session/1';
  private readonly carts = new Map<string, { lines: FakeLine[]; discountCode: string | null }>();

  async fetchCart(token: string): Promise<Cart> {
    return this.cartView(this.cartOf(this.authenticate(token)));
  }

  async changeCart(token: string, change: CartChange): Promise<ShopOutcome<Cart>> {
    const cart = this.cartOf(this.authenticate(token));
    if (change.kind === 'applyCode') {
      if (change.code.toUpperCase() !== FAKE_DISCOUNT_CODE) return failure('DISCOUNT_CODE_INVALID', 'This discount code is not valid');
      cart.discountCode = FAKE_DISCOUNT_CODE;
    } else if (change.kind === 'removeCode') {
      cart.discountCode = null;
    } else {
      const variant = this.variants.get(change.variantId);
      if (!variant) return failure('PRODUCT_UNAVAILABLE', 'This product is no longer available');
      const line = cart.lines.find((candidate) => candidate.variant === variant);
      const quantity = change.kind === 'remove' ? 0 : change.kind === 'add' ? (line?.quantity ?? 0) + change.quantity : change.quantity;
      if (quantity > variant.available) return failure('INSUFFICIENT_STOCK', `Only ${variant.available} left`);
      cart.lines = cart.lines.filter((candidate) => candidate !== line);
      if (quantity > 0) cart.lines.push({ variant, quantity });
    }
    return { ok: true, value: this.cartView(cart) };
  }

  async checkout(token: string, input: CheckoutInput): Promise<ShopOutcome<PaymentLink>> {
    const cart = this.cartOf(this.authenticate(token));
    if (!cart.lines.length) return failure('CART_EMPTY', 'The cart is empty');
    this.checkouts.push(input);
    const { total, currency } = this.cartView(cart);
    const orderNumber = `K7M2-${String(this.checkouts.length).padStart(4, '0')}`;
    this.orders.set(orderNumber, { cancellable: true });
    cart.lines = [];
    cart.discountCode = null;
    return { ok: true, value: { orderNumber, total, currency, paymentUrl: this.paymentUrl, expiresAt: '2025-01-02T12:00:00.000Z' } };
  }

  async cancelOrder(token: string, orderNumber: string): Promise<ShopOutcome<CancelledOrder>> {
    this.authenticate(token);
    const order = this.orders.get(orderNumber);
    if (!order) return failure('ORDER_NOT_FOUND', 'No order with this number');
    if (!order.cancellable) return failure('ORDER_TRANSITION_REFUSED', 'The order has shipped');
    order.cancellable = false;
    return { ok: true, value: { number: orderNumber, status: 'CANCELLED' } };
  }

  async leaveContactEmail(token: string, request: ContactRequest): Promise<void> {
    this.authenticate(token);
    if (!request.email.includes('@')) throw new ChatApiError('BAD_USER_INPUT', 'email must be an email');
    this.contactRequests.push(request);
  }

  /** Publishes a chunk of a bot reply being written (MESSAGE_DELTA). */
  streamChunk(conversationId: string, inReplyTo: string, text: string): void {
    const conversation = this.conversations.get(conversationId);
    for (const feed of this.activeFeeds(conversationId)) {
      feed.observer.event({
        type: 'MESSAGE_DELTA',
        conversation: { id: conversationId, status: conversation?.status ?? 'BOT' },
        message: null,
        delta: { inReplyTo, text },
      });
    }
  }

  private cartOf(visitorId: string): { lines: FakeLine[]; discountCode: string | null } {
    let cart = this.carts.get(visitorId);
    if (!cart) {
      cart = { lines: [], discountCode: null };
      this.carts.set(visitorId, cart);
    }
    return cart;
  }

  private cartView(cart: { lines: FakeLine[]; discountCode: string | null }): Cart {
    const lines = cart.lines.map(({ variant, quantity }) => ({
      productId: `product-of-${variant.variantId}`,
      variantId: variant.variantId,
      name: variant.name,
      sku: variant.variantId.toUpperCase(),
      imageUrl: null,
      quantity,
      unitPrice: variant.price,
      lineTotal: variant.price * quantity,
      available: variant.available,
      purchasable: true,
    }));
    const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);
    const discount = cart.discountCode ? Math.round(subtotal * 10) / 100 : 0;
    const shipping = lines.length ? 5 : 0;
    return {
      currency: 'USD',
      itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
      lines,
      subtotal,
      discount,
      discountCode: cart.discountCode,
      shipping,
      tax: 0,
      total: subtotal - discount + shipping,
    };
  }

  private authenticate(token: string): string {
    const visitorId = this.visitors.get(token);
    if (!visitorId || this.refusedTokens.has(token)) throw new ChatApiError('UNAUTHENTICATED', 'Unknown visitor token');
    return visitorId;
  }
}
