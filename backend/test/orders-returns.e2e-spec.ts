// Boots a server on a fresh database and imports a catalog; orders are paid by hand (manual provider).
jest.setTimeout(60_000);

import { addTeamMember, createWidgetKey } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import {
  ADD_TO_CART,
  ADVANCE,
  APPROVE_RETURN,
  CHECKOUT,
  CustomerOrderShape,
  MARK_PAID,
  newShopper,
  ORDER,
  ORDERS,
  OrderShape,
  RECEIVE_RETURN,
  REFUND_RETURN,
  REJECT_RETURN,
  REQUEST_RETURN,
  Result,
  RETURN_FIELDS,
  ReturnShape,
  seedProducts,
  SHIP,
  stockOf,
  TRACK,
} from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface OrderWithReturns extends OrderShape {
  returns: ReturnShape[];
  lines: Array<{ sku: string; quantity: number; restockedQuantity: number }>;
  events: Array<{ type: string; actorKind: string; message: string; visibleToCustomer: boolean }>;
}

const ORDER_WITH_RETURNS = `query($id: ID!) {
  order(id: $id) { id number status paymentState paid refunded returns { ${RETURN_FIELDS} } lines { sku quantity restockedQuantity } events { type actorKind message visibleToCustomer } }
}`;
const MOVEMENTS = `query($variantId: ID) { stockMovements(variantId: $variantId) { kind onHandDelta reference } }`;

