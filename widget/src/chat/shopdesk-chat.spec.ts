import type { ChatMessage } from '../connection/chat-types';
import { FAKE_SETTINGS, FakeChatTransport } from '../testing/fake-chat-transport';
import { settle } from '../testing/settle';
import { HOODIE_M, productCard } from '../testing/shop-harness';
import './shopdesk-chat';
import type { ShopdeskChat } from './shopdesk-chat';

const PUBLIC_KEY = 'pk_test_luma';
const STORAGE_KEY = `shopdesk:${PUBLIC_KEY}:visitor`;

let server: FakeChatTransport;
const mounted: ShopdeskChat[] = [];

async function mount(transport: FakeChatTransport = server): Promise<ShopdeskChat> {
  const chat = document.createElement('shopdesk-chat');
  chat.setAttribute('public-key', PUBLIC_KEY);
  chat.setAttribute('api-base', 'https://api.shopdesk.test');
  chat.createTransport = async () => transport;
  document.body.append(chat);
  mounted.push(chat);
  await chat.updateComplete;
  return chat;
}

function shadow(chat: ShopdeskChat): ShadowRoot {
  if (!chat.shadowRoot) throw new Error('no shadow root');
  return chat.shadowRoot;
}

function launcher(chat: ShopdeskChat): HTMLButtonElement {
  return shadow(chat).querySelector<HTMLButtonElement>('.launcher')!;
}

function dialog(chat: ShopdeskChat): HTMLElement | null {
  return shadow(chat).querySelector<HTMLElement>('[role="dialog"]');
}

function composer(chat: ShopdeskChat): HTMLTextAreaElement {
  return shadow(chat).querySelector('textarea')!;
}

function bubbles(chat: ShopdeskChat, selector = '.message'): string[] {
  return [...shadow(chat).querySelectorAll(`.messages ${selector}`)].map((el) => el.textContent ?? '');
}

async function open(chat: ShopdeskChat): Promise<void> {
  launcher(chat).click();
  await settle();
}

async function type(chat: ShopdeskChat, text: string): Promise<void> {
  const textarea = composer(chat);
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await chat.updateComplete;
}

async function pressKey(target: HTMLElement, key: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  await settle();
  return event;
}

function conversationOf(chat: ShopdeskChat): string {
  const [id] = server.conversationIds();
  if (!id) throw new Error(`${chat.localName} has no conversation`);
  return id;
}

beforeEach(() => {
  localStorage.clear();
  server = new FakeChatTransport();
});

afterEach(() => {
  for (const chat of mounted.splice(0)) chat.remove();
});

