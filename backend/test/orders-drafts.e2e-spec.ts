// Boots a server on a fresh database and imports a catalog; orders are paid by hand (manual provider).
jest.setTimeout(60_000);

import { addTeamMember } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { CREATE_DISCOUNT, MARK_PAID, ORDER, ORDERS, OrderShape, Result, seedProducts, stockOf, UPDATE_SETTINGS } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const DRAFT_FIELDS = `id status customerEmail customerName discountCode shippingMethod currency subtotal discount shipping tax total orderId lines { sku quantity unitPrice lineTotal }`;
const DRAFT_RESULT = `{ __typename ... on DraftOrder { ${DRAFT_FIELDS} } ... on ErrorResult { code message } ... on ProductUnavailableError { variantId } }`;
const CREATE_DRAFT = `mutation($input: DraftOrderInput!) { createDraftOrder(input: $input) ${DRAFT_RESULT} }`;
const UPDATE_DRAFT = `mutation($id: ID!, $input: DraftOrderInput!) { updateDraftOrder(id: $id, input: $input) ${DRAFT_RESULT} }`;
const DELETE_DRAFT = `mutation($id: ID!) { deleteDraftOrder(id: $id) }`;
const DRAFTS = `query { draftOrders { ${DRAFT_FIELDS} } }`;
const DRAFT = `query($id: ID!) { draftOrder(id: $id) { ${DRAFT_FIELDS} } }`;
const SEND_INVOICE = `mutation($id: ID!) {
  sendDraftOrderInvoice(id: $id) {
    __typename
    ... on DraftOrderInvoice { paymentUrl expiresAt order { id number status source customerEmail customerName subtotal discount discountCode shipping tax total } }
    ... on ErrorResult { code message }
    ... on InsufficientStockError { code message variantId requested available }
  }
}`;

interface DraftShape {
  id: string;
  status: string;
  customerEmail: string;
  discountCode: string | null;
  shippingMethod: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  orderId: string | null;
  lines: Array<{ sku: string; quantity: number; unitPrice: number; lineTotal: number }>;
}

interface InvoiceShape {
  paymentUrl: string | null;
  order: OrderShape & { source: string; customerName: string | null; discountCode: string | null; subtotal: number; shipping: number; tax: number };
}

