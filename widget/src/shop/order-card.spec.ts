import type { OrderCardBlock } from '@shopdesk/shared';
import { buttonByText, mountElement, shadowOf, unmountElements } from '../testing/mount-element';
import { settle } from '../testing/settle';
import { startShop, type ShopHarness } from '../testing/shop-harness';
import './shop-elements';

const ORDER: OrderCardBlock = {
  __typename: 'OrderCardBlock',
  number: 'K7M2-9QXD',
  status: 'PAID',
  total: 109,
  currency: 'USD',
  carrier: 'UPS',
  trackingNumber: '1Z999',
  createdAt: '2025-01-01T12:00:00.000Z',
  canCancel: true,
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

describe('<shopdesk-order-card>', () => {
  it('shows the number, a status chip, the total and tracking, without a cancel button when cancelling is not allowed', async () => {
    const card = await mountElement('shopdesk-order-card', { order: { ...ORDER, canCancel: false }, shop: harness.shop });
    const root = shadowOf(card);

    expect(root.querySelector('h3')?.textContent).toBe('Order K7M2-9QXD');
    expect(root.querySelector('.chip')?.textContent).toBe('Paid');
    expect([...root.querySelectorAll('dd')].map((dd) => dd.textContent?.trim())).toEqual(['$109.00', 'UPS 1Z999']);
    expect(root.querySelector('button')).toBeNull();
  });

  it('asks before cancelling, returns focus when the visitor keeps the order, and cancels on confirmation', async () => {
    harness.server.orders.set(ORDER.number, { cancellable: true });
    const card = await mountElement('shopdesk-order-card', { order: ORDER, shop: harness.shop });
    const root = shadowOf(card);

    buttonByText(root, 'Cancel order').click();
    await settle();
    expect(root.querySelector('.confirm')?.textContent).toBe('Cancel order K7M2-9QXD? This cannot be undone.');
    expect(root.activeElement?.textContent?.trim()).toBe('Keep the order');

    buttonByText(root, 'Keep the order').click();
    await settle();
    expect(root.activeElement?.textContent?.trim()).toBe('Cancel order');
    expect(harness.server.orders.get(ORDER.number)).toEqual({ cancellable: true });

    buttonByText(root, 'Cancel order').click();
    await settle();
    buttonByText(root, 'Yes, cancel it').click();
    await settle();

    expect(root.querySelector('.chip')?.textContent).toBe('Cancelled');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('The order was cancelled.');
    expect(harness.server.orders.get(ORDER.number)).toEqual({ cancellable: false });
  });

  it('hands over to the assistant when the server does not know the visitor placed the order', async () => {
    const card = await mountElement('shopdesk-order-card', { order: ORDER, shop: harness.shop });
    const root = shadowOf(card);

    buttonByText(root, 'Cancel order').click();
    await settle();
    buttonByText(root, 'Yes, cancel it').click();
    await settle(10);

    expect(harness.server.sendCalls.map((call) => call.input.text)).toEqual(['cancel order K7M2-9QXD']);
    expect(root.querySelector('.chip')?.textContent).toBe('Paid');
  });

  it('explains a refused cancellation', async () => {
    harness.server.orders.set(ORDER.number, { cancellable: false });
    const card = await mountElement('shopdesk-order-card', { order: ORDER, shop: harness.shop });
    const root = shadowOf(card);

    buttonByText(root, 'Cancel order').click();
    await settle();
    buttonByText(root, 'Yes, cancel it').click();
    await settle();

    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This order cannot be changed any more.');
  });
});
