import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChatApiError, type ChatErrorCode } from './chat-api-error';
import type { ChatTransport, ConversationObserver, TransportFactory } from './chat-transport';
import type {
  ChatMessage,
  ConversationEvent,
  ConversationStatusName,
  TypingSignal,
  VisitorIdentity,
  VisitorSession,
  WidgetSettings,
} from './chat-types';
import { contiguousSeq, mergeMessages } from './message-merge';
import type { OutgoingMessage } from './outgoing-message';
import { TypingThrottle } from '@shopdesk/shared';
import { VisitorStorage } from './visitor-storage';

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface ChatConnectionConfig {
  publicKey: string;
  apiBase: string;
  createTransport: TransportFactory;
  storage?: VisitorStorage;
}

/** How many messages one catch-up request asks for; the loop continues while pages come back full. */
const PAGE_SIZE = 50;
/**
 * The server registers a subscription a moment after acknowledging the socket, so a message published in
 * between reaches neither the first catch-up nor the feed; a second catch-up shortly after closes that window.
 */
const SETTLE_CATCH_UP_MS = 1000;
/** Stop showing the typing indicator if no reply came by then. */
const REPLY_WAIT_MS = 45_000;
/** A token refused again this soon after a renewal points at something renewing will not fix. */
const RENEW_COOLDOWN_MS = 10_000;
/** A team member's typing indicator nobody refreshes goes away after this long. */
const AGENT_TYPING_TIMEOUT_MS = 6_000;

/** The visitor only reads that the chat is not available here; whoever installs the widget learns why. */
function warnKeyRefused(publicKey: string): void {
  console.warn(
    `[shopdesk] The widget key ${publicKey} is not enabled for ${globalThis.location?.origin ?? 'this website'}: ` +
      "add this site to the key's allowed sites in the Shopdesk admin (Settings → Widget), or use an active key.",
  );
}

function isAuthError(error: unknown): boolean {
  return ChatApiError.codeOf(error) === 'UNAUTHENTICATED';
}

/**
 * The visitor's connection to the store: session, conversation, live feed and the merged message list.
 * Messages come from three overlapping sources (send results, live events, catch-up fetches) and are
 * merged by id and ordered by seq; `syncedSeq` is the highest seq up to which nothing can be missing.
 */
export class ChatConnectionController implements ReactiveController {
  status: ConnectionStatus = 'idle';
  error: ChatErrorCode | null = null;
  settings: WidgetSettings | null = null;
  messages: readonly ChatMessage[] = [];
  outbox: readonly OutgoingMessage[] = [];
  conversationStatus: ConversationStatusName | null = null;
  awaitingReply = false;
  /** A team member is writing: their name, or null when the server did not give one. */
  agentTyping: { name: string | null } | null = null;
  /** The visitor's rating of the resolved conversation, once given. */
  rating: number | null = null;
  /** Whether a person was asked for and the request is on its way. */
  requestingHuman = false;
  /** Bot replies being written, by the visitor message they answer; live only, never stored. */
  drafts: ReadonlyMap<string, string> = new Map();

