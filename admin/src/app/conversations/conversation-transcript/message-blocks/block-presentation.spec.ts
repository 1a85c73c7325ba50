import type { CheckoutLinkBlock, ProductCard } from '@shopdesk/shared';
import {
  imageUrlProblem,
  isExpired,
  isHttpsUrl,
  isOnSale,
  orderLink,
  orderStatusLabel,
  paymentMethodLabel,
  productLink,
  stockLabel,
  trackingLabel,
} from './block-presentation';

const product = (extra: Partial<ProductCard> = {}): ProductCard => ({
  productId: 'p1',
  name: 'Joust Duffle Bag',
  price: 34,
  compareAtPrice: null,
  currency: 'USD',
  imageUrl: null,
  url: null,
  rating: null,
  inStock: true,
  variants: [],
  ...extra,
});

const variant = (variantId: string, available: number) => ({ variantId, label: variantId, price: 34, available });

const checkoutLink = (extra: Partial<CheckoutLinkBlock> = {}): CheckoutLinkBlock => ({
  __typename: 'CheckoutLinkBlock',
  orderNumber: '1042',
  total: 68,
  currency: 'USD',
  paymentUrl: 'https://pay.example.com/s/1',
  expiresAt: '2025-01-01T13:00:00.000Z',
  ...extra,
});

describe('product cards', () => {
  it('tells staff what stock the visitor was shown', () => {
    expect(stockLabel(product())).toBe('In stock');
    expect(stockLabel(product({ inStock: false, variants: [variant('S', 0)] }))).toBe('Out of stock');
    expect(stockLabel(product({ variants: [variant('S', 2), variant('M', 5)] }))).toBe('In stock · 2 options');
    expect(stockLabel(product({ variants: [variant('S', 2), variant('M', 0), variant('L', 1)] }))).toBe('In stock · 2 of 3 options');
  });

  it('shows a sale only when the regular price is higher', () => {
    expect(isOnSale(product({ compareAtPrice: 40 }))).toBe(true);
    expect(isOnSale(product({ compareAtPrice: 34 }))).toBe(false);
    expect(isOnSale(product())).toBe(false);
  });

  it('links to the product page in the admin', () => {
    expect(productLink(product({ productId: 'abc' }))).toEqual(['/products', 'abc']);
  });
});

describe('order cards', () => {
  it('link to the order list searched by the order number', () => {
    expect(orderLink('1042')).toEqual({ commands: ['/orders'], queryParams: { q: '1042' } });
  });

  it('name the status in words and the tracking when there is any', () => {
    expect(orderStatusLabel('AWAITING_PAYMENT')).toBe('Awaiting payment');
    expect(trackingLabel({ carrier: 'UPS', trackingNumber: '1Z999' })).toBe('UPS 1Z999');
    expect(trackingLabel({ carrier: null, trackingNumber: '1Z999' })).toBe('1Z999');
    expect(trackingLabel({ carrier: null, trackingNumber: null })).toBeNull();
  });
});

describe('payment links', () => {
  it('say "manual payment" when the store has no payment link', () => {
    expect(paymentMethodLabel(checkoutLink())).toBe('Payment link');
    expect(paymentMethodLabel(checkoutLink({ paymentUrl: null }))).toBe('Manual payment');
  });

  it('expire at their expiry time', () => {
    const expiry = Date.parse('2025-01-01T13:00:00.000Z');
    expect(isExpired(checkoutLink(), expiry - 1)).toBe(false);
    expect(isExpired(checkoutLink(), expiry)).toBe(true);
  });
});

describe('image addresses', () => {
  it('accept https only', () => {
    expect(isHttpsUrl('https://cdn.example.com/a.png')).toBe(true);
    expect(isHttpsUrl('http://cdn.example.com/a.png')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });

  it('explain what to fix before sending', () => {
    expect(imageUrlProblem(' https://cdn.example.com/a.png ')).toBeNull();
    expect(imageUrlProblem('')).toMatch(/Enter the address/);
    expect(imageUrlProblem('http://cdn.example.com/a.png')).toMatch(/https:\/\//);
    expect(imageUrlProblem('cdn.example.com/a.png')).toMatch(/not a web address/);
  });
});