describe('<shopdesk-chat>', () => {
  it('shows only a closed launcher until the visitor clicks it', async () => {
    const chat = await mount();
    expect(launcher(chat).getAttribute('aria-label')).toBe('Open chat');
    expect(launcher(chat).getAttribute('aria-expanded')).toBe('false');
    expect(dialog(chat)).toBeNull();
    expect(server.sessionCalls).toEqual([]);
  });

  it('opens a labelled dialog with the store greeting and puts the cursor in the composer', async () => {
    const chat = await mount();
    const opened = jest.fn();
    document.addEventListener('shopdesk-open', opened);
    await open(chat);
    document.removeEventListener('shopdesk-open', opened);

    const panel = dialog(chat)!;
    expect(panel.hidden).toBe(false);
    expect(shadow(chat).getElementById(panel.getAttribute('aria-labelledby')!)?.textContent).toBe('Luma');
    expect(bubbles(chat)).toEqual([FAKE_SETTINGS.greeting]);
    expect(shadow(chat).activeElement).toBe(composer(chat));
    expect(launcher(chat).getAttribute('aria-expanded')).toBe('true');
    expect(shadow(chat).querySelector('[role="log"]')?.getAttribute('aria-live')).toBe('polite');
    expect(opened).toHaveBeenCalledTimes(1);
    expect(server.sessionCalls).toEqual([{ publicKey: PUBLIC_KEY }]);
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const chat = await mount();
    await open(chat);
    const closed = jest.fn();
    chat.addEventListener('shopdesk-close', closed);

    await pressKey(composer(chat), 'Escape');

    expect(dialog(chat)?.hidden).toBe(true);
    expect(shadow(chat).activeElement).toBe(launcher(chat));
    expect(launcher(chat).getAttribute('aria-expanded')).toBe('false');
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('sends on Enter, shows the message on the visitor side and clears the composer', async () => {
    const chat = await mount();
    await open(chat);
    const send = shadow(chat).querySelector<HTMLButtonElement>('button.send')!;
    expect(send.disabled).toBe(true);

    await type(chat, 'Do you have the merino crew in medium?');
    expect(send.disabled).toBe(false);
    const enter = await pressKey(composer(chat), 'Enter');

    expect(enter.defaultPrevented).toBe(true);
    expect(server.sendCalls).toEqual([{ token: 'token-1', input: { text: 'Do you have the merino crew in medium?' } }]);
    expect(bubbles(chat, '.visitor')).toEqual(['You: Do you have the merino crew in medium?']);
    expect(composer(chat).value).toBe('');
  });

  it('sends with the send button too, and warns before the 4000 character limit', async () => {
    const chat = await mount();
    await open(chat);
    expect(composer(chat).maxLength).toBe(4000);
    await type(chat, 'x'.repeat(3900));
    expect(shadow(chat).querySelector('.counter')?.textContent).toBe('100 characters left');

    shadow(chat).querySelector<HTMLButtonElement>('button.send')!.click();
    await settle();
    expect(server.sendCalls.map((call) => call.input.text.length)).toEqual([3900]);
    expect(shadow(chat).querySelector('.counter')).toBeNull();
  });

  it('opens when the page asks before the element has rendered', async () => {
    const chat = document.createElement('shopdesk-chat');
    chat.setAttribute('public-key', PUBLIC_KEY);
    chat.createTransport = async () => server;
    document.body.append(chat);
    mounted.push(chat);
    chat.show();
    await settle();

    expect(dialog(chat)?.hidden).toBe(false);
    expect(server.sessionCalls).toEqual([{ publicKey: PUBLIC_KEY }]);
    expect(bubbles(chat)).toEqual([FAKE_SETTINGS.greeting]);
  });

  it('keeps Shift+Enter as a new line instead of sending', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'First line');
    const event = await pressKey(composer(chat), 'Enter', { shiftKey: true });
    expect(event.defaultPrevented).toBe(false);
    expect(server.sendCalls).toEqual([]);
  });

  it('renders the bot reply that arrives on the live feed and announces it', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Hello');
    await pressKey(composer(chat), 'Enter');
    const received: ChatMessage[] = [];
    chat.addEventListener('shopdesk-message', (event) => received.push(event.detail.message));
    server.connectFeeds();
    await settle();

    server.publish(conversationOf(chat), 'BOT', 'Hi! The merino crew is in stock in M.');
    await settle();

    expect(bubbles(chat, '.bot')).toEqual(['Assistant: Hi! The merino crew is in stock in M.']);
    expect(received.map((message) => message.text)).toEqual(['Hi! The merino crew is in stock in M.']);
  });

  it('keeps the visitor token and conversation so a reload shows the same conversation', async () => {
    const first = await mount();
    await open(first);
    await type(first, 'Is shipping free?');
    await pressKey(composer(first), 'Enter');
    const conversationId = conversationOf(first);
    server.publish(conversationId, 'BOT', 'Yes, over €80.');
    first.remove();

    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    expect(stored).toEqual({ token: 'token-1', visitorId: 'visitor-1', conversationId });

    const reloaded = await mount();
    await open(reloaded);
    expect(server.sessionCalls.at(-1)).toEqual({ publicKey: PUBLIC_KEY, visitorToken: 'token-1' });
    expect(bubbles(reloaded)).toEqual(['You: Is shipping free?', 'Assistant: Yes, over €80.']);
  });

  it('starts a fresh session when the stored token is refused', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ token: 'expired', visitorId: 'visitor-0', conversationId: 'old' }));
    const chat = await mount();
    await open(chat);

    expect(server.sessionCalls).toEqual([{ publicKey: PUBLIC_KEY, visitorToken: 'expired' }, { publicKey: PUBLIC_KEY }]);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toEqual({ token: 'token-1', visitorId: 'visitor-1' });
    expect(bubbles(chat)).toEqual([FAKE_SETTINGS.greeting]);
    expect(shadow(chat).querySelector('.notice')).toBeNull();
  });

  it('says it is reconnecting while the feed is down and shows what was missed once it is back', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Where is my order?');
    await pressKey(composer(chat), 'Enter');
    server.connectFeeds();
    await settle();

    server.dropFeeds();
    await chat.updateComplete;
    expect(shadow(chat).querySelector('[role="status"]')?.textContent).toContain('Reconnecting');

    server.storeQuietly(conversationOf(chat), 'AGENT', 'Hi, this is Sam. It ships today.');
    server.connectFeeds();
    await settle();

    expect(shadow(chat).querySelector('.notice')).toBeNull();
    expect(bubbles(chat, '.agent')).toEqual(['Team memberHi, this is Sam. It ships today.']);
  });

  it('shows that the chat is unreachable and lets the visitor try again', async () => {
    server.sessionError = new (await import('../connection/chat-api-error')).ChatApiError('NETWORK');
    const chat = await mount();
    await open(chat);
    const notice = shadow(chat).querySelector('.notice.error');
    expect(notice?.textContent).toContain('unavailable');

    server.sessionError = null;
    notice?.querySelector('button')?.click();
    await settle();
    expect(shadow(chat).querySelector('.notice')).toBeNull();
    expect(bubbles(chat)).toEqual([FAKE_SETTINGS.greeting]);
  });

  it('on a site its key is not enabled for, says so without a pointless retry and tells the site owner why in the console', async () => {
    const { ChatApiError } = await import('../connection/chat-api-error');
    server.sessionError = new ChatApiError('FORBIDDEN', 'This chat widget is not enabled for this website');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const chat = await mount();
      await open(chat);
      const notice = shadow(chat).querySelector('.notice.error');
      expect(notice?.textContent?.trim()).toBe('The chat is not available on this website.');
      expect(notice?.querySelector('button')).toBeNull();
      expect(composer(chat).disabled).toBe(true);
      expect(shadow(chat).querySelector('.cart-button')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`The widget key ${PUBLIC_KEY} is not enabled for ${location.origin}`));
    } finally {
      warn.mockRestore();
    }
  });

  it('takes the colour and side from the store settings', async () => {
    server.settings = { ...FAKE_SETTINGS, primaryColor: '#fde047', position: 'left' };
    const chat = await mount();
    await open(chat);
    const root = shadow(chat).querySelector<HTMLElement>('.root')!;
    expect(root.classList.contains('left')).toBe(true);
    expect(root.style.getPropertyValue('--sd-primary')).toBe('#fde047');
    // Light brand colour: dark text keeps the launcher icon readable.
    expect(root.style.getPropertyValue('--sd-on-primary')).toBe('#111827');
  });

  it('counts replies that arrive while closed on the launcher', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Thanks');
    await pressKey(composer(chat), 'Enter');
    launcher(chat).click();
    await settle();

    server.publish(conversationOf(chat), 'BOT', 'You are welcome!');
    await settle();
    expect(launcher(chat).getAttribute('aria-label')).toBe('Open chat, 1 unread');

    await open(chat);
    expect(launcher(chat).getAttribute('aria-label')).toBe('Close chat');
  });

  it('turns links in replies into safe links that open in a new tab', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Checkout please');
    await pressKey(composer(chat), 'Enter');
    server.publish(conversationOf(chat), 'BOT', 'Here you go: [Pay now](https://pay.example/abc). Or javascript:alert(1)');
    await settle();
    const links = [...shadow(chat).querySelectorAll<HTMLAnchorElement>('.bot a')];
    expect(links.map((a) => [a.textContent, a.href, a.target, a.rel])).toEqual([
      ['Pay now', 'https://pay.example/abc', '_blank', 'noopener noreferrer'],
    ]);
  });
});

