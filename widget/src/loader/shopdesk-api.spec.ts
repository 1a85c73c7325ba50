import { createShopdeskApi } from './shopdesk-api';

let tagCount = 0;

function uniqueTag(): string {
  return `test-chat-${++tagCount}`;
}

function defineChat(tag: string): void {
  customElements.define(
    tag,
    class extends HTMLElement {
      opened = false;
      show(): void {
        this.opened = true;
        this.dispatchEvent(new CustomEvent('shopdesk-open', { bubbles: true, composed: true }));
      }
      hide(): void {
        this.opened = false;
      }
      toggle(): void {
        this.opened = !this.opened;
      }
    },
  );
}

describe('window.Shopdesk', () => {
  it('remembers open() called before the chat code arrived', async () => {
    const tag = uniqueTag();
    const element = document.createElement(tag);
    document.body.append(element);
    const api = createShopdeskApi(element);

    api.open();
    defineChat(tag);
    await customElements.whenDefined(tag);
    await Promise.resolve();

    expect((element as HTMLElement & { opened: boolean }).opened).toBe(true);
    element.remove();
  });

  it('drives an element that is already running', () => {
    const tag = uniqueTag();
    defineChat(tag);
    const element = document.createElement(tag) as HTMLElement & { opened: boolean };
    const api = createShopdeskApi(element);
    api.toggle();
    expect(element.opened).toBe(true);
    api.close();
    expect(element.opened).toBe(false);
  });

  it('hands message events to listeners until they unsubscribe', () => {
    const element = document.createElement('div');
    const api = createShopdeskApi(element);
    const listener = jest.fn();
    const off = api.on('message', listener);
    const message = { id: 'm1', conversationId: 'c1', seq: 1, author: 'BOT', text: 'Hi', createdAt: '2025-01-01T00:00:00Z' };

    element.dispatchEvent(new CustomEvent('shopdesk-message', { detail: { message } }));
    off();
    element.dispatchEvent(new CustomEvent('shopdesk-message', { detail: { message } }));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(message);
  });

  it('opens the cart and reports cart changes to listeners', async () => {
    const tag = uniqueTag();
    const opened: string[] = [];
    customElements.define(
      tag,
      class extends HTMLElement {
        show(): void {}
        hide(): void {}
        toggle(): void {}
        async openCart(): Promise<void> {
          opened.push('cart');
        }
      },
    );
    const element = document.createElement(tag);
    const api = createShopdeskApi(element);
    const listener = jest.fn();
    api.on('cart', listener);
    const cart = { itemCount: 2, total: 109, currency: 'USD', lines: [] };

    api.openCart();
    element.dispatchEvent(new CustomEvent('shopdesk-cart', { detail: { cart } }));

    expect(opened).toEqual(['cart']);
    expect(listener).toHaveBeenCalledWith(cart);
  });

  it('refuses events it does not know', () => {
    const api = createShopdeskApi(document.createElement('div'));
    expect(() => api.on('typo' as 'open', () => undefined)).toThrow(TypeError);
  });
});

describe('window.Shopdesk identify and setLocale', () => {
  it('passes the identity and the language on, also when called before the chat code arrived', async () => {
    const tag = uniqueTag();
    const element = document.createElement(tag);
    document.body.append(element);
    const api = createShopdeskApi(element);
    api.setLocale('fr');
    api.identify({ customerId: 'cust-9', signature: 'f00d' });
    expect(element.getAttribute('lang')).toBe('fr');

    const received: unknown[] = [];
    customElements.define(
      tag,
      class extends HTMLElement {
        show(): void {}
        hide(): void {}
        toggle(): void {}
        async identify(identity: unknown): Promise<boolean> {
          received.push(['identify', identity]);
          return true;
        }
        async setLocale(locale: string): Promise<void> {
          received.push(['setLocale', locale]);
        }
      },
    );
    await customElements.whenDefined(tag);
    await Promise.resolve();
    expect(received).toEqual([
      ['setLocale', 'fr'],
      ['identify', { customerId: 'cust-9', signature: 'f00d' }],
    ]);
    element.remove();
  });
});