describe('orders: draft orders staff create and invoice', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Phone Order Shop');
    ids = await seedProducts(store.client, [
      { sku: 'CHAIR', name: 'Oak chair', price: 80, stock: 6 },
      { sku: 'CUSHION', name: 'Seat cushion', price: 12.5, stock: 40 },
    ]);
    await store.client.ok(UPDATE_SETTINGS, { input: { taxRatePercent: 10, flatShipping: 9, freeShippingOver: 500 } });
    await store.client.ok(CREATE_DISCOUNT, { input: { code: 'PHONE10', kind: 'percentage', value: 10, usageLimit: 5 } });
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown>, client = store.client) =>
    (await client.ok<{ createDraftOrder: Result<DraftShape> & { variantId?: string } }>(CREATE_DRAFT, { input })).createDraftOrder;
  const send = async (id: string) => (await store.client.ok<{ sendDraftOrderInvoice: Result<InvoiceShape> & { available?: number } }>(SEND_INVOICE, { id })).sendDraftOrderInvoice;
  const usesOf = async (code: string) =>
    (await store.client.ok<{ discountCodes: Array<{ code: string; usedCount: number }> }>(`query { discountCodes { code usedCount } }`)).discountCodes.find((d) => d.code === code)!.usedCount;

  it('prices a draft live, edits it, and sends the invoice as a staff order with the stock held', async () => {
    const chairsBefore = await stockOf(store.client, ids['CHAIR']);
    const draft = (await create({
      customerEmail: ' Olga@Example.com ',
      customerName: 'Olga Berg',
      items: [
        { variantId: ids['CHAIR'], quantity: 2 },
        { variantId: ids['CUSHION'], quantity: 2 },
        { variantId: ids['CUSHION'], quantity: 2 },
      ],
      discountCode: 'phone10',
    })) as DraftShape;
    // 160 + 50 = 210; 10 % off = 189; flat shipping 9; 10 % tax on 189.
    expect(draft).toMatchObject({ status: 'open', customerEmail: 'olga@example.com', discountCode: 'PHONE10', shippingMethod: 'standard', subtotal: 210, discount: 21, shipping: 9, tax: 18.9, total: 216.9 });
    expect(draft.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['CHAIR', 2],
      ['CUSHION', 4],
    ]);
    // A draft holds nothing.
    expect(await stockOf(store.client, ids['CHAIR'])).toEqual(chairsBefore);

    const edited = (await store.client.ok<{ updateDraftOrder: DraftShape }>(UPDATE_DRAFT, {
      id: draft.id,
      input: { customerEmail: 'olga@example.com', customerName: 'Olga Berg', items: [{ variantId: ids['CHAIR'], quantity: 3 }], discountCode: 'PHONE10', shippingMethod: 'free' },
    })).updateDraftOrder;
    expect(edited).toMatchObject({ subtotal: 240, discount: 24, shipping: 0, tax: 21.6, total: 237.6, shippingMethod: 'free' });
    expect((await store.client.ok<{ draftOrders: DraftShape[] }>(DRAFTS)).draftOrders.map((d) => d.id)).toContain(draft.id);

    const usesBefore = await usesOf('PHONE10');
    const invoice = await send(draft.id);
    expect(invoice).toMatchObject({
      __typename: 'DraftOrderInvoice',
      paymentUrl: null,
      order: { status: 'AWAITING_PAYMENT', source: 'staff', customerEmail: 'olga@example.com', customerName: 'Olga Berg', discountCode: 'PHONE10', total: 237.6, shipping: 0 },
    });
    const order = (invoice as InvoiceShape).order;
    expect(await stockOf(store.client, ids['CHAIR'])).toEqual({ ...chairsBefore, reserved: chairsBefore.reserved + 3, available: chairsBefore.available - 3 });
    expect(await usesOf('PHONE10')).toBe(usesBefore + 1);
    expect((await store.client.ok<{ draftOrder: DraftShape }>(DRAFT, { id: draft.id })).draftOrder).toMatchObject({ status: 'invoiced', orderId: order.id });
    expect((await store.client.ok<{ draftOrders: DraftShape[] }>(DRAFTS)).draftOrders.map((d) => d.id)).not.toContain(draft.id);

    const detail = (await store.client.ok<{ order: { events: Array<{ type: string; actorKind: string; message: string }> } }>(ORDER, { id: order.id })).order;
    expect(detail.events[0]).toMatchObject({ type: 'placed', actorKind: 'staff', message: 'Order created by staff and invoiced to olga@example.com' });
    const staffOrders = (await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { source: 'staff' } })).orders.edges;
    expect(staffOrders.map((e) => e.node.number)).toEqual([order.number]);
    expect((await store.client.ok<{ markOrderPaid: OrderShape }>(MARK_PAID, { id: order.id })).markOrderPaid).toMatchObject({ status: 'PAID' });

    // Invoiced: the draft is closed for good.
    expect(await send(draft.id)).toMatchObject({ __typename: 'DraftOrderInvoicedError', code: 'DRAFT_ORDER_INVOICED' });
    const lateEdit = await store.client.ok<{ updateDraftOrder: Result<DraftShape> }>(UPDATE_DRAFT, {
      id: draft.id,
      input: { customerEmail: 'olga@example.com', items: [{ variantId: ids['CHAIR'], quantity: 1 }] },
    });
    expect(lateEdit.updateDraftOrder).toMatchObject({ __typename: 'DraftOrderInvoicedError' });
    expect((await store.client.ok<{ deleteDraftOrder: boolean }>(DELETE_DRAFT, { id: draft.id })).deleteDraftOrder).toBe(false);
  });

  it('refuses withdrawn or foreign products, unusable codes, bad emails, and sending more than is in stock', async () => {
    const other = await signUpStore(t.client(), 'Other Phone Shop');
    const otherIds = await seedProducts(other.client, [{ sku: 'THEIRS', name: 'Not ours', price: 5, stock: 5 }]);
    expect(await create({ customerEmail: 'a@example.com', items: [{ variantId: otherIds['THEIRS'], quantity: 1 }] })).toMatchObject({
      __typename: 'ProductUnavailableError',
      variantId: otherIds['THEIRS'],
    });
    expect(await create({ customerEmail: 'a@example.com', items: [{ variantId: ids['CUSHION'], quantity: 1 }], discountCode: 'NOPE' })).toMatchObject({
      __typename: 'DiscountCodeInvalidError',
    });
    expect(errorCode(await store.client.request(CREATE_DRAFT, { input: { customerEmail: 'not-an-email', items: [{ variantId: ids['CUSHION'], quantity: 1 }] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await store.client.request(CREATE_DRAFT, { input: { customerEmail: 'a@example.com', items: [] } }))).toBe('BAD_USER_INPUT');

    const before = await stockOf(store.client, ids['CHAIR']);
    const tooMany = (await create({ customerEmail: 'big@example.com', items: [{ variantId: ids['CHAIR'], quantity: before.available + 1 }] })) as DraftShape;
    expect(await send(tooMany.id)).toMatchObject({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK', available: before.available });
    expect(await stockOf(store.client, ids['CHAIR'])).toEqual(before);
    expect((await store.client.ok<{ draftOrder: DraftShape }>(DRAFT, { id: tooMany.id })).draftOrder.status).toBe('open');
    expect((await store.client.ok<{ deleteDraftOrder: boolean }>(DELETE_DRAFT, { id: tooMany.id })).deleteDraftOrder).toBe(true);
    expect(errorCode(await store.client.request(DRAFT, { id: tooMany.id }))).toBe('NOT_FOUND');

    // Agents read drafts but cannot make them.
    const agent = new GraphQLClient(t.url);
    await addTeamMember(store.client, agent, 'Desk Agent');
    expect(errorCode(await agent.request(CREATE_DRAFT, { input: { customerEmail: 'a@example.com', items: [{ variantId: ids['CUSHION'], quantity: 1 }] } }))).toBe('FORBIDDEN');
    expect((await agent.ok<{ draftOrders: DraftShape[] }>(DRAFTS)).draftOrders).toBeDefined();
  });

  it('lets a second store neither see, change, delete nor invoice the first store’s drafts', async () => {
    const draft = (await create({ customerEmail: 'private@example.com', items: [{ variantId: ids['CUSHION'], quantity: 1 }] })) as DraftShape;
    const other = await signUpStore(t.client(), 'Prying Phone Shop');
    expect((await other.client.ok<{ draftOrders: DraftShape[] }>(DRAFTS)).draftOrders).toEqual([]);
    expect(errorCode(await other.client.request(DRAFT, { id: draft.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(UPDATE_DRAFT, { id: draft.id, input: { customerEmail: 'x@example.com', items: [{ variantId: ids['CUSHION'], quantity: 9 }] } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await other.client.request(DELETE_DRAFT, { id: draft.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(SEND_INVOICE, { id: draft.id }))).toBe('NOT_FOUND');
    expect((await store.client.ok<{ draftOrder: DraftShape }>(DRAFT, { id: draft.id })).draftOrder).toMatchObject({ status: 'open', customerEmail: 'private@example.com' });
  });
});
