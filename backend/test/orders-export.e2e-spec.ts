// Boots a server on a fresh database and imports a catalog; orders are paid by hand (manual provider).
jest.setTimeout(90_000);

import { parse } from 'csv-parse/sync';
import { createWidgetKey } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { CANCEL, CHECKOUT, ADD_TO_CART, MARK_PAID, newShopper, ORDERS, OrderShape, REFUND, seedProducts } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

describe('orders: payment-state filter and CSV export', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;
  const numbers: Record<'unpaid' | 'paid' | 'partial' | 'refunded', string> = { unpaid: '', paid: '', partial: '', refunded: '' };

  const place = async (key: string, variants: Record<string, string>, sku: string, email: string, name: string) => {
    const shopper = await newShopper(t.url, key);
    await shopper.ok(ADD_TO_CART, { input: { variantId: variants[sku], quantity: 1 } });
    return (await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email, name } })).checkout.order.number;
  };
  const idOf = async (number: string) =>
    (await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } })).orders.edges[0].node.id;
  const listed = async (filter: Record<string, unknown>) =>
    (await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter })).orders.edges.map((e) => e.node.number).sort();
  const download = (query: string, token?: string) => fetch(`${t.url}/orders/export.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const rows = async (query: string, token = store.token) => {
    const res = await download(query, token);
    expect(res.status).toBe(200);
    return parse(await res.text()) as string[][];
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Export Shop');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [{ sku: 'LAMP', name: 'Desk lamp', price: 40, stock: 50 }]);
    // A name a spreadsheet would run as a formula, and one with the CSV's own delimiters.
    numbers.unpaid = await place(publicKey, ids, 'LAMP', 'formula@example.com', '=HYPERLINK("http://evil.example","click")');
    numbers.paid = await place(publicKey, ids, 'LAMP', 'quoted@example.com', 'Smith, "Jo"\nline two');
    numbers.partial = await place(publicKey, ids, 'LAMP', 'partial@example.com', '@SUM(A1:A2)');
    numbers.refunded = await place(publicKey, ids, 'LAMP', 'back@example.com', '-5+3');
    for (const key of ['paid', 'partial', 'refunded'] as const) await store.client.ok(MARK_PAID, { id: await idOf(numbers[key]) });
    await store.client.ok(REFUND, { input: { orderId: await idOf(numbers.partial), amount: 10 } });
    await store.client.ok(CANCEL, { input: { orderId: await idOf(numbers.refunded), reason: 'Out of lamps' } });
  });
  afterAll(() => t.close());

  it('filters the order list by payment state, source and dates', async () => {
    expect(await listed({ paymentState: 'unpaid' })).toEqual([numbers.unpaid]);
    expect(await listed({ paymentState: 'paid' })).toEqual([numbers.paid]);
    expect(await listed({ paymentState: 'partially_refunded' })).toEqual([numbers.partial]);
    expect(await listed({ paymentState: 'refunded' })).toEqual([numbers.refunded]);
    expect(await listed({ paymentState: 'refunded', status: ['CANCELLED'] })).toEqual([numbers.refunded]);
    expect(await listed({ paymentState: 'paid', status: ['CANCELLED'] })).toEqual([]);
    expect(await listed({ source: 'chat' })).toHaveLength(4);
    expect(await listed({ source: 'staff' })).toEqual([]);
    expect(await listed({ createdAfter: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await listed({ createdBefore: new Date(Date.now() + 60_000).toISOString(), paymentState: 'unpaid' })).toEqual([numbers.unpaid]);
    const bad = await store.client.request(ORDERS, { filter: { paymentState: 'sort_of_paid' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the filtered list as RFC 4180 CSV with formula cells defused', async () => {
    const res = await download('', store.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(
      'Number,Created at,Status,Payment state,Source,Customer email,Customer name,Currency,Subtotal,Discount,Discount code,Shipping,Tax,Total,Paid,Refunded,Carrier,Tracking number',
    );
    expect(text).toContain(`"Smith, ""Jo""\nline two"`);

    const [header, ...records] = parse(text) as string[][];
    const byNumber = new Map(records.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    expect(records).toHaveLength(4);
    expect(byNumber.get(numbers.unpaid)).toMatchObject({ Status: 'awaiting_payment', 'Payment state': 'unpaid', 'Customer name': `'=HYPERLINK("http://evil.example","click")`, Total: '40.00' });
    expect(byNumber.get(numbers.paid)).toMatchObject({ 'Payment state': 'paid', 'Customer name': 'Smith, "Jo"\nline two', Paid: '40.00', Refunded: '0.00' });
    expect(byNumber.get(numbers.partial)).toMatchObject({ 'Payment state': 'partially_refunded', 'Customer name': `'@SUM(A1:A2)`, Refunded: '10.00' });
    expect(byNumber.get(numbers.refunded)).toMatchObject({ Status: 'cancelled', 'Payment state': 'refunded', 'Customer name': `'-5+3`, 'Customer email': 'back@example.com' });

    expect((await rows('?paymentState=refunded')).slice(1).map((r) => r[0])).toEqual([numbers.refunded]);
    expect((await rows('?status=paid,cancelled&paymentState=paid')).slice(1).map((r) => r[0])).toEqual([numbers.paid]);
    expect((await rows(`?search=${encodeURIComponent('partial@')}`)).slice(1).map((r) => r[0])).toEqual([numbers.partial]);
    expect(await rows(`?createdAfter=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([header]);
  });

  it('refuses the export without a token, without orders:read, and with a filter it cannot read', async () => {
    expect((await download('')).status).toBe(401);
    const catalogOnly = await store.client.ok<{ createApiKey: { secret: string } }>(CREATE_API_KEY, { input: { name: 'Catalog sync', scopes: ['catalog:read'] } });
    const refused = await download('', catalogOnly.createApiKey.secret);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    const reader = await store.client.ok<{ createApiKey: { secret: string } }>(CREATE_API_KEY, { input: { name: 'Accounting', scopes: ['orders:read'] } });
    expect(await rows('', reader.createApiKey.secret)).toHaveLength(5);
    expect((await download('?paymentState=sort_of_paid', store.token)).status).toBe(400);
    expect((await download('?createdAfter=yesterday', store.token)).status).toBe(400);
  });

  it('streams every order page after page, and a second store exports only its own', async () => {
    const busy = await signUpStore(t.client(), 'Busy Export Shop');
    const busyKey = await createWidgetKey(busy.client);
    const busyIds = await seedProducts(busy.client, [{ sku: 'PEN', name: 'Pen', price: 2, stock: 500 }]);
    // One more than a page of the export's reader.
    const placed: string[] = [];
    for (let batch = 0; batch < 101; batch += 10) {
      const count = Math.min(10, 101 - batch);
      placed.push(...(await Promise.all(Array.from({ length: count }, (_, i) => place(busyKey, busyIds, 'PEN', `pen${batch + i}@example.com`, 'Pen buyer')))));
    }
    const exported = (await rows('', busy.token)).slice(1).map((r) => r[0]);
    expect(exported).toHaveLength(101);
    expect([...exported].sort()).toEqual([...placed].sort());
    expect(exported.some((n) => Object.values(numbers).includes(n))).toBe(false);
    expect((await rows('', store.token)).slice(1).map((r) => r[0]).sort()).toEqual(Object.values(numbers).sort());
  });
});
