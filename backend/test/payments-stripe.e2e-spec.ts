// Boots a server against a loopback Stripe and imports a catalog.
jest.setTimeout(60_000);

import { createWidgetKey } from './support/chat-fixtures';
import { FAKE_STRIPE_KEY, FAKE_WEBHOOK_SECRET, FakeStripeServer } from './support/fake-stripe-server';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import {
  ADD_TO_CART,
  CHECKOUT,
  CustomerOrderShape,
  eventually,
  MARK_PAID,
  newShopper,
  ORDER,
  ORDERS,
  OrderShape,
  REFUND,
  Result,
  seedProducts,
  stockOf,
  TRACK,
} from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface CheckoutLinkShape {
  paymentUrl: string | null;
  expiresAt: string;
  provider: string;
  order: CustomerOrderShape;
}

interface OrderDetail extends OrderShape {
  events: Array<{ type: string; toStatus: string | null; actorKind: string; message: string }>;
  payments: Array<{ provider: string; status: string; amount: number; refunded: number; externalId: string | null }>;
}

describe('payments: Stripe checkout links and webhooks', () => {
  let t: TestApp;
  let stripe: FakeStripeServer;
  let store: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stripe = await new FakeStripeServer().start();
    t = await startTestApp({ env: { STRIPE_SECRET_KEY: FAKE_STRIPE_KEY, STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET, STRIPE_API_URL: stripe.url } });
    store = await signUpStore(t.client(), 'Card Shop');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [
      { sku: 'JACKET', name: 'Rain jacket', price: 150, stock: 20 },
      { sku: 'LAST-ONE', name: 'Sample sale bag', price: 60, stock: 1 },
    ]);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  const orderByNumber = async (number: string): Promise<OrderDetail> => {
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: { id: string } }> } }>(ORDERS, { filter: { search: number } });
    return (await store.client.ok<{ order: OrderDetail }>(ORDER, { id: orders.edges[0].node.id })).order;
  };
  const buy = async (sku: string, quantity = 1): Promise<{ shopper: GraphQLClient; link: CheckoutLinkShape; sessionId: string }> => {
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids[sku], quantity } });
    const result = (await shopper.ok<{ checkout: Result<CheckoutLinkShape> }>(CHECKOUT, { input: { email: 'card@example.com', name: 'Card Holder' } })).checkout;
    if (result.__typename !== 'CheckoutLink') throw new Error(JSON.stringify(result));
    const link = result as CheckoutLinkShape;
    return { shopper, link, sessionId: stripe.sessionByOrderNumber(link.order.number).id };
  };

  it('takes a cart to a Stripe Checkout link and a signed webhook to a paid order whose stock is sold', async () => {
    const before = await stockOf(store.client, ids['JACKET']);
    const { shopper, link, sessionId } = await buy('JACKET', 2);
    const session = stripe.sessions.get(sessionId)!;
    expect(link).toMatchObject({ provider: 'stripe', paymentUrl: session.url, order: { status: 'AWAITING_PAYMENT', total: 300, paymentUrl: session.url } });
    expect(session).toMatchObject({ amount_total: 30000, customer_email: 'card@example.com', metadata: { order_number: link.order.number } });
    expect(session.line_items).toEqual([{ quantity: 2, price_data: { currency: 'usd', unit_amount: 15000, product_data: { name: 'Rain jacket' } } }]);
    expect(session.success_url).toContain(`shopdesk_order=${link.order.number}`);
    // Valid for about an hour by default.
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(55 * 60_000);

    const { completed, intentSucceeded } = stripe.pay(sessionId);
    expect(await stripe.deliver(t.url, completed)).toMatchObject({ status: 200, body: { outcome: 'paid: applied' } });
    expect((await stripe.deliver(t.url, intentSucceeded)).body.outcome).toBe('paid: already_paid');

    const order = await orderByNumber(link.order.number);
    expect(order).toMatchObject({ status: 'PAID', paymentState: 'paid', paid: 300 });
    expect(order.payments).toEqual([expect.objectContaining({ provider: 'stripe', status: 'succeeded', amount: 300, externalId: sessionId })]);
    expect(order.events.find((e) => e.type === 'paid')).toMatchObject({ actorKind: 'system', toStatus: 'PAID' });
    expect(await stockOf(store.client, ids['JACKET'])).toEqual({ onHand: before.onHand - 2, reserved: before.reserved, available: before.available - 2 });
    const tracked = (await shopper.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number: link.order.number } })).trackOrder as CustomerOrderShape;
    expect(tracked).toMatchObject({ status: 'PAID', paymentUrl: null });
  });

  it('rejects forged, tampered, unsigned and replayed-old webhooks before reading them', async () => {
    const { link, sessionId } = await buy('JACKET');
    const { completed } = stripe.pay(sessionId);
    const body = JSON.stringify(completed);
    const tampered = body.replace('"payment_status":"paid"', '"payment_status":"paid" ');
    const goodSignature = new (await import('stripe')).default(FAKE_STRIPE_KEY).webhooks.generateTestHeaderString({ payload: body, secret: FAKE_WEBHOOK_SECRET });

    expect((await stripe.deliver(t.url, completed, { secret: 'whsec_guessed' })).status).toBe(400);
    expect((await stripe.deliver(t.url, completed, { body: tampered, signature: goodSignature })).status).toBe(400);
    expect((await stripe.deliver(t.url, completed, { signature: '' })).status).toBe(400);
    expect((await stripe.deliver(t.url, completed, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    const notJson = await fetch(`${t.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'text/plain', 'stripe-signature': 't=1,v1=00' }, body: 'hello' });
    expect(notJson.status).toBe(400);
    expect((await orderByNumber(link.order.number)).status).toBe('AWAITING_PAYMENT');

    expect((await stripe.deliver(t.url, completed)).status).toBe(200);
    expect((await orderByNumber(link.order.number)).status).toBe('PAID');
  });

  it('applies an event once however often it is delivered, even all at once', async () => {
    const { link, sessionId } = await buy('JACKET');
    const { completed } = stripe.pay(sessionId);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => stripe.deliver(t.url, completed)));
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200, 200, 200]);
    expect(outcomes.map((o) => o.body.outcome).sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'paid: applied']);
    expect((await stripe.deliver(t.url, completed)).body.outcome).toBe('duplicate');
    const order = await orderByNumber(link.order.number);
    expect(order.events.filter((e) => e.type === 'paid')).toHaveLength(1);
    expect(order.paid).toBe(150);
  });

  it('accepts events in any order: intent before session, and a stray expiry after payment', async () => {
    const { link, sessionId } = await buy('JACKET');
    const { completed, intentSucceeded } = stripe.pay(sessionId);
    const expired = stripe.event('checkout.session.expired', { ...completed.data.object, status: 'expired' });
    expect((await stripe.deliver(t.url, intentSucceeded)).body.outcome).toBe('paid: applied');
    expect((await stripe.deliver(t.url, expired)).body.outcome).toBe('ignored: payment already succeeded');
    expect((await stripe.deliver(t.url, completed)).body.outcome).toBe('paid: already_paid');
    const order = await orderByNumber(link.order.number);
    expect(order.status).toBe('PAID');
    // The intent id arrived with the first event, so refunds can go through it.
    const refund = (await store.client.ok<{ refundOrder: Result<OrderShape> }>(REFUND, { input: { orderId: order.id, amount: 10 } })).refundOrder;
    expect(refund).toMatchObject({ paymentState: 'partially_refunded', refunded: 10 });
  });

  it('releases the stock when the payment link expires unpaid', async () => {
    const before = await stockOf(store.client, ids['JACKET']);
    const { link, sessionId } = await buy('JACKET', 3);
    expect((await stockOf(store.client, ids['JACKET'])).available).toBe(before.available - 3);
    expect((await stripe.deliver(t.url, stripe.expire(sessionId))).body.outcome).toBe('expired: order cancelled');
    expect(await stockOf(store.client, ids['JACKET'])).toEqual(before);
    const order = await orderByNumber(link.order.number);
    expect(order).toMatchObject({ status: 'CANCELLED' });
    expect(order.events.map((e) => e.type)).toContain('payment_expired');
  });

  it('takes a late payment for an expired order while the stock is still there', async () => {
    const before = await stockOf(store.client, ids['JACKET']);
    const { link, sessionId } = await buy('JACKET');
    const lateCompletion = stripe.pay(sessionId).completed;
    await stripe.deliver(t.url, stripe.event('checkout.session.expired', { ...lateCompletion.data.object, status: 'expired', payment_status: 'unpaid' }));
    expect((await orderByNumber(link.order.number)).status).toBe('CANCELLED');

    expect((await stripe.deliver(t.url, lateCompletion)).body.outcome).toBe('paid: applied');
    const order = await orderByNumber(link.order.number);
    expect(order.status).toBe('PAID');
    expect(order.events.find((e) => e.type === 'paid')?.message).toMatch(/after the order was cancelled/);
    expect(await stockOf(store.client, ids['JACKET'])).toEqual({ onHand: before.onHand - 1, reserved: before.reserved, available: before.available - 1 });
  });

  it('refunds a late payment automatically when the last unit went to someone else meanwhile', async () => {
    const first = await buy('LAST-ONE');
    const lateCompletion = stripe.pay(first.sessionId).completed;
    await stripe.deliver(t.url, stripe.event('checkout.session.expired', { ...lateCompletion.data.object, status: 'expired', payment_status: 'unpaid' }));
    const second = await buy('LAST-ONE');
    expect((await stripe.deliver(t.url, stripe.pay(second.sessionId).completed)).body.outcome).toBe('paid: applied');

    expect((await stripe.deliver(t.url, lateCompletion)).body.outcome).toBe('paid: refund');
    const refunded = await eventually(
      () => orderByNumber(first.link.order.number),
      (o) => o.refunded === 60,
    );
    expect(refunded).toMatchObject({ status: 'CANCELLED', paymentState: 'refunded', paid: 60 });
    expect(stripe.refunds.filter((r) => r.payment_intent === stripe.sessions.get(first.sessionId)!.payment_intent)).toEqual([expect.objectContaining({ amount: 6000 })]);
    expect(await stockOf(store.client, ids['LAST-ONE'])).toEqual({ onHand: 0, reserved: 0, available: 0 });
  });

  it('refunds in part and in full through Stripe, restocking on request, never more than was paid', async () => {
    const before = await stockOf(store.client, ids['JACKET']);
    const { link, sessionId } = await buy('JACKET', 2);
    await stripe.deliver(t.url, stripe.pay(sessionId).completed);
    const { id } = await orderByNumber(link.order.number);
    const intent = stripe.sessions.get(sessionId)!.payment_intent;

    const part = (await store.client.ok<{ refundOrder: Result<OrderShape> }>(REFUND, { input: { orderId: id, amount: 50 } })).refundOrder;
    expect(part).toMatchObject({ status: 'PAID', paymentState: 'partially_refunded', refunded: 50 });
    const tooMuch = (await store.client.ok<{ refundOrder: Result<OrderShape> }>(REFUND, { input: { orderId: id, amount: 251 } })).refundOrder;
    expect(tooMuch).toMatchObject({ __typename: 'RefundTooLargeError', code: 'REFUND_TOO_LARGE' });

    const rest = (await store.client.ok<{ refundOrder: Result<OrderShape> }>(REFUND, { input: { orderId: id, restock: true } })).refundOrder;
    expect(rest).toMatchObject({ status: 'REFUNDED', paymentState: 'refunded', refunded: 300 });
    expect(stripe.refunds.filter((r) => r.payment_intent === intent).map((r) => r.amount)).toEqual([5000, 25000]);
    expect(await stockOf(store.client, ids['JACKET'])).toEqual(before);
  });

  it('records refunds made in the Stripe dashboard from charge.refunded, once per event, without counting its own refunds twice', async () => {
    const { link, sessionId } = await buy('JACKET', 2);
    await stripe.deliver(t.url, stripe.pay(sessionId).completed);
    const { id } = await orderByNumber(link.order.number);

    const dashboardRefund = stripe.refundInDashboard(sessionId, 5000);
    expect(await stripe.deliver(t.url, dashboardRefund)).toMatchObject({ status: 200, body: { outcome: 'refunded: 5000' } });
    expect((await stripe.deliver(t.url, dashboardRefund)).body.outcome).toBe('duplicate');
    let order = await orderByNumber(link.order.number);
    expect(order).toMatchObject({ status: 'PAID', paymentState: 'partially_refunded', refunded: 50 });
    expect(order.payments).toEqual([expect.objectContaining({ status: 'succeeded', refunded: 50 })]);
    expect(order.events.filter((e) => e.type === 'refunded')).toEqual([expect.objectContaining({ actorKind: 'system', message: 'Refunded in Stripe: 50.00 USD' })]);

    // A refund staff make here is already counted when Stripe reports it.
    await store.client.ok(REFUND, { input: { orderId: id, amount: 100 } });
    expect((await stripe.deliver(t.url, stripe.chargeRefunded(sessionId))).body.outcome).toBe('ignored: refund already recorded');
    expect((await orderByNumber(link.order.number)).refunded).toBe(150);

    expect((await stripe.deliver(t.url, stripe.refundInDashboard(sessionId, 15000))).body.outcome).toBe('refunded: 15000');
    order = await orderByNumber(link.order.number);
    expect(order).toMatchObject({ status: 'REFUNDED', paymentState: 'refunded', refunded: 300 });
    expect(order.events.filter((e) => e.type === 'refunded').map((e) => e.message)).toEqual(['Refunded in Stripe: 50.00 USD', 'Refunded 100.00 USD (Refund)', 'Refunded in Stripe: 150.00 USD']);
  });

  it('closes the card link when staff confirm a payment by hand, and refunds a card payment that slips through', async () => {
    const { link, sessionId } = await buy('JACKET');
    const { id } = await orderByNumber(link.order.number);
    const paid = (await store.client.ok<{ markOrderPaid: Result<OrderShape> }>(MARK_PAID, { id })).markOrderPaid;
    expect(paid).toMatchObject({ status: 'PAID', paid: 150 });
    await eventually(async () => stripe.sessions.get(sessionId)!.status, (status) => status === 'expired');

    // The shopper had the page open and paid anyway.
    const session = stripe.sessions.get(sessionId)!;
    session.status = 'open';
    expect((await stripe.deliver(t.url, stripe.pay(sessionId).completed)).body.outcome).toBe('paid: refund');
    const order = await eventually(
      () => orderByNumber(link.order.number),
      (o) => o.refunded === 150,
    );
    expect(order).toMatchObject({ status: 'PAID', paid: 300, refunded: 150, paymentState: 'partially_refunded' });
    expect(order.payments.map((p) => [p.provider, p.status, p.refunded])).toEqual([
      ['stripe', 'succeeded', 150],
      ['manual', 'succeeded', 0],
    ]);
  });

  it('cancels the order and frees the stock when Stripe cannot create the link', async () => {
    const before = await stockOf(store.client, ids['JACKET']);
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['JACKET'], quantity: 1 } });
    // The client retries once; both attempts fail.
    stripe.failNext = 2;
    const result = (await shopper.ok<{ checkout: Result<CheckoutLinkShape> }>(CHECKOUT, { input: { email: 'down@example.com' } })).checkout;
    expect(result).toMatchObject({ __typename: 'PaymentUnavailableError', code: 'PAYMENT_PROVIDER_UNAVAILABLE' });
    expect(await stockOf(store.client, ids['JACKET'])).toEqual(before);
  });

  it('lets a second store neither read, refund nor pay the first store’s orders', async () => {
    const { link, sessionId } = await buy('JACKET');
    const order = await orderByNumber(link.order.number);
    const other = await signUpStore(t.client(), 'Other Card Shop');
    expect(errorCode(await other.client.request(ORDER, { id: order.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(REFUND, { input: { orderId: order.id } }))).toBe('NOT_FOUND');

    // A correctly signed event that points the first store's payment at another store changes nothing.
    const { completed } = stripe.pay(sessionId);
    const session = completed.data.object as unknown as { metadata: Record<string, string> };
    const redirected = stripe.event('checkout.session.completed', { ...completed.data.object, metadata: { ...session.metadata, tenant_id: other.tenantId } });
    expect((await stripe.deliver(t.url, redirected)).body.outcome).toBe('ignored: unknown payment');
    expect((await orderByNumber(link.order.number)).status).toBe('AWAITING_PAYMENT');
  });
});

describe('payments: without a webhook secret', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 404 to every webhook: nothing unsigned is ever applied', async () => {
    const res = await fetch(`${t.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":"evt_1"}' });
    expect(res.status).toBe(404);
  });
});
