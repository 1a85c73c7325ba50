import { localized } from '@lit/localize';
import { MAX_MESSAGE_LENGTH } from '@shopdesk/shared';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ChatConnectionController } from '../connection/chat-connection.controller';
import type { TransportFactory } from '../connection/chat-transport';
import type { ChatMessage, MessageAuthorName, VisitorIdentity, WidgetSettings } from '../connection/chat-types';
import { loadGraphqlTransport } from '../connection/load-graphql-transport';
import type { OutgoingMessage } from '../connection/outgoing-message';
import { useLocale } from '../i18n/localization';
import { uiText } from '../i18n/ui-text';
import { ShopController } from '../shop/shop.controller';
import { cartIcon, chatIcon, closeIcon, sendIcon } from './icons';
import { splitLinks } from './message-links';
import { shopdeskChatStyles } from './shopdesk-chat.styles';
import type { ShopdeskEventDetail, ShopdeskEventName } from './shopdesk-events';
import { themeColors } from './theme-colors';

/** Show the remaining-characters hint this close to the limit. */
const COUNTER_THRESHOLD = 200;
const COMPOSER_MAX_HEIGHT_PX = 140;
/** Within this distance of the bottom the list follows new messages; further up the visitor is reading history. */
const STICKY_SCROLL_PX = 48;

function authorLabel(author: MessageAuthorName): string | null {
  switch (author) {
    case 'VISITOR':
      return uiText.you();
    case 'BOT':
      return uiText.assistant();
    case 'AGENT':
      return uiText.agent();
    default:
      return null;
  }
}

/** A system notice in the visitor's language; the stored English text when the event is unknown. */
function systemText(message: ChatMessage): string {
  const name = message.authorName || uiText.agent();
  switch (message.systemEvent) {
    case 'AGENT_JOINED':
      return uiText.systemAgentJoined(name);
    case 'AGENT_LEFT':
      return uiText.systemAgentLeft(name);
    case 'HANDED_BACK':
      return uiText.systemHandedBack(name);
    case 'HUMAN_REQUESTED':
      return uiText.systemHumanRequested();
    case 'CONTACT_LEFT':
      return uiText.systemContactLeft();
    case 'RESOLVED':
      return uiText.systemResolved();
    case 'SNOOZED':
      return uiText.systemSnoozed();
    case 'REOPENED':
      return uiText.systemReopened();
    default:
      return message.text;
  }
}

function renderText(text: string): Array<TemplateResult | string> {
  return splitLinks(text).map((part) =>
    part.href ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer">${part.text}</a>` : part.text,
  );
}

/**
 * The storefront chat: a launcher button and the conversation panel it opens.
 *
 * @fires shopdesk-open - The panel opened.
 * @fires shopdesk-close - The panel closed.
 * @fires shopdesk-message - A new message was sent or received; `detail.message`.
 * @fires shopdesk-cart - The visitor's cart changed; `detail.cart`.
 */
@localized()
export class ShopdeskChat extends LitElement {
  static override styles = shopdeskChatStyles;

  /** The store's widget key (`pk_…`). */
  @property({ attribute: 'public-key' }) publicKey = '';

  /** Origin of the Shopdesk API (`https://host`); the page's own origin when empty. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** How the element reaches the server. Replace before the first open to use another transport. */
  createTransport: TransportFactory = loadGraphqlTransport;

  @state() private opened = false;
  /** The panel stays rendered (hidden) after the first open so the draft and scroll position survive closing. */
  @state() private everOpened = false;
  @state() private draft = '';
  @state() private unread = 0;
  @state() private cartOpen = false;
  /** The visitor asked for a person while the team is away: offer the email form. */
  @state() private contactAsked = false;

  @query('.launcher') private launcher?: HTMLButtonElement;
  @query('textarea') private composer?: HTMLTextAreaElement;
  @query('.messages') private messageList?: HTMLElement;
  @query('.cart-button') private cartButton?: HTMLButtonElement;
  @query('shopdesk-cart-drawer') private cartDrawer?: HTMLElement;

