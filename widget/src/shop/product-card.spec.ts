import type { ProductCard } from '@shopdesk/shared';
import { buttonByText, mountElement, shadowOf, unmountElements } from '../testing/mount-element';
import { settle } from '../testing/settle';
import { HOODIE_L, HOODIE_M, startShop, type ShopHarness } from '../testing/shop-harness';
import './shop-elements';

const HOODIE: ProductCard = {
  productId: 'hoodie',
  name: 'Hero Hoodie',
  price: 52,
  compareAtPrice: 65,
  currency: 'USD',
  imageUrl: 'https://cdn.example.test/hoodie.jpg',
  url: 'https://luma.example.test/hero-hoodie',
  rating: 4.5,
  inStock: true,
  variants: [
    { variantId: HOODIE_M.variantId, label: 'M / Grey', price: 52, available: 3 },
    { variantId: HOODIE_L.variantId, label: 'L / Grey', price: 54, available: 0 },
  ],
};

let harness: ShopHarness;

beforeEach(() => {
  localStorage.clear();
  harness = startShop();
});

afterEach(() => {
  unmountElements();
  harness.stop();
});

describe('<shopdesk-product-card>', () => {
  it('shows the picture, price against the old price, stock, rating and a link to the product page', async () => {
    const card = await mountElement('shopdesk-product-card', { product: HOODIE, shop: harness.shop });
    const root = shadowOf(card);

    const image = root.querySelector('img')!;
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(root.querySelector('.price')?.textContent).toBe('$52.00');
    expect(root.querySelector('s.compare')?.textContent).toBe('$65.00');
    expect(root.querySelector('.prices .visually-hidden')?.textContent).toBe('was $65.00');
    expect(root.querySelector('.stock')?.textContent).toBe('In stock');
    expect(root.querySelector('.rating + .visually-hidden')?.textContent).toBe('Rated 4.5 out of 5');
    const link = root.querySelector('a')!;
    expect(link.href).toBe(HOODIE.url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('offers the variants with sold-out ones disabled, and adds the chosen one to the cart', async () => {
    const card = await mountElement('shopdesk-product-card', { product: HOODIE, shop: harness.shop });
    const root = shadowOf(card);
    const select = root.querySelector('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Option');
    expect([...select.options].map((option) => [option.textContent?.trim(), option.disabled])).toEqual([
      ['M / Grey', false],
      ['L / Grey (Out of stock)', true],
    ]);

    buttonByText(root, 'Add to cart').click();
    await settle();

    expect(harness.shop.cart?.lines.map((line) => [line.variantId, line.quantity])).toEqual([[HOODIE_M.variantId, 1]]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Added to your cart.');
  });

  it('says in words why a product could not be added', async () => {
    harness.server.variants.get(HOODIE_M.variantId)!.available = 0;
    const card = await mountElement('shopdesk-product-card', { product: HOODIE, shop: harness.shop });

    buttonByText(shadowOf(card), 'Add to cart').click();
    await settle();

    expect(shadowOf(card).querySelector('.feedback.error')?.textContent).toBe('There is not enough stock for that quantity.');
    expect(harness.shop.cart?.itemCount ?? 0).toBe(0);
  });

  it('cannot be added when nothing is in stock, and has no variant choice for a single variant', async () => {
    const soldOut: ProductCard = { ...HOODIE, inStock: false, compareAtPrice: null, variants: [{ ...HOODIE.variants[1] }] };
    const card = await mountElement('shopdesk-product-card', { product: soldOut, shop: harness.shop });
    const root = shadowOf(card);

    expect(root.querySelector('select')).toBeNull();
    expect(root.querySelector('s.compare')).toBeNull();
    expect(root.querySelector('.stock')?.textContent).toBe('Out of stock');
    expect(buttonByText(root, 'Add to cart').disabled).toBe(true);
  });
});