describe('<shopdesk-chat> with a team member', () => {
  it('shows agent messages with their name, system notices in the visitor language, and the agent typing', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Hello');
    await pressKey(composer(chat), 'Enter');
    const conversationId = conversationOf(chat);
    server.publish(conversationId, 'SYSTEM', 'Alice from our team joined the conversation.', { systemEvent: 'AGENT_JOINED', authorName: 'Alice' });
    server.typing(conversationId, 'Alice', true);
    await settle();
    expect(shadow(chat).querySelector('.agent-typing')?.textContent).toContain('Alice is typing…');

    server.publish(conversationId, 'AGENT', 'How can I help?', { authorName: 'Alice' });
    await settle();
    expect(bubbles(chat, '.system')).toEqual(['Alice from our team joined the conversation.']);
    expect(bubbles(chat, '.agent')).toEqual(['AliceHow can I help?']);
    expect(shadow(chat).querySelector('.agent-typing')).toBeNull();

    await chat.setLocale('de');
    await settle();
    expect(bubbles(chat, '.system')).toEqual(['Alice aus unserem Team ist der Unterhaltung beigetreten.']);
    await chat.setLocale('en');
  });

  it('offers "Talk to a person" while the assistant answers, and hides it once asked', async () => {
    const chat = await mount();
    await open(chat);
    expect(shadow(chat).querySelector('.human')).toBeNull();
    await type(chat, 'Hello');
    await pressKey(composer(chat), 'Enter');
    server.publish(conversationOf(chat), 'BOT', 'Hi! How can I help?');
    await settle();
    const button = shadow(chat).querySelector<HTMLButtonElement>('.human')!;
    expect(button.textContent?.trim()).toBe('Talk to a person');
    button.click();
    await settle();
    expect(server.humanRequests).toEqual([conversationOf(chat)]);
    expect(shadow(chat).querySelector('.human')).toBeNull();
    expect(shadow(chat).querySelector('.subtitle')?.textContent).toBe('Waiting for a team member…');
  });
});