  private config: ChatConnectionConfig | null = null;
  private storage: VisitorStorage | null = null;
  private transport: ChatTransport | null = null;
  private session: VisitorSession | null = null;
  private conversationId: string | null = null;
  private syncedSeq = 0;
  /** False while the history of a restored conversation loads, so old messages are not announced as new. */
  private historyLoaded = true;
  private feedGeneration = 0;
  private endFeed: (() => void) | null = null;
  private starting: Promise<boolean> | null = null;
  private renewing: Promise<boolean> | null = null;
  private lastRenewalAt = Number.NEGATIVE_INFINITY;
  private catchingUp = false;
  private catchUpAgain = false;
  private flushing = false;
  private nextLocalId = 1;
  private hostIsConnected = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private replyTimer: ReturnType<typeof setTimeout> | undefined;
  private agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingIdentity: VisitorIdentity | null = null;
  private readonly typingThrottle = new TypingThrottle((active) => this.signalTyping(active));

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announce: (message: ChatMessage) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostIsConnected = true;
    if (this.session && this.conversationId) {
      this.openFeed();
      void this.catchUp();
    }
  }

  hostDisconnected(): void {
    this.hostIsConnected = false;
    this.typingThrottle.stop();
    this.closeFeed();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.stopAwaitingReply();
  }

  /** Points the connection at a store. Changing the store drops everything known about the previous one. */
  configure(config: ChatConnectionConfig): void {
    const previous = this.config;
    this.config = config;
    if (previous && previous.publicKey === config.publicKey && previous.apiBase === config.apiBase) return;
    if (previous) this.reset();
    this.storage = config.storage ?? new VisitorStorage(config.publicKey);
    this.settings = this.storage.settings;
    this.host.requestUpdate();
  }

  /** Opens the visitor session once; resolves to whether the chat is usable. */
  start(): Promise<boolean> {
    if (this.session) return Promise.resolve(true);
    this.starting ??= this.openFirstSession().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  /** After a failure: try the session again, or the live feed if the session is fine. */
  reconnect(): void {
    if (!this.session) {
      void this.start();
      return;
    }
    if (!this.conversationId) {
      this.error = null;
      this.setStatus('online');
      return;
    }
    this.setStatus('connecting');
    this.closeFeed();
    this.openFeed();
    void this.catchUp();
  }

  send(text: string): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    this.typingThrottle.stop();
    this.outbox = [...this.outbox, { localId: `local-${this.nextLocalId++}`, text: trimmed, state: 'queued', error: null }];
    this.host.requestUpdate();
    void this.flushOutbox();
  }

  /** The visitor wrote something in the composer (or cleared it). */
  composing(hasText: boolean): void {
    if (hasText && this.conversationId && this.session) this.typingThrottle.keystroke();
    else this.typingThrottle.stop();
  }

  /** The visitor asks for a person. Resolves to whether the request went through. */
  async requestHuman(): Promise<boolean> {
    const transport = this.transport;
    const session = this.session;
    const conversationId = this.conversationId;
    if (!transport || !session || !conversationId || this.requestingHuman) return false;
    this.requestingHuman = true;
    this.host.requestUpdate();
    try {
      this.conversationStatus = await transport.requestHuman(session.token, conversationId);
      this.stopAwaitingReply();
      void this.catchUp();
      return true;
    } catch (error) {
      this.error = ChatApiError.codeOf(error);
      return false;
    } finally {
      this.requestingHuman = false;
      this.host.requestUpdate();
    }
  }

  /** Rates the resolved conversation; resolves to whether the rating was stored. */
  async rate(score: number): Promise<boolean> {
    const transport = this.transport;
    const session = this.session;
    const conversationId = this.conversationId;
    if (!transport || !session || !conversationId) return false;
    try {
      await transport.rateConversation(session.token, conversationId, score);
    } catch {
      return false;
    }
    this.rating = score;
    this.host.requestUpdate();
    return true;
  }

  /**
   * The store's page says who the shopper is (signed by its server). Applied now if the chat is
   * running, otherwise when the session starts, so calling it on every page load costs nothing.
   */
  identify(identity: VisitorIdentity): Promise<boolean> {
    this.pendingIdentity = identity;
    return this.session ? this.applyIdentity() : Promise.resolve(true);
  }

  /** The open conversation, once the visitor has written. */
  get activeConversationId(): string | null {
    return this.conversationId;
  }

  /** Runs a visitor request (cart, orders…) with the session, renewing a refused token once. */
  async authorized<T>(call: (transport: ChatTransport, token: string) => Promise<T>): Promise<T> {
    const run = () => {
      if (!this.session) throw new ChatApiError(this.error ?? 'NETWORK', 'The chat is not connected.');
      return call(this.requireTransport(), this.session.token);
    };
    await this.start();
    try {
      return await run();
    } catch (error) {
      if (!isAuthError(error) || !(await this.renewSession())) throw error;
      this.openFeed();
      return run();
    }
  }

  retry(localId: string): void {
    this.updateOutgoing(localId, { state: 'queued', error: null });
    void this.flushOutbox();
  }

  private reset(): void {
    this.closeFeed();
    this.transport?.close();
    this.transport = null;
    this.session = null;
    this.status = 'idle';
    this.error = null;
    this.outbox = [];
    this.switchConversation(null);
  }

  private async openFirstSession(): Promise<boolean> {
    this.setStatus('connecting');
    try {
      const config = this.requireConfig();
      this.transport ??= await config.createTransport(config.apiBase);
      await this.openSession();
    } catch (error) {
      this.fail(error);
      return false;
    }
    if (this.pendingIdentity) await this.applyIdentity();
    this.error = null;
    this.setStatus('online');
    if (this.conversationId) {
      this.openFeed();
      void this.catchUp();
    }
    void this.flushOutbox();
    return true;
  }

  private async applyIdentity(): Promise<boolean> {
    const identity = this.pendingIdentity;
    const transport = this.transport;
    const session = this.session;
    const config = this.config;
    if (!identity || !transport || !session || !config) return false;
    this.pendingIdentity = null;
    let identified: VisitorSession;
    try {
      identified = await transport.identify(session.token, config.publicKey, identity);
    } catch (error) {
      console.warn('[shopdesk] The shopper identity was not accepted.', ChatApiError.codeOf(error));
      return false;
    }
    // The server moved this browser's conversations to the customer: the open one stays open.
    const conversationId = this.conversationId;
    this.storage?.saveSession(identified.token, identified.visitorId);
    this.storage?.saveConversation(conversationId);
    this.session = identified;
    if (this.endFeed) {
      this.closeFeed();
      this.openFeed();
      void this.catchUp();
    }
    return true;
  }

  /** Starts (or resumes) the visitor session; a refused stored token yields a brand-new visitor. */
  private async openSession(): Promise<void> {
    const config = this.requireConfig();
    const storage = this.requireStorage();
    const transport = this.requireTransport();
    const session = await this.resumeOrStartVisitor(transport, storage, config.publicKey).catch((error: unknown) => {
      if (ChatApiError.codeOf(error) === 'FORBIDDEN') warnKeyRefused(config.publicKey);
      throw error;
    });
    const conversationId = storage.saveSession(session.token, session.visitorId);
    storage.saveSettings(session.settings);
    this.session = session;
    this.settings = session.settings;
    if (conversationId !== this.conversationId) {
      this.switchConversation(conversationId);
      this.historyLoaded = conversationId === null;
    }
    this.host.requestUpdate();
  }

  private async resumeOrStartVisitor(transport: ChatTransport, storage: VisitorStorage, publicKey: string): Promise<VisitorSession> {
    const storedToken = storage.token;
    try {
      return await transport.startVisitorSession(publicKey, storedToken ?? undefined);
    } catch (error) {
      if (!storedToken || !isAuthError(error)) throw error;
      storage.forgetVisitor();
      return transport.startVisitorSession(publicKey);
    }
  }

  /** Renews a token the server refused mid-session; concurrent callers share one renewal. */
  private renewSession(): Promise<boolean> {
    if (this.renewing) return this.renewing;
    if (Date.now() - this.lastRenewalAt < RENEW_COOLDOWN_MS) return Promise.resolve(false);
    this.lastRenewalAt = Date.now();
    this.closeFeed();
    this.renewing = this.openSession()
      .then(() => true)
      .catch((error: unknown) => {
        this.session = null;
        this.fail(error);
        return false;
      })
      .finally(() => {
        this.renewing = null;
      });
    return this.renewing;
  }

  private switchConversation(conversationId: string | null): void {
    this.closeFeed();
    this.conversationId = conversationId;
    this.messages = [];
    this.syncedSeq = 0;
    this.conversationStatus = null;
    this.rating = null;
    this.historyLoaded = true;
    this.stopAwaitingReply();
    this.showAgentTyping(null);
  }

  private forgetConversation(): void {
    this.switchConversation(null);
    this.storage?.saveConversation(null);
    this.host.requestUpdate();
  }

  private openFeed(): void {
    const transport = this.transport;
    const session = this.session;
    const conversationId = this.conversationId;
    if (!transport || !session || !conversationId || this.endFeed || !this.hostIsConnected) return;
    const generation = ++this.feedGeneration;
    const current = () => generation === this.feedGeneration;
    const observer: ConversationObserver = {
      connected: () => {
        if (!current()) return;
        this.error = null;
        this.setStatus('online');
        void this.catchUp();
        this.later(() => void this.catchUp(), SETTLE_CATCH_UP_MS);
      },
      reconnecting: () => {
        if (!current()) return;
        this.dropDrafts();
        this.setStatus('reconnecting');
      },
      event: (event) => {
        if (current()) this.handleEvent(event);
      },
      failed: (error) => {
        if (!current()) return;
        this.closeFeed();
        void this.recoverFeed(error);
      },
    };
    this.endFeed = transport.subscribe(session.token, conversationId, observer);
  }

  private closeFeed(): void {
    this.dropDrafts();
    this.feedGeneration++;
    const end = this.endFeed;
    this.endFeed = null;
    end?.();
  }

  private async recoverFeed(error: ChatApiError): Promise<void> {
    if (error.code === 'UNAUTHENTICATED' && (await this.renewSession())) {
      this.openFeed();
      void this.catchUp();
      return;
    }
    if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') {
      this.forgetConversation();
      return;
    }
    if (this.session) this.fail(error);
  }

  private handleEvent(event: ConversationEvent): void {
    if (event.conversation.id !== this.conversationId) return;
    if (event.conversation.status !== 'RESOLVED') this.rating = null;
    this.conversationStatus = event.conversation.status;
    if (event.type === 'TYPING') {
      if (event.typing?.author === 'AGENT') this.showAgentTyping(event.typing);
      this.host.requestUpdate();
      return;
    }
    if (event.conversation.status !== 'BOT') this.stopAwaitingReply();
    if (event.type === 'MESSAGE_DELTA' && event.delta) {
      this.appendDraft(event.delta.inReplyTo, event.delta.text);
      return;
    }
    if (event.type === 'MESSAGE_CREATED' && event.message) {
      this.receive([event.message]);
      // A seq beyond the synced run means the feed skipped something (it was down, or raced a fetch).
      if (event.message.seq > this.syncedSeq) void this.catchUp();
    }
    this.host.requestUpdate();
  }

  /** Fetches everything after `syncedSeq`; calls made while one runs are folded into one more pass. */
  private async catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = true;
    try {
      do {
        this.catchUpAgain = false;
        await this.fetchMissing();
      } while (this.catchUpAgain);
    } finally {
      this.catchingUp = false;
    }
  }

  private async fetchMissing(): Promise<void> {
    const conversationId = this.conversationId;
    let renewed = false;
    for (;;) {
      const session = this.session;
      const transport = this.transport;
      if (!conversationId || !session || !transport || conversationId !== this.conversationId) return;
      let page;
      try {
        page = await transport.fetchMessages(session.token, conversationId, this.syncedSeq, PAGE_SIZE);
      } catch (error) {
        if (!renewed && isAuthError(error) && (await this.renewSession())) {
          renewed = true;
          this.openFeed();
          continue;
        }
        // Unreachable for now: the next reconnect or send catches up again.
        return;
      }
      if (conversationId !== this.conversationId) return;
      if (!page) {
        this.forgetConversation();
        return;
      }
      this.conversationStatus = page.status;
      this.receive(page.messages);
      const last = page.messages[page.messages.length - 1];
      // The server returned every message after syncedSeq up to `last`, so holes before it are not gaps.
      if (last) this.syncedSeq = Math.max(this.syncedSeq, last.seq);
      if (this.status === 'connecting' || this.status === 'offline') {
        this.error = null;
        this.setStatus('online');
      }
      this.host.requestUpdate();
      if (page.messages.length < PAGE_SIZE) {
        this.historyLoaded = true;
        return;
      }
    }
  }

  private receive(incoming: readonly ChatMessage[]): void {
    const relevant = incoming.filter((message) => message.conversationId === this.conversationId);
    if (!relevant.length) return;
    const { messages, added } = mergeMessages(this.messages, relevant);
    this.messages = messages;
    this.syncedSeq = contiguousSeq(messages, this.syncedSeq);
    for (const message of added) {
      if (message.author === 'VISITOR') this.dropEchoedOutgoing(message.text);
      else this.stopAwaitingReply();
      if (message.inReplyTo) this.removeDraft(message.inReplyTo);
      if (message.author === 'AGENT') this.showAgentTyping(null);
      if (this.historyLoaded) this.announce(message);
    }
    this.host.requestUpdate();
  }

  /** The feed can deliver the visitor's own message before sendMessage resolves; show it once. */
  private dropEchoedOutgoing(text: string): void {
    const echoed = this.outbox.find((message) => message.state === 'sending' && message.text === text);
    if (echoed) this.removeOutgoing(echoed.localId);
  }

  /** Sends queued messages one at a time, so a second message waits for the conversation the first creates. */
  private async flushOutbox(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let next = this.nextQueued(); next; next = this.nextQueued()) {
        if (!(await this.start())) {
          for (const message of this.outbox) {
            if (message.state === 'queued') this.updateOutgoing(message.localId, { state: 'failed', error: this.error });
          }
          return;
        }
        await this.deliver(next);
      }
    } finally {
      this.flushing = false;
    }
  }

  private nextQueued(): OutgoingMessage | undefined {
    return this.outbox.find((message) => message.state === 'queued');
  }

  private async deliver(outgoing: OutgoingMessage, isRetry = false): Promise<void> {
    const transport = this.transport;
    const session = this.session;
    if (!transport || !session) {
      this.updateOutgoing(outgoing.localId, { state: 'failed', error: this.error ?? 'NETWORK' });
      return;
    }
    this.updateOutgoing(outgoing.localId, { state: 'sending', error: null });
    const conversationId = this.conversationId;
    try {
      const stored = await transport.sendMessage(
        session.token,
        conversationId ? { conversationId, text: outgoing.text } : { text: outgoing.text },
      );
      this.removeOutgoing(outgoing.localId);
      if (!this.conversationId) {
        this.conversationId = stored.conversationId;
        this.historyLoaded = true;
        this.storage?.saveConversation(stored.conversationId);
        this.openFeed();
      }
      this.receive([stored]);
      this.startAwaitingReply();
      void this.catchUp();
    } catch (error) {
      const code = ChatApiError.codeOf(error);
      if (!isRetry && code === 'UNAUTHENTICATED' && (await this.renewSession())) {
        if (this.conversationId) this.openFeed();
        return this.deliver(outgoing, true);
      }
      if (!isRetry && conversationId && (code === 'NOT_FOUND' || code === 'FORBIDDEN')) {
        this.forgetConversation();
        return this.deliver(outgoing, true);
      }
      this.updateOutgoing(outgoing.localId, { state: 'failed', error: code });
    }
  }

  private updateOutgoing(localId: string, change: Pick<OutgoingMessage, 'state' | 'error'>): void {
    this.outbox = this.outbox.map((message) => (message.localId === localId ? { ...message, ...change } : message));
    this.host.requestUpdate();
  }

  private removeOutgoing(localId: string): void {
    this.outbox = this.outbox.filter((message) => message.localId !== localId);
    this.host.requestUpdate();
  }

  private startAwaitingReply(): void {
    if (this.conversationStatus !== null && this.conversationStatus !== 'BOT') return;
    const last = this.messages[this.messages.length - 1];
    if (last && last.author !== 'VISITOR') return;
    this.stopAwaitingReply();
    this.awaitingReply = true;
    this.replyTimer = this.later(() => this.stopAwaitingReply(), REPLY_WAIT_MS);
  }

  private stopAwaitingReply(): void {
    if (this.replyTimer !== undefined) {
      clearTimeout(this.replyTimer);
      this.timers.delete(this.replyTimer);
      this.replyTimer = undefined;
    }
    if (this.awaitingReply) {
      this.awaitingReply = false;
      this.host.requestUpdate();
    }
  }

  private appendDraft(inReplyTo: string, chunk: string): void {
    // A late chunk of a reply that already arrived whole must not bring its draft back.
    if (this.messages.some((message) => message.inReplyTo === inReplyTo)) return;
    const drafts = new Map(this.drafts);
    drafts.set(inReplyTo, (drafts.get(inReplyTo) ?? '') + chunk);
    this.drafts = drafts;
    this.stopAwaitingReply();
    this.host.requestUpdate();
  }

  private removeDraft(inReplyTo: string): void {
    if (!this.drafts.has(inReplyTo)) return;
    const drafts = new Map(this.drafts);
    drafts.delete(inReplyTo);
    this.drafts = drafts;
  }

  /** Chunks missed while the feed was down cannot be replayed; the stored reply arrives with the catch-up. */
  private dropDrafts(): void {
    if (!this.drafts.size) return;
    this.drafts = new Map();
    this.host.requestUpdate();
  }

  private showAgentTyping(signal: TypingSignal | null): void {
    clearTimeout(this.agentTypingTimer);
    this.agentTyping = signal?.active ? { name: signal.name } : null;
    if (this.agentTyping) this.agentTypingTimer = setTimeout(() => this.showAgentTyping(null), AGENT_TYPING_TIMEOUT_MS);
    this.host.requestUpdate();
  }

  private signalTyping(active: boolean): void {
    const transport = this.transport;
    const session = this.session;
    const conversationId = this.conversationId;
    if (!transport || !session || !conversationId) return;
    transport.setTyping(session.token, conversationId, active).catch(() => undefined);
  }

  private fail(error: unknown): void {
    this.error = ChatApiError.codeOf(error);
    this.setStatus('offline');
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private later(run: () => void, ms: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private requireConfig(): ChatConnectionConfig {
    if (!this.config) throw new ChatApiError('INTERNAL', 'The chat has no store key.');
    return this.config;
  }

  private requireStorage(): VisitorStorage {
    if (!this.storage) throw new ChatApiError('INTERNAL', 'The chat has no store key.');
    return this.storage;
  }

  private requireTransport(): ChatTransport {
    if (!this.transport) throw new ChatApiError('INTERNAL', 'The chat is not connected.');
    return this.transport;
  }
}
