// Boots a server, imports a catalog and drives 200 shoppers.
jest.setTimeout(120_000);

import { createWidgetKey } from './support/chat-fixtures';
import { signUpStore } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { ADD_TO_CART, CHECKOUT, MARK_PAID, newShopper, ORDERS, seedProducts, stockOf } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SHOPPERS = 200;
const IN_STOCK = 10;

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

describe('orders: concurrent checkouts never oversell', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it(`gives exactly ${IN_STOCK} orders when ${SHOPPERS} shoppers check out the last ${IN_STOCK} units at once`, async () => {
    const store = await signUpStore(t.client(), 'Hot Drop');
    const publicKey = await createWidgetKey(store.client);
    const ids = await seedProducts(store.client, [{ sku: 'SNEAKER-LTD', name: 'Limited sneaker', price: 199, stock: IN_STOCK }]);
    const variantId = ids['SNEAKER-LTD'];

    const shoppers = await inBatches(
      Array.from({ length: SHOPPERS }, (_, i) => i),
      25,
      async () => {
        const c = await newShopper(t.url, publicKey);
        await c.ok(ADD_TO_CART, { input: { variantId, quantity: 1 } });
        return c;
      },
    );

    // Every checkout starts together; the stock holds decide who gets one.
    const results = await Promise.all(
      shoppers.map(async (c: GraphQLClient, i) => (await c.ok<{ checkout: { __typename: string } }>(CHECKOUT, { input: { email: `buyer${i}@example.com` } })).checkout.__typename),
    );
    expect(results.filter((r) => r === 'CheckoutLink')).toHaveLength(IN_STOCK);
    expect(results.filter((r) => r === 'InsufficientStockError')).toHaveLength(SHOPPERS - IN_STOCK);
    expect(await stockOf(store.client, variantId)).toEqual({ onHand: IN_STOCK, reserved: IN_STOCK, available: 0 });

    const { orders } = await store.client.ok<{ orders: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(ORDERS, { first: 50 });
    expect(orders.totalCount).toBe(IN_STOCK);

    // Paying them all sells exactly what there was, and never takes stock below zero.
    await Promise.all(orders.edges.map((e) => store.client.ok(MARK_PAID, { id: e.node.id })));
    expect(await stockOf(store.client, variantId)).toEqual({ onHand: 0, reserved: 0, available: 0 });

    const other = await signUpStore(t.client(), 'Bystander');
    expect((await other.client.ok<{ orders: { totalCount: number } }>(ORDERS, {})).orders.totalCount).toBe(0);
  });
});
