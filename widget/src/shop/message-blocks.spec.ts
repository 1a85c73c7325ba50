import type { MessageBlock } from '@shopdesk/shared';
import { buttonByText, mountElement, shadowOf, unmountElements } from '../testing/mount-element';
import { settle } from '../testing/settle';
import { productCard, startShop, type ShopHarness } from '../testing/shop-harness';
import './shop-elements';

const BLOCKS: MessageBlock[] = [
  { __typename: 'ProductCardsBlock', products: [productCard('p1', 'Hero Hoodie'), productCard('p2', 'Mach Street Sweatshirt')] },
  { __typename: 'QuickRepliesBlock', replies: [{ label: 'Show cheaper ones', text: 'Show me cheaper hoodies' }] },
  { __typename: 'ImageBlock', url: 'https://cdn.example.test/size-chart.png', alt: 'Size chart' },
  { __typename: 'ImageBlock', url: 'http://tracker.example.test/pixel.gif', alt: null },
  {
    __typename: 'CheckoutLinkBlock',
    orderNumber: 'K7M2-9QXD',
    total: 57,
    currency: 'USD',
    paymentUrl: 'https://pay.example.test/s/1',
    expiresAt: '2025-01-02T12:00:00.000Z',
  },
];

let harness: ShopHarness;

beforeEach(() => {
  localStorage.clear();
  harness = startShop();
});

afterEach(() => {
  unmountElements();
  harness.stop();
});

describe('<shopdesk-message-blocks>', () => {
  it('lays several products out as a keyboard-scrollable carousel of cards', async () => {
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: BLOCKS, shop: harness.shop });
    const carousel = shadowOf(blocks).querySelector<HTMLElement>('.carousel')!;

    expect(carousel.getAttribute('role')).toBe('group');
    expect(carousel.getAttribute('aria-label')).toBe('Products');
    expect(carousel.tabIndex).toBe(0);
    const cards = [...carousel.querySelectorAll('shopdesk-product-card')];
    expect(cards.map((card) => card.product?.name)).toEqual(['Hero Hoodie', 'Mach Street Sweatshirt']);

    carousel.scrollBy = jest.fn();
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true });
    carousel.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    expect(carousel.scrollBy).toHaveBeenCalledWith(expect.objectContaining({ left: expect.any(Number) }));
  });

  it('sends a quick reply as the visitor, and hides the replies once answered', async () => {
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: BLOCKS, shop: harness.shop });
    const root = shadowOf(blocks);

    buttonByText(root, 'Show cheaper ones').click();
    await settle(10);
    expect(harness.server.sendCalls.map((call) => call.input.text)).toEqual(['Show me cheaper hoodies']);

    blocks.answered = true;
    await blocks.updateComplete;
    expect(root.querySelector('.replies')).toBeNull();
  });

  it('shows https images only, lazily, with their alt text', async () => {
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: BLOCKS, shop: harness.shop });
    const images = [...shadowOf(blocks).querySelectorAll<HTMLImageElement>('img.picture')];

    expect(images.map((image) => [image.src, image.alt, image.getAttribute('loading')])).toEqual([
      ['https://cdn.example.test/size-chart.png', 'Size chart', 'lazy'],
    ]);
  });

  it('says so again when a picture has loaded, so the conversation can scroll to its full height', async () => {
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: BLOCKS, shop: harness.shop });
    let announced = 0;
    blocks.addEventListener('shopdesk-blocks-rendered', () => announced++);
    shadowOf(blocks).querySelector<HTMLImageElement>('img.picture')!.dispatchEvent(new Event('load'));

    expect(announced).toBe(1);
  });

  it('shows a payment button that opens the provider in a new tab, with the expiry', async () => {
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: BLOCKS, shop: harness.shop });
    const pay = shadowOf(blocks).querySelector<HTMLAnchorElement>('.payment a')!;

    expect(pay.textContent).toBe('Pay $57.00 (opens in a new tab)');
    expect(pay.href).toBe('https://pay.example.test/s/1');
    expect(pay.target).toBe('_blank');
    expect(pay.rel).toContain('noopener');
    expect(shadowOf(blocks).querySelector('.payment .note')?.textContent).toMatch(/^The payment link is valid until Jan 2, 2025/);
  });

  it('says a payment plan charges its first instalment now, and what the order comes to', async () => {
    const planned = { ...(BLOCKS[4] as Extract<MessageBlock, { __typename: 'CheckoutLinkBlock' }>), total: 150, dueNow: 50, instalmentCount: 3 };
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: [planned], shop: harness.shop });
    const notes = [...shadowOf(blocks).querySelectorAll('.payment .note')].map((note) => note.textContent);

    expect(shadowOf(blocks).querySelector('.payment a')?.textContent).toBe('Pay $50.00 now (opens in a new tab)');
    expect(notes[0]).toBe("First of 3 instalments; $150.00 in all. We'll send links for the rest.");
    expect(notes[1]).toMatch(/^The payment link is valid until Jan 2, 2025/);
  });

  it('asks for the whole total when the order is paid in one go, as blocks stored before plans are', async () => {
    const whole = { ...(BLOCKS[4] as Extract<MessageBlock, { __typename: 'CheckoutLinkBlock' }>), dueNow: null, instalmentCount: null };
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: [whole, BLOCKS[4]], shop: harness.shop });

    expect([...shadowOf(blocks).querySelectorAll('.payment a')].map((a) => a.textContent)).toEqual(['Pay $57.00 (opens in a new tab)', 'Pay $57.00 (opens in a new tab)']);
    expect(shadowOf(blocks).textContent).not.toContain('instalments');
  });

  it('tells the visitor the store will be in touch when it takes payment by hand', async () => {
    const manual: MessageBlock = { ...(BLOCKS[4] as Extract<MessageBlock, { __typename: 'CheckoutLinkBlock' }>), paymentUrl: null };
    const blocks = await mountElement('shopdesk-message-blocks', { blocks: [manual], shop: harness.shop });

    expect(shadowOf(blocks).querySelector('.payment a')).toBeNull();
    expect(shadowOf(blocks).querySelector('.payment .note')?.textContent).toBe('The store will contact you about payment.');
  });
});