  private readonly connection = new ChatConnectionController(this, (message) => this.announce(message));
  private readonly shop = new ShopController(this, this.connection, (cart) => this.emit('shopdesk-cart', { cart }));
  /** Whether the next render should leave the message list scrolled to the newest message. */
  private stickToBottom = true;
  /** Set when the visitor opens the panel or sends: jump to the newest message whatever the scroll position. */
  private scrollToEnd = false;

  constructor() {
    super();
    // On the host, not the document: Escape only matters when focus is inside the widget.
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.opened && !event.isComposing) {
        event.preventDefault();
        this.hide();
      }
    });
  }

  get isOpen(): boolean {
    return this.opened;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void useLocale(this.lang || document.documentElement.lang || navigator.language);
  }

  show(): void {
    if (this.opened) return;
    this.opened = true;
    this.everOpened = true;
    this.unread = 0;
    this.scrollToEnd = true;
    // Shopdesk.open() may run before the first render has configured the connection.
    this.configureConnection();
    void this.connection.start();
    // Cards, cart and opening-hours parts come in their own chunk, so the launcher stays small.
    void import('../shop/shop-elements');
    void this.shop.refreshCart();
    this.emit('shopdesk-open');
    void this.updateComplete.then(() => this.composer?.focus());
  }

  hide(): void {
    if (!this.opened) return;
    // Return focus only when the visitor was in the widget; a page calling Shopdesk.close() keeps its focus.
    const focusWasInside = this.shadowRoot?.activeElement != null;
    this.opened = false;
    this.emit('shopdesk-close');
    if (focusWasInside) void this.updateComplete.then(() => this.launcher?.focus());
  }

  /** Opens the panel with the cart drawer in front. */
  async openCart(): Promise<void> {
    this.show();
    void this.shop.refreshCart();
    this.cartOpen = true;
    await customElements.whenDefined('shopdesk-cart-drawer');
    await this.updateComplete;
    this.cartDrawer?.focus();
  }

  toggle(): void {
    if (this.opened) this.hide();
    else this.show();
  }

  /** Switches the widget's language (`de`, `fr-CA`, …); English when the language is not available. */
  setLocale(tag: string): Promise<void> {
    this.lang = tag;
    return useLocale(tag);
  }

  /** The store's signed-in shopper, signed by the store's server; see `identifyVisitor` in the API. */
  identify(identity: VisitorIdentity): Promise<boolean> {
    this.configureConnection();
    return this.connection.identify(identity);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('publicKey') || changed.has('apiBase')) this.configureConnection();
    const list = this.messageList;
    this.stickToBottom =
      this.scrollToEnd || !list || list.scrollHeight - list.scrollTop - list.clientHeight < STICKY_SCROLL_PX;
  }

  protected override updated(): void {
    const list = this.messageList;
    if (!list || !this.opened) return;
    if (this.stickToBottom) list.scrollTop = list.scrollHeight;
    this.scrollToEnd = false;
  }

  private configureConnection(): void {
    this.connection.configure({
      publicKey: this.publicKey,
      apiBase: this.apiBase || location.origin,
      createTransport: (apiBase) => this.createTransport(apiBase),
    });
  }

  override render(): TemplateResult {
    const settings = this.connection.settings;
    const colors = themeColors(settings?.primaryColor);
    const launcherLabel = this.opened
      ? uiText.closeChat()
      : this.unread
        ? uiText.openChatUnread(this.unread)
        : uiText.openChat();
    return html`<div
      class=${classMap({ root: true, left: settings?.position === 'left', open: this.opened })}
      style=${styleMap({ '--sd-primary': colors.primary, '--sd-on-primary': colors.onPrimary })}
    >
      <button
        class="launcher"
        type="button"
        aria-label=${launcherLabel}
        aria-expanded=${this.opened ? 'true' : 'false'}
        aria-controls=${this.everOpened ? 'panel' : nothing}
        @click=${this.toggle}
      >
        ${this.opened ? closeIcon : chatIcon}
        ${this.unread && !this.opened
          ? html`<span class="badge" aria-hidden="true">${this.unread > 9 ? '9+' : this.unread}</span>`
          : nothing}
      </button>
      ${this.everOpened ? this.renderPanel(settings) : nothing}
    </div>`;
  }

  private renderPanel(settings: WidgetSettings | null): TemplateResult {
    const { messages, conversationStatus } = this.connection;
    const canAskForHuman = messages.length > 0 && (conversationStatus === 'BOT' || conversationStatus === 'RESOLVED');
    const remaining = MAX_MESSAGE_LENGTH - this.draft.length;
    return html`<section id="panel" class="panel" role="dialog" aria-labelledby="title" ?hidden=${!this.opened}>
      <div class="panel-body" ?inert=${this.cartOpen}>
        ${this.renderHeader(settings)}
        <div role="status">${this.renderNotice()}</div>
        <shopdesk-offline-notice
          .availability=${settings?.availability ?? null}
          .shop=${this.shop}
          ?asking=${this.contactAsked || conversationStatus === 'WAITING_FOR_HUMAN'}
        ></shopdesk-offline-notice>
        ${this.renderMessages(settings)}
        ${conversationStatus === 'RESOLVED' && messages.length ? this.renderRating() : nothing}
        ${canAskForHuman
          ? html`<div class="actions">
              <button
                class="link-button human"
                type="button"
                ?disabled=${this.connection.requestingHuman || this.contactAsked}
                @click=${this.askForHuman}
              >
                ${uiText.talkToHuman()}
              </button>
            </div>`
          : nothing}
        <form class="composer" @submit=${this.onSubmit}>
          <label class="visually-hidden" for="composer">${uiText.messageLabel()}</label>
          <textarea
            id="composer"
            rows="1"
            maxlength=${MAX_MESSAGE_LENGTH}
            placeholder=${uiText.placeholder()}
            ?disabled=${this.refusedHere}
            .value=${live(this.draft)}
            @input=${this.onInput}
            @keydown=${this.onComposerKeydown}
          ></textarea>
          <button class="send" type="submit" aria-label=${uiText.send()} ?disabled=${!this.draft.trim() || this.refusedHere}>${sendIcon}</button>
        </form>
        ${remaining <= COUNTER_THRESHOLD ? html`<p class="counter">${uiText.charactersLeft(remaining)}</p>` : nothing}
      </div>
      ${this.cartOpen
        ? html`<shopdesk-cart-drawer .cart=${this.shop.cart} .shop=${this.shop} @shopdesk-cart-close=${this.closeCart}></shopdesk-cart-drawer>`
        : nothing}
    </section>`;
  }

  private renderHeader(settings: WidgetSettings | null): TemplateResult {
    const itemCount = this.shop.cart?.itemCount ?? 0;
    return html`<div class="header">
      <div class="header-text">
        <h2 class="title" id="title">${settings?.storeName || uiText.defaultTitle()}</h2>
        ${this.refusedHere ? nothing : html`<p class="subtitle">${this.subtitle()}</p>`}
      </div>
      ${this.refusedHere
        ? nothing
        : html`<button
            class="icon-button cart-button"
            type="button"
            aria-label=${itemCount ? uiText.cartWithItems(itemCount) : uiText.openCart()}
            @click=${() => void this.openCart()}
          >
            ${cartIcon}${itemCount ? html`<span class="cart-count" aria-hidden="true">${itemCount > 9 ? '9+' : itemCount}</span>` : nothing}
          </button>`}
      <button class="icon-button" type="button" aria-label=${uiText.closeChat()} @click=${this.hide}>${closeIcon}</button>
    </div>`;
  }

  private renderMessages(settings: WidgetSettings | null): TemplateResult {
    const { messages, outbox, awaitingReply, agentTyping, drafts } = this.connection;
    // Quick replies stay only on messages the visitor has not answered yet.
    const lastVisitorSeq = outbox.length
      ? Number.POSITIVE_INFINITY
      : Math.max(0, ...messages.filter((message) => message.author === 'VISITOR').map((message) => message.seq));
    return html`<div
      class="messages"
      role="log"
      aria-live="polite"
      aria-label=${uiText.messages()}
      tabindex="0"
      @shopdesk-blocks-rendered=${this.onBlocksRendered}
      @scroll=${this.onMessagesScrolled}
    >
      ${settings && !messages.length && !outbox.length ? html`<p class="message bot">${settings.greeting}</p>` : nothing}
      ${messages.map((message) => this.renderMessage(message, message.seq < lastVisitorSeq))}
      ${[...drafts.values()].map(
        // aria-busy keeps screen readers from reading every chunk; the stored reply that replaces it is announced once.
        (text) => html`<p class="message bot draft" aria-busy="true"><span class="visually-hidden">${uiText.assistant()}: </span>${text}</p>`,
      )}
      ${outbox.map((message) => this.renderOutgoing(message))}
      ${awaitingReply
        ? html`<div class="typing">
            <span class="visually-hidden">${uiText.typing()}</span><span class="dot"></span><span class="dot"></span
            ><span class="dot"></span>
          </div>`
        : nothing}
      ${agentTyping
        ? html`<div class="typing agent-typing">
            <span class="typing-label">${agentTyping.name ? uiText.agentTyping(agentTyping.name) : uiText.teamTyping()}</span
            ><span class="dot"></span><span class="dot"></span><span class="dot"></span>
          </div>`
        : nothing}
    </div>`;
  }

  private renderRating(): TemplateResult {
    const rating = this.connection.rating;
    if (rating !== null) return html`<p class="csat" role="status">${uiText.csatThanks()}</p>`;
    return html`<div class="csat" role="group" aria-label=${uiText.csatQuestion()}>
      <span class="csat-question">${uiText.csatQuestion()}</span>
      ${[1, 2, 3, 4, 5].map(
        (score) =>
          html`<button class="star" type="button" aria-label=${uiText.csatScore(score)} @click=${() => void this.connection.rate(score)}>★</button>`,
      )}
    </div>`;
  }

  private subtitle(): string {
    switch (this.connection.conversationStatus) {
      case 'WAITING_FOR_HUMAN':
        return uiText.statusWaiting();
      case 'ASSIGNED':
        return uiText.statusAssigned();
      case 'RESOLVED':
        return uiText.statusResolved();
      case 'SNOOZED':
        return uiText.statusSnoozed();
      default:
        return uiText.statusBot();
    }
  }

  /** This website may not use the store's chat: nothing here can be typed, bought or retried. */
  private get refusedHere(): boolean {
    return this.connection.status === 'offline' && this.connection.error === 'FORBIDDEN';
  }

  private renderNotice(): TemplateResult | typeof nothing {
    switch (this.connection.status) {
      case 'connecting':
        return html`<p class="notice"><span class="pulse"></span>${uiText.connecting()}</p>`;
      case 'reconnecting':
        return html`<p class="notice"><span class="pulse"></span>${uiText.reconnecting()}</p>`;
      case 'offline':
        // Refused for this site: trying again cannot help, only the store can (the console tells it how).
        if (this.refusedHere) return html`<p class="notice error">${uiText.notEnabled()}</p>`;
        return html`<p class="notice error">
          ${this.connection.error === 'RATE_LIMITED' ? uiText.rateLimited() : uiText.offline()}
          <button class="link-button" type="button" @click=${() => this.connection.reconnect()}>${uiText.tryAgain()}</button>
        </p>`;
      default:
        return nothing;
    }
  }

  // Bubbles use white-space: pre-wrap, so their templates must not add whitespace of their own.
  private renderMessage(message: ChatMessage, answered: boolean): TemplateResult {
    if (message.author === 'SYSTEM') return html`<p class="message system">${systemText(message)}</p>`;
    const label = message.author === 'AGENT' && message.authorName ? message.authorName : authorLabel(message.author);
    const visibleLabel = message.author === 'AGENT';
    const blocks = message.blocks ?? [];
    return html`${message.text.trim() || !blocks.length
      ? html`<p class="message ${message.author.toLowerCase()}">${label
          ? html`<span class=${visibleLabel ? 'author' : 'visually-hidden'}>${visibleLabel ? label : `${label}: `}</span>`
          : nothing}${renderText(message.text)}</p>`
      : nothing}${blocks.length
      ? html`<shopdesk-message-blocks .blocks=${blocks} .shop=${this.shop} ?answered=${answered}></shopdesk-message-blocks>`
      : nothing}`;
  }

  /** Whoever scrolls up to read stops following the conversation until they are back at the end. */
  private onMessagesScrolled(): void {
    const list = this.messageList;
    if (list) this.stickToBottom = list.scrollHeight - list.scrollTop - list.clientHeight < STICKY_SCROLL_PX;
  }

  /** Cards render, and pictures load, a moment after their message; keep following the conversation. */
  private onBlocksRendered(): void {
    if (this.stickToBottom && this.messageList) this.messageList.scrollTop = this.messageList.scrollHeight;
  }

  private askForHuman(): void {
    // Nobody is in to answer: the visitor leaves an email instead of waiting in an empty queue.
    if (this.connection.settings?.availability?.open === false) this.contactAsked = true;
    else void this.connection.requestHuman();
  }

  private async closeCart(): Promise<void> {
    this.cartOpen = false;
    await this.updateComplete;
    this.cartButton?.focus();
  }

  private renderOutgoing(message: OutgoingMessage): TemplateResult {
    const failed = message.state === 'failed';
    return html`<p class="message visitor ${failed ? 'failed' : 'pending'}"><span class="visually-hidden">${uiText.you()}: </span>${message.text}</p>
      ${failed
        ? html`<p class="delivery">
            ${message.error === 'RATE_LIMITED' ? uiText.rateLimited() : uiText.notSent()}
            <button class="link-button" type="button" @click=${() => this.connection.retry(message.localId)}>${uiText.retry()}</button>
          </p>`
        : nothing}`;
  }

  private onInput(event: Event): void {
    const textarea = event.target as HTMLTextAreaElement;
    this.draft = textarea.value;
    this.fitComposer(textarea);
    this.connection.composing(this.draft.trim().length > 0);
  }

  private onComposerKeydown(event: KeyboardEvent): void {
    // isComposing: Enter confirms an IME candidate (Japanese, Chinese…) rather than sending.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submitDraft();
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.submitDraft();
  }

  private submitDraft(): void {
    if (!this.draft.trim()) return;
    this.connection.send(this.draft.slice(0, MAX_MESSAGE_LENGTH));
    this.draft = '';
    this.scrollToEnd = true;
    void this.updateComplete.then(() => {
      if (this.composer) this.fitComposer(this.composer);
    });
  }

  private fitComposer(textarea: HTMLTextAreaElement): void {
    textarea.style.height = 'auto';
    if (textarea.scrollHeight) textarea.style.height = `${Math.min(textarea.scrollHeight + 2, COMPOSER_MAX_HEIGHT_PX)}px`;
  }

  private announce(message: ChatMessage): void {
    if (!this.opened && message.author !== 'VISITOR') this.unread++;
    // The assistant's cart tools change the cart on the server; the badge and drawer follow.
    if (message.author === 'BOT' && this.everOpened) void this.shop.refreshCart();
    this.emit('shopdesk-message', { message });
  }

  private emit<K extends ShopdeskEventName>(name: K, ...detail: ShopdeskEventDetail<K> extends void ? [] : [ShopdeskEventDetail<K>]): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail[0] }));
  }
}