describe('orders: returns (requested → approved → received → refunded)', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Return Shop');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [
      { sku: 'BOOT-42', name: 'Hiking boot', price: 120, stock: 10 },
      { sku: 'SOCK-3', name: 'Wool socks', price: 15, stock: 30 },
    ]);
  });
  afterAll(() => t.close());

  /** A shopper buys; staff take the money by hand and ship (and deliver, unless told to stop at shipped). */
  const sold = async (items: Record<string, number>, email: string, until: 'PAID' | 'SHIPPED' | 'DELIVERED' = 'DELIVERED') => {
    const shopper = await newShopper(t.url, publicKey);
    for (const [sku, quantity] of Object.entries(items)) await shopper.ok(ADD_TO_CART, { input: { variantId: ids[sku], quantity } });
    const link = (await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email } })).checkout;
    const number = link.order.number;
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } });
    const id = orders.edges[0].node.id;
    await store.client.ok(MARK_PAID, { id });
    if (until !== 'PAID') await store.client.ok(SHIP, { input: { orderId: id, carrier: 'DHL', trackingNumber: `T-${number}` } });
    if (until === 'DELIVERED') await store.client.ok(ADVANCE, { input: { orderId: id, to: 'DELIVERED' } });
    const tracked = (await shopper.ok<{ trackOrder: CustomerOrderShape }>(TRACK, { input: { number } })).trackOrder;
    const lineOf = (sku: string) => tracked.lines.find((l) => l.sku === sku)!.id;
    return { shopper, number, id, lineOf };
  };
  const requestReturn = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.ok<{ requestReturn: Result<CustomerOrderShape> & { returnable?: number } }>(REQUEST_RETURN, { input }).then((r) => r.requestReturn);
  const orderOf = async (id: string) => (await store.client.ok<{ order: OrderWithReturns }>(ORDER_WITH_RETURNS, { id })).order;
  const step = async (mutation: string, variables: Record<string, unknown>, client = store.client) => {
    const data = await client.ok<Record<string, Result<ReturnShape> & { status?: string }>>(mutation, variables);
    return Object.values(data)[0];
  };

  it('takes part of a delivered order back: approved, received with the resellable units restocked, and the returned lines refunded', async () => {
    const order = await sold({ 'BOOT-42': 2, 'SOCK-3': 3 }, 'hiker@example.com');
    const bootsBefore = await stockOf(store.client, ids['BOOT-42']);
    const socksBefore = await stockOf(store.client, ids['SOCK-3']);

    // From another device: number and email, like tracking.
    const stranger = await newShopper(t.url, publicKey);
    const requested = await requestReturn(stranger, {
      number: order.number,
      email: 'Hiker@Example.com',
      reason: 'The boots are a size too small',
      lines: [
        { orderLineId: order.lineOf('BOOT-42'), quantity: 1 },
        { orderLineId: order.lineOf('SOCK-3'), quantity: 2 },
      ],
    });
    expect(requested).toMatchObject({ __typename: 'CustomerOrder', number: order.number, status: 'DELIVERED' });
    const [ret] = (requested as CustomerOrderShape).returns;
    expect(ret).toMatchObject({ status: 'REQUESTED', reason: 'The boots are a size too small', value: 150, refunded: 0 });
    expect(ret.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['BOOT-42', 1],
      ['SOCK-3', 2],
    ]);

    expect(await step(REFUND_RETURN, { id: ret.id })).toMatchObject({ __typename: 'ReturnTransitionError', code: 'RETURN_TRANSITION_REFUSED', status: 'REQUESTED' });
    expect(await step(APPROVE_RETURN, { id: ret.id })).toMatchObject({ __typename: 'OrderReturn', status: 'APPROVED' });
    expect(await step(APPROVE_RETURN, { id: ret.id })).toMatchObject({ __typename: 'ReturnTransitionError', status: 'APPROVED' });

    // One pair of socks came back worn: only the boot and one pair go back on the shelf.
    const received = await step(RECEIVE_RETURN, { input: { returnId: ret.id, restock: [{ orderLineId: order.lineOf('SOCK-3'), quantity: 1 }] } });
    expect(received).toMatchObject({ __typename: 'OrderReturn', status: 'RECEIVED' });
    expect((received as ReturnShape).lines.map((l) => [l.sku, l.restockedQuantity])).toEqual([
      ['BOOT-42', 1],
      ['SOCK-3', 1],
    ]);
    expect(await stockOf(store.client, ids['BOOT-42'])).toEqual({ ...bootsBefore, onHand: bootsBefore.onHand + 1, available: bootsBefore.available + 1 });
    expect(await stockOf(store.client, ids['SOCK-3'])).toEqual({ ...socksBefore, onHand: socksBefore.onHand + 1, available: socksBefore.available + 1 });
    const movements = (await store.client.ok<{ stockMovements: Array<{ kind: string; onHandDelta: number; reference: string | null }> }>(MOVEMENTS, { variantId: ids['BOOT-42'] })).stockMovements;
    expect(movements).toContainEqual({ kind: 'return', onHandDelta: 1, reference: `return:${ret.id}` });
    expect(await step(RECEIVE_RETURN, { input: { returnId: ret.id } })).toMatchObject({ __typename: 'ReturnTransitionError', status: 'RECEIVED' });

    expect(await step(REFUND_RETURN, { id: ret.id })).toMatchObject({ __typename: 'OrderReturn', status: 'REFUNDED', refunded: 150 });
    expect(await step(REFUND_RETURN, { id: ret.id })).toMatchObject({ __typename: 'ReturnTransitionError', status: 'REFUNDED' });

    const detail = await orderOf(order.id);
    expect(detail).toMatchObject({ status: 'DELIVERED', paymentState: 'partially_refunded', paid: 285, refunded: 150 });
    expect(detail.lines).toEqual([
      { sku: 'BOOT-42', quantity: 2, restockedQuantity: 1 },
      { sku: 'SOCK-3', quantity: 3, restockedQuantity: 1 },
    ]);
    const returnEvents = detail.events.filter((e) => e.type.startsWith('return_') || e.type === 'restocked' || e.type === 'refunded');
    expect(returnEvents.map((e) => [e.type, e.actorKind])).toEqual([
      ['return_requested', 'visitor'],
      ['return_approved', 'staff'],
      ['return_received', 'staff'],
      ['restocked', 'staff'],
      ['refunded', 'staff'],
      ['return_refunded', 'staff'],
    ]);
    expect(returnEvents[0].message).toBe('Return requested for 1 × BOOT-42, 2 × SOCK-3: The boots are a size too small');
    expect(returnEvents[3].message).toBe('Back in stock from the return: 1 × BOOT-42, 1 × SOCK-3');

    // The shopper sees the return and its steps, not the internal restock note.
    const tracked = (await order.shopper.ok<{ trackOrder: CustomerOrderShape }>(TRACK, { input: { number: order.number } })).trackOrder;
    expect(tracked.returns).toEqual([expect.objectContaining({ id: ret.id, status: 'REFUNDED', refunded: 150 })]);
    expect(tracked.timeline.map((e) => e.type).filter((type) => type.startsWith('return_'))).toEqual(['return_requested', 'return_approved', 'return_received', 'return_refunded']);
    expect(tracked.timeline.map((e) => e.type)).not.toContain('restocked');
  });

  it('refunds the whole order when everything comes back', async () => {
    const order = await sold({ 'SOCK-3': 2 }, 'all@example.com', 'SHIPPED');
    const requested = await requestReturn(order.shopper, { number: order.number, reason: 'Ordered twice by mistake', lines: [{ orderLineId: order.lineOf('SOCK-3'), quantity: 2 }] });
    const [ret] = (requested as CustomerOrderShape).returns;
    await step(APPROVE_RETURN, { id: ret.id });
    await step(RECEIVE_RETURN, { input: { returnId: ret.id } });
    expect(await step(REFUND_RETURN, { id: ret.id })).toMatchObject({ status: 'REFUNDED', refunded: 30 });
    expect(await orderOf(order.id)).toMatchObject({ status: 'REFUNDED', paymentState: 'refunded', refunded: 30 });
  });

  it('refuses returns of unshipped orders, more units than were bought minus those already returned, and steps out of order', async () => {
    const unshipped = await sold({ 'BOOT-42': 1 }, 'early@example.com', 'PAID');
    expect(await requestReturn(unshipped.shopper, { number: unshipped.number, reason: 'Changed my mind', lines: [{ orderLineId: unshipped.lineOf('BOOT-42'), quantity: 1 }] })).toMatchObject({
      __typename: 'NotReturnableError',
      code: 'NOT_RETURNABLE',
    });

    const order = await sold({ 'SOCK-3': 2 }, 'socks@example.com');
    const line = order.lineOf('SOCK-3');
    const ask = (quantity: number) => requestReturn(order.shopper, { number: order.number, reason: 'Itchy', lines: [{ orderLineId: line, quantity }] });
    expect(await ask(3)).toMatchObject({ __typename: 'ReturnQuantityExceededError', code: 'RETURN_QUANTITY_EXCEEDED', orderLineId: line, requested: 3, returnable: 2 });
    const first = ((await ask(1)) as CustomerOrderShape).returns[0];
    expect(first.status).toBe('REQUESTED');
    expect(await ask(2)).toMatchObject({ __typename: 'ReturnQuantityExceededError', returnable: 1 });
    // A rejected return gives its units back to what may still be returned.
    expect(await step(REJECT_RETURN, { input: { returnId: first.id, reason: 'Worn socks cannot be returned' } })).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Worn socks cannot be returned',
    });
    expect(await step(APPROVE_RETURN, { id: first.id })).toMatchObject({ __typename: 'ReturnTransitionError', status: 'REJECTED' });
    expect(((await ask(2)) as CustomerOrderShape).returns.map((r) => [r.status, r.lines[0].quantity])).toEqual([
      ['REJECTED', 1],
      ['REQUESTED', 2],
    ]);

    // Somebody else's line, a wrong email, and an agent (no orders:write) trying to approve.
    const other = await sold({ 'BOOT-42': 1 }, 'other@example.com');
    const foreignLine = await order.shopper.request(REQUEST_RETURN, { input: { number: order.number, reason: 'x', lines: [{ orderLineId: other.lineOf('BOOT-42'), quantity: 1 }] } });
    expect(errorCode(foreignLine)).toBe('BAD_USER_INPUT');
    const stranger = await newShopper(t.url, publicKey);
    expect(await requestReturn(stranger, { number: order.number, email: 'guess@example.com', reason: 'x', lines: [{ orderLineId: line, quantity: 1 }] })).toMatchObject({
      __typename: 'OrderNotFoundError',
    });
    const agent = new GraphQLClient(t.url);
    await addTeamMember(store.client, agent, 'Agent Smith');
    const pending = (await orderOf(order.id)).returns.find((r) => r.status === 'REQUESTED')!;
    expect(errorCode(await agent.request(APPROVE_RETURN, { id: pending.id }))).toBe('FORBIDDEN');
    expect((await agent.ok<{ order: OrderWithReturns }>(ORDER_WITH_RETURNS, { id: order.id })).order.returns).toHaveLength(2);
  });

  it('lets a second store neither see, start nor move the first store’s returns', async () => {
    const order = await sold({ 'BOOT-42': 1 }, 'private@example.com');
    const requested = await requestReturn(order.shopper, { number: order.number, reason: 'Too heavy', lines: [{ orderLineId: order.lineOf('BOOT-42'), quantity: 1 }] });
    const [ret] = (requested as CustomerOrderShape).returns;

    const other = await signUpStore(t.client(), 'Other Return Shop');
    const otherKey = await createWidgetKey(other.client);
    const otherShopper = await newShopper(t.url, otherKey);
    expect(errorCode(await other.client.request(ORDER, { id: order.id }))).toBe('NOT_FOUND');
    for (const [mutation, variables] of [
      [APPROVE_RETURN, { id: ret.id }],
      [REJECT_RETURN, { input: { returnId: ret.id } }],
      [RECEIVE_RETURN, { input: { returnId: ret.id } }],
      [REFUND_RETURN, { id: ret.id }],
    ] as const) {
      expect(errorCode(await other.client.request(mutation, variables))).toBe('NOT_FOUND');
    }
    expect(
      await requestReturn(otherShopper, { number: order.number, email: 'private@example.com', reason: 'x', lines: [{ orderLineId: order.lineOf('BOOT-42'), quantity: 1 }] }),
    ).toMatchObject({ __typename: 'OrderNotFoundError' });

    const detail = await orderOf(order.id);
    expect(detail.returns).toEqual([expect.objectContaining({ id: ret.id, status: 'REQUESTED' })]);
    expect(detail.refunded).toBe(0);
  });
});
