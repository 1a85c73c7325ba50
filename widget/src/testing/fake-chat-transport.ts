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

  private authenticate(token: string): string {
    const visitorId = this.visitors.get(token);
    if (!visitorId || this.refusedTokens.has(token)) throw new ChatApiError('UNAUTHENTICATED', 'Unknown visitor token');
    return visitorId;
  }
}