describe('<shopdesk-chat> after resolution', () => {
  it('asks for a rating once the conversation is resolved and thanks the visitor', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Hello');
    await pressKey(composer(chat), 'Enter');
    expect(shadow(chat).querySelector('.csat')).toBeNull();
    server.setStatus(conversationOf(chat), 'RESOLVED');
    await settle();
    const stars = [...shadow(chat).querySelectorAll<HTMLButtonElement>('.csat .star')];
    expect(stars.map((star) => star.getAttribute('aria-label'))).toEqual(['1 out of 5', '2 out of 5', '3 out of 5', '4 out of 5', '5 out of 5']);
    stars[3].click();
    await settle();
    expect(server.ratings).toEqual([{ conversationId: conversationOf(chat), score: 4 }]);
    expect(shadow(chat).querySelector('.csat')?.textContent).toBe('Thanks for your feedback!');
  });
});

describe('<shopdesk-chat> shopping', () => {
  function cartButton(chat: ShopdeskChat): HTMLButtonElement {
    return shadow(chat).querySelector<HTMLButtonElement>('.cart-button')!;
  }

  it('shows the assistant product cards under its reply, adds to the cart and counts it on the cart button', async () => {
    server.variants.set(HOODIE_M.variantId, { ...HOODIE_M });
    const chat = await mount();
    const carts: number[] = [];
    chat.addEventListener('shopdesk-cart', (event) => carts.push(event.detail.cart.itemCount));
    await open(chat);
    expect(cartButton(chat).getAttribute('aria-label')).toBe('Cart');
    await type(chat, 'show me hoodies');
    await pressKey(composer(chat), 'Enter');
    const [question] = server.messagesOf(conversationOf(chat));
    server.publish(conversationOf(chat), 'BOT', 'Here are our hoodies:', {
      inReplyTo: question.id,
      blocks: [{ __typename: 'ProductCardsBlock', products: [productCard('hoodie', 'Hero Hoodie')] }],
    });
    await settle();

    const blocks = shadow(chat).querySelector('.messages shopdesk-message-blocks')!;
    const card = blocks.shadowRoot!.querySelector('shopdesk-product-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await settle();

    expect(cartButton(chat).getAttribute('aria-label')).toBe('Cart (1)');
    expect(cartButton(chat).querySelector('.cart-count')?.textContent).toBe('1');
    expect(carts).toEqual([0, 1]);
  });

  it('opens the cart drawer over the conversation, keeps focus inside, and returns it to the cart button', async () => {
    const chat = await mount();
    await open(chat);
    cartButton(chat).click();
    await settle();

    const drawer = shadow(chat).querySelector('shopdesk-cart-drawer')!;
    expect(shadow(chat).querySelector('.panel-body')?.hasAttribute('inert')).toBe(true);
    expect(drawer.shadowRoot!.activeElement?.textContent).toBe('Cart');

    await pressKey(drawer.shadowRoot!.querySelector<HTMLButtonElement>('.close')!, 'Escape');

    expect(shadow(chat).querySelector('shopdesk-cart-drawer')).toBeNull();
    expect(dialog(chat)?.hidden).toBe(false);
    expect(shadow(chat).activeElement).toBe(cartButton(chat));
  });

  it('writes a streamed reply into a busy draft bubble that the final message replaces', async () => {
    const chat = await mount();
    await open(chat);
    await type(chat, 'Which hoodie is warmest?');
    await pressKey(composer(chat), 'Enter');
    server.connectFeeds();
    await settle();
    const [question] = server.messagesOf(conversationOf(chat));

    server.streamChunk(conversationOf(chat), question.id, 'The Hero Hoodie ');
    server.streamChunk(conversationOf(chat), question.id, 'is the warmest');
    await settle();
    const draft = shadow(chat).querySelector('.messages .draft')!;
    expect(draft.getAttribute('aria-busy')).toBe('true');
    expect(draft.textContent).toBe('Assistant: The Hero Hoodie is the warmest');
    expect(shadow(chat).querySelector('.typing')).toBeNull();

    server.publish(conversationOf(chat), 'BOT', 'The Hero Hoodie ($52) is the warmest.', { inReplyTo: question.id });
    await settle();

    expect(shadow(chat).querySelector('.messages .draft')).toBeNull();
    expect(bubbles(chat, '.bot')).toEqual(['Assistant: The Hero Hoodie ($52) is the warmest.']);
  });

  it('outside opening hours shows when the team is back and offers an email form instead of the queue', async () => {
    server.settings = { ...FAKE_SETTINGS, availability: { open: false, nextOpenAt: '2025-01-06T08:00:00.000Z', message: 'We are closed.' } };
    const chat = await mount();
    await open(chat);
    await type(chat, 'Hello');
    await pressKey(composer(chat), 'Enter');
    server.publish(conversationOf(chat), 'BOT', 'Hi! How can I help?');
    await settle();
    const notice = shadow(chat).querySelector('shopdesk-offline-notice')!;
    expect(notice.shadowRoot!.querySelector('.banner')?.textContent).toContain('We are closed.');

    shadow(chat).querySelector<HTMLButtonElement>('.human')!.click();
    await settle();

    expect(server.humanRequests).toEqual([]);
    expect(notice.shadowRoot!.querySelector('#contact-email')).not.toBeNull();

    server.publish(conversationOf(chat), 'SYSTEM', 'Thanks! Our team will answer at ada@example.test.', { systemEvent: 'CONTACT_LEFT' });
    await chat.setLocale('fr');
    await settle();
    expect(bubbles(chat, '.system')).toEqual(['Merci ! Notre équipe vous répondra par e-mail dès son retour.']);
    await chat.setLocale('en');
  });
});
