// Each suite boots a server on a fresh database and imports a catalog.
jest.setTimeout(60_000);

import { addTeamMember, createWidgetKey, SEND } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import {
  ADD_TO_CART,
  ADVANCE,
  APPLY_DISCOUNT,
  CANCEL,
  CANCEL_MINE,
  CART,
  CartShape,
  CHECKOUT,
  CREATE_DISCOUNT,
  CustomerOrderShape,
  eventually,
  MARK_PAID,
  MY_ORDERS,
  newShopper,
  ORDER,
  ORDERS,
  OrderShape,
  Result,
  seedProducts,
  SHIP,
  stockOf,
  TRACK,
  UPDATE_CART_ITEM,
  UPDATE_SETTINGS,
} from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface CheckoutLinkShape {
  paymentUrl: string | null;
  provider: string;
  order: CustomerOrderShape;
}

describe('orders: carts, checkout and the order lifecycle (manual payments)', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Trail Shop');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [
      { sku: 'TENT-2P', name: 'Two-person tent', price: 120, stock: 5 },
      { sku: 'MUG-TI', name: 'Titanium mug', price: 25, stock: 50 },
      { sku: 'LAMP-1', name: 'Head lamp', price: 40, stock: 3 },
    ]);
    await store.client.ok(UPDATE_SETTINGS, { input: { taxRatePercent: 10, flatShipping: 7.5, freeShippingOver: 100 } });
  });
  afterAll(() => t.close());

  const shopper = () => newShopper(t.url, publicKey);
  const add = async (c: GraphQLClient, sku: string, quantity = 1) =>
    (await c.ok<{ addToCart: Result<CartShape> }>(ADD_TO_CART, { input: { variantId: ids[sku], quantity } })).addToCart;
  const checkout = async (c: GraphQLClient, email = 'ana@example.com') =>
    (await c.ok<{ checkout: Result<CheckoutLinkShape> }>(CHECKOUT, { input: { email, name: 'Ana' } })).checkout;
  const placeOrder = async (sku: string, quantity = 1, email = 'ana@example.com') => {
    const c = await shopper();
    expect((await add(c, sku, quantity)).__typename).toBe('Cart');
    const link = await checkout(c, email);
    if (link.__typename !== 'CheckoutLink') throw new Error(JSON.stringify(link));
    const number = (link as CheckoutLinkShape).order.number;
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } });
    return { shopper: c, number, order: orders.edges[0].node };
  };

  it('prices a cart with the store’s tax, flat or free shipping and a discount code', async () => {
    const c = await shopper();
    expect((await c.ok<{ cart: CartShape }>(CART)).cart).toMatchObject({ id: null, itemCount: 0, total: 0 });

    const cart = (await add(c, 'MUG-TI', 2)) as CartShape;
    // 50.00 + 7.50 shipping + 10 % tax on the goods.
    expect(cart).toMatchObject({ itemCount: 2, subtotal: 50, shipping: 7.5, tax: 5, total: 62.5 });

    const more = (await add(c, 'TENT-2P')) as CartShape;
    expect(more).toMatchObject({ itemCount: 3, subtotal: 170, shipping: 0, tax: 17, total: 187 });

    await store.client.ok(CREATE_DISCOUNT, { input: { code: 'trail20', kind: 'percentage', value: 20 } });
    const discounted = (await c.ok<{ applyDiscountCode: CartShape }>(APPLY_DISCOUNT, { code: 'Trail20' })).applyDiscountCode;
    // 20 % off 170.00 = 34.00; 136.00 still ships free; tax on 136.00.
    expect(discounted).toMatchObject({ discountCode: 'TRAIL20', discount: 34, shipping: 0, tax: 13.6, total: 149.6 });

    const wrong = (await c.ok<{ applyDiscountCode: Result<CartShape> }>(APPLY_DISCOUNT, { code: 'NOPE' })).applyDiscountCode;
    expect(wrong).toMatchObject({ __typename: 'DiscountCodeInvalidError', code: 'DISCOUNT_CODE_INVALID' });

    const fewer = (await c.ok<{ updateCartItem: CartShape }>(UPDATE_CART_ITEM, { input: { variantId: ids['TENT-2P'], quantity: 0 } })).updateCartItem;
    expect(fewer.lines.map((l) => l.sku)).toEqual(['MUG-TI']);
    expect(fewer).toMatchObject({ subtotal: 50, discount: 10, shipping: 7.5, tax: 4, total: 51.5 });
  });

  it('refuses more units than are in stock, and products of another store', async () => {
    const c = await shopper();
    expect(await add(c, 'LAMP-1', 4)).toMatchObject({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK', available: 3 });

    const other = await signUpStore(t.client(), 'Other Shop');
    const otherIds = await seedProducts(other.client, [{ sku: 'OTHER-1', name: 'Not yours', price: 5, stock: 10 }]);
    const res = await c.ok<{ addToCart: Result<CartShape> }>(ADD_TO_CART, { input: { variantId: otherIds['OTHER-1'], quantity: 1 } });
    expect(res.addToCart).toMatchObject({ __typename: 'ProductUnavailableError', code: 'PRODUCT_UNAVAILABLE' });
  });

  it('checks out an empty cart as CartEmptyError, and only visitors have carts', async () => {
    const c = await shopper();
    expect(await checkout(c)).toMatchObject({ __typename: 'CartEmptyError', code: 'CART_EMPTY' });
    expect(errorCode(await store.client.request(CART))).toBe('FORBIDDEN');
  });

  it('holds stock at checkout; staff mark it paid, process, ship and deliver; the timeline names who did what', async () => {
    const before = await stockOf(store.client, ids['TENT-2P']);
    const { shopper: c, number, order } = await placeOrder('TENT-2P', 2, 'Buyer@Example.com');
    expect(number).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(order).toMatchObject({ status: 'AWAITING_PAYMENT', paymentState: 'unpaid', paymentProvider: 'manual', total: 264, customerEmail: 'buyer@example.com' });
    expect(await stockOf(store.client, ids['TENT-2P'])).toEqual({ onHand: before.onHand, reserved: before.reserved + 2, available: before.available - 2 });

    const paid = (await store.client.ok<{ markOrderPaid: Result<OrderShape> }>(MARK_PAID, { id: order.id })).markOrderPaid;
    expect(paid).toMatchObject({ __typename: 'Order', status: 'PAID', paymentState: 'paid', paid: 264 });
    // The hold became a sale: the units left the shelf.
    expect(await stockOf(store.client, ids['TENT-2P'])).toEqual({ onHand: before.onHand - 2, reserved: before.reserved, available: before.available - 2 });

    const again = (await store.client.ok<{ markOrderPaid: Result<OrderShape> }>(MARK_PAID, { id: order.id })).markOrderPaid;
    expect(again).toMatchObject({ __typename: 'OrderTransitionError', status: 'PAID' });

    expect((await store.client.ok<{ advanceOrder: Result<OrderShape> }>(ADVANCE, { input: { orderId: order.id, to: 'DELIVERED' } })).advanceOrder).toMatchObject({
      __typename: 'OrderTransitionError',
    });
    expect((await store.client.ok<{ advanceOrder: Result<OrderShape> }>(ADVANCE, { input: { orderId: order.id, to: 'PROCESSING' } })).advanceOrder).toMatchObject({ status: 'PROCESSING' });
    const shipped = (await store.client.ok<{ shipOrder: Result<OrderShape> }>(SHIP, { input: { orderId: order.id, carrier: 'DHL', trackingNumber: 'JD0001' } })).shipOrder;
    expect(shipped).toMatchObject({ status: 'SHIPPED', carrier: 'DHL', trackingNumber: 'JD0001' });

    // Shipped: the shopper can no longer cancel.
    const late = (await c.ok<{ cancelMyOrder: Result<CustomerOrderShape> }>(CANCEL_MINE, { input: { number } })).cancelMyOrder;
    expect(late).toMatchObject({ __typename: 'OrderTransitionError', code: 'ORDER_TRANSITION_REFUSED' });
    await store.client.ok(ADVANCE, { input: { orderId: order.id, to: 'DELIVERED' } });

    const detail = await store.client.ok<{ order: { events: Array<{ type: string; toStatus: string | null; actorKind: string; at: string }>; payments: Array<{ provider: string; status: string }> } }>(ORDER, {
      id: order.id,
    });
    expect(detail.order.events.map((e) => [e.type, e.toStatus, e.actorKind])).toEqual([
      ['placed', 'AWAITING_PAYMENT', 'visitor'],
      ['payment_link', null, 'visitor'],
      ['paid', 'PAID', 'staff'],
      ['processing', 'PROCESSING', 'staff'],
      ['shipped', 'SHIPPED', 'staff'],
      ['delivered', 'DELIVERED', 'staff'],
    ]);
    expect(detail.order.payments).toEqual([expect.objectContaining({ provider: 'manual', status: 'succeeded' })]);
  });

  it('links an order to the chat it came from, and only to the shopper’s own chat', async () => {
    const chatting = await shopper();
    const { sendMessage } = await chatting.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'I would like the titanium mug' } });
    await add(chatting, 'MUG-TI');
    const own = (await chatting.ok<{ checkout: Result<CheckoutLinkShape> }>(CHECKOUT, { input: { email: 'chat@example.com', conversationId: sendMessage.conversationId } })).checkout as CheckoutLinkShape;

    const intruder = await shopper();
    await add(intruder, 'MUG-TI');
    const foreign = (await intruder.ok<{ checkout: Result<CheckoutLinkShape> }>(CHECKOUT, { input: { email: 'intruder@example.com', conversationId: sendMessage.conversationId } })).checkout as CheckoutLinkShape;

    const conversationOf = async (number: string) =>
      (await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } })).orders.edges[0].node.conversationId;
    expect(await conversationOf(own.order.number)).toBe(sendMessage.conversationId);
    expect(await conversationOf(foreign.order.number)).toBeNull();
  });

  it('lets a shopper track an order by number and email (or as the visitor who placed it), never with a wrong email', async () => {
    const { shopper: buyer, number, order } = await placeOrder('MUG-TI', 1, 'track@example.com');
    await store.client.ok(MARK_PAID, { id: order.id });
    await store.client.ok(SHIP, { input: { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z999' } });

    const stranger = await shopper();
    const found = (await stranger.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number: number.toLowerCase().replace('-', ''), email: ' TRACK@example.com ' } })).trackOrder;
    expect(found).toMatchObject({ __typename: 'CustomerOrder', number, status: 'SHIPPED', carrier: 'UPS', trackingNumber: '1Z999', canCancel: false });
    expect((found as CustomerOrderShape).timeline.map((e) => e.type)).toEqual(['placed', 'paid', 'shipped']);

    const wrongEmail = (await stranger.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number, email: 'someone@example.com' } })).trackOrder;
    const noEmail = (await stranger.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number } })).trackOrder;
    const noSuchOrder = (await stranger.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number: 'ZZZZ-ZZZZ', email: 'track@example.com' } })).trackOrder;
    for (const miss of [wrongEmail, noEmail, noSuchOrder]) expect(miss).toEqual({ __typename: 'OrderNotFoundError', code: 'ORDER_NOT_FOUND', message: 'No order matches that number and email' });

    const own = (await buyer.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number } })).trackOrder;
    expect(own).toMatchObject({ __typename: 'CustomerOrder', number });
    expect((await buyer.ok<{ myOrders: CustomerOrderShape[] }>(MY_ORDERS)).myOrders.map((o) => o.number)).toEqual([number]);
  });

  it('rate-limits guessing: an order number can be tried ten times in ten minutes', async () => {
    const { number } = await placeOrder('MUG-TI', 1, 'guess@example.com');
    for (let i = 0; i < 10; i++) {
      const c = await shopper();
      expect((await c.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number, email: `guess${i}@example.net` } })).trackOrder.__typename).toBe('OrderNotFoundError');
    }
    const c = await shopper();
    const blocked = await c.request(TRACK, { input: { number, email: 'guess@example.com' } });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
  });

  it('lets the shopper cancel before shipping: held stock goes back, and a paid order is refunded and restocked', async () => {
    const start = await stockOf(store.client, ids['LAMP-1']);
    const unpaid = await placeOrder('LAMP-1', 1, 'cancel@example.com');
    expect((await stockOf(store.client, ids['LAMP-1'])).available).toBe(start.available - 1);
    const cancelled = (await unpaid.shopper.ok<{ cancelMyOrder: Result<CustomerOrderShape> }>(CANCEL_MINE, { input: { number: unpaid.number } })).cancelMyOrder;
    expect(cancelled).toMatchObject({ __typename: 'CustomerOrder', status: 'CANCELLED', canCancel: false });
    expect(await stockOf(store.client, ids['LAMP-1'])).toEqual(start);

    const paid = await placeOrder('LAMP-1', 2, 'cancel2@example.com');
    await store.client.ok(MARK_PAID, { id: paid.order.id });
    expect((await stockOf(store.client, ids['LAMP-1'])).onHand).toBe(start.onHand - 2);
    const stranger = await shopper();
    const byEmail = (await stranger.ok<{ cancelMyOrder: Result<CustomerOrderShape> }>(CANCEL_MINE, { input: { number: paid.number, email: 'cancel2@example.com' } })).cancelMyOrder;
    // Two lamps, 7.50 shipping and 10 % tax: all of it goes back.
    expect(byEmail).toMatchObject({ status: 'CANCELLED', refunded: 95.5 });
    expect(await stockOf(store.client, ids['LAMP-1'])).toEqual(start);
    const { order } = await store.client.ok<{ order: OrderShape }>(ORDER, { id: paid.order.id });
    expect(order).toMatchObject({ status: 'CANCELLED', paymentState: 'refunded', paid: 95.5, refunded: 95.5 });
  });

  it('counts a discount code once per order and refuses it when used up', async () => {
    await store.client.ok(CREATE_DISCOUNT, { input: { code: 'ONCE', kind: 'fixed', value: 5, usageLimit: 1 } });
    const first = await shopper();
    const second = await shopper();
    for (const c of [first, second]) {
      await add(c, 'MUG-TI');
      expect((await c.ok<{ applyDiscountCode: Result<CartShape> }>(APPLY_DISCOUNT, { code: 'once' })).applyDiscountCode).toMatchObject({ discount: 5 });
    }
    const [a, b] = await Promise.all([checkout(first), checkout(second)]);
    expect([a.__typename, b.__typename].sort()).toEqual(['CheckoutLink', 'DiscountCodeInvalidError']);
  });

  it('keeps staff roles: agents read orders but cannot change them; visitors cannot list them', async () => {
    const { order } = await placeOrder('MUG-TI', 1);
    const agent = t.client();
    await addTeamMember(store.client, agent, 'Agent Orders');
    expect((await agent.ok<{ order: OrderShape }>(ORDER, { id: order.id })).order.number).toBe(order.number);
    expect(errorCode(await agent.request(CANCEL, { input: { orderId: order.id } }))).toBe('FORBIDDEN');
    const visitor = await shopper();
    expect(errorCode(await visitor.request(ORDERS, {}))).toBe('FORBIDDEN');
  });

  it('shows a second store nothing of the first: no orders, no changes, no tracking', async () => {
    const { order, number } = await placeOrder('MUG-TI', 1, 'private@example.com');
    const other = await signUpStore(t.client(), 'Snooping Shop');
    const otherKey = await createWidgetKey(other.client);

    expect((await other.client.ok<{ orders: { totalCount: number } }>(ORDERS, {})).orders.totalCount).toBe(0);
    expect(errorCode(await other.client.request(ORDER, { id: order.id }))).toBe('NOT_FOUND');
    for (const [query, variables] of [
      [MARK_PAID, { id: order.id }],
      [CANCEL, { input: { orderId: order.id } }],
      [SHIP, { input: { orderId: order.id, carrier: 'X', trackingNumber: 'Y' } }],
    ] as const) {
      expect(errorCode(await other.client.request(query, variables))).toBe('NOT_FOUND');
    }
    const otherVisitor = await newShopper(t.url, otherKey);
    const tracked = (await otherVisitor.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number, email: 'private@example.com' } })).trackOrder;
    expect(tracked.__typename).toBe('OrderNotFoundError');
    const cancel = (await otherVisitor.ok<{ cancelMyOrder: Result<CustomerOrderShape> }>(CANCEL_MINE, { input: { number, email: 'private@example.com' } })).cancelMyOrder;
    expect(cancel.__typename).toBe('OrderNotFoundError');
    expect((await store.client.ok<{ order: OrderShape }>(ORDER, { id: order.id })).order.status).toBe('AWAITING_PAYMENT');
  });
});

