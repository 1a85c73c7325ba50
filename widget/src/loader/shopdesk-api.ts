import type { ChatMessage, VisitorIdentity } from '../connection/chat-types';
import type { Cart } from '../connection/shop-types';

export type ShopdeskApiEvent = 'open' | 'close' | 'message' | 'cart';

export interface ShopdeskApiListeners {
  open: () => void;
  close: () => void;
  message: (message: ChatMessage) => void;
  /** The visitor's cart changed (added from the chat, edited in its cart, checked out). */
  cart: (cart: Cart) => void;
}

/** `window.Shopdesk`: lets the store's page drive the chat. */
export interface ShopdeskApi {
  open(): void;
  close(): void;
  toggle(): void;
  /** Opens the chat with the visitor's cart in front. */
  openCart(): void;
  /**
   * Tells the chat who the signed-in shopper is. `signature` is the hex HMAC-SHA256 of `customerId`
   * with the widget key's identity secret, computed on the store's server (never in the browser).
   */
  identify(identity: VisitorIdentity): void;
  /** Switches the chat's language (`en`, `de`, `fr`, `es`; other tags fall back to English). */
  setLocale(locale: string): void;
  /** Returns a function that removes the listener. */
  on<E extends ShopdeskApiEvent>(event: E, listener: ShopdeskApiListeners[E]): () => void;
}

/** What the API needs from `<shopdesk-chat>` once its code has loaded. */
export interface ChatControls {
  show(): void;
  hide(): void;
  toggle(): void;
  openCart(): Promise<void>;
  identify(identity: VisitorIdentity): Promise<boolean>;
  setLocale(locale: string): Promise<void>;
}

const EVENT_NAMES: Record<ShopdeskApiEvent, string> = {
  open: 'shopdesk-open',
  close: 'shopdesk-close',
  message: 'shopdesk-message',
  cart: 'shopdesk-cart',
};

function hasControls(element: HTMLElement): element is HTMLElement & ChatControls {
  return typeof (element as Partial<ChatControls>).show === 'function';
}

/**
 * Builds `window.Shopdesk` around the (possibly not yet upgraded) element. Calls made before the
 * element's code arrives run once it is defined, so a page may call `Shopdesk.open()` right away.
 */
export function createShopdeskApi(element: HTMLElement, registry: CustomElementRegistry = customElements): ShopdeskApi {
  const withChat = (action: (chat: ChatControls) => void) => {
    if (hasControls(element)) {
      action(element);
      return;
    }
    void registry.whenDefined(element.localName).then(() => {
      // Not yet attached to the document when the definition arrived: upgrade it now.
      if (!hasControls(element)) registry.upgrade(element);
      if (hasControls(element)) action(element);
    });
  };
  return {
    open: () => withChat((chat) => chat.show()),
    close: () => withChat((chat) => chat.hide()),
    toggle: () => withChat((chat) => chat.toggle()),
    openCart: () => withChat((chat) => void chat.openCart()),
    identify: (identity) => withChat((chat) => void chat.identify(identity)),
    setLocale: (locale) => {
      // Before the element's code arrives the attribute is enough: it reads `lang` when it starts.
      element.setAttribute('lang', locale);
      withChat((chat) => void chat.setLocale(locale));
    },
    on(event, listener) {
      const type = EVENT_NAMES[event];
      if (!type) throw new TypeError(`Unknown Shopdesk event "${String(event)}"`);
      const handler = (domEvent: Event) => {
        if (event === 'message') (listener as ShopdeskApiListeners['message'])((domEvent as CustomEvent<{ message: ChatMessage }>).detail.message);
        else if (event === 'cart') (listener as ShopdeskApiListeners['cart'])((domEvent as CustomEvent<{ cart: Cart }>).detail.cart);
        else (listener as () => void)();
      };
      element.addEventListener(type, handler);
      return () => element.removeEventListener(type, handler);
    },
  };
}