describe('orders: unpaid manual orders expire', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { MANUAL_PAYMENT_HOLD_SECONDS: '1', LOG_LEVEL: 'error' } });
  });
  afterAll(() => t.close());

  it('cancels an order not paid by its deadline and releases its stock', async () => {
    const store = await signUpStore(t.client(), 'Slow Payers');
    const publicKey = await createWidgetKey(store.client);
    const ids = await seedProducts(store.client, [{ sku: 'BOOT-1', name: 'Boot', price: 90, stock: 4 }]);
    const c = await newShopper(t.url, publicKey);
    await c.ok(ADD_TO_CART, { input: { variantId: ids['BOOT-1'], quantity: 3 } });
    const link = (await c.ok<{ checkout: Result<CheckoutLinkShape> }>(CHECKOUT, { input: { email: 'slow@example.com' } })).checkout as CheckoutLinkShape;
    expect((await stockOf(store.client, ids['BOOT-1'])).available).toBe(1);

    const tracked = await eventually(
      async () => (await c.ok<{ trackOrder: Result<CustomerOrderShape> }>(TRACK, { input: { number: link.order.number } })).trackOrder as CustomerOrderShape,
      (o) => o.status === 'CANCELLED',
    );
    expect(tracked.timeline.map((e) => e.type)).toEqual(['placed', 'payment_expired']);
    expect(await stockOf(store.client, ids['BOOT-1'])).toEqual({ onHand: 4, reserved: 0, available: 4 });
  });
});
