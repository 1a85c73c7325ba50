import { createWidgetKey, startVisitor } from './support/chat-fixtures';
import { csvLine, importCatalog } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

// Booting a server on a fresh database and importing a catalog takes longer than jest's default 5 s.
jest.setTimeout(60_000);

const CSV = [
  'sku,name,description,brand,category,price,stock,attr_color,attr_material',
  csvLine(['HA', 'Harbor Fleece Hoodie', 'Warm fleece hoodie', 'Northwind', 'Men > Hoodies', 50, 5, 'Blue', 'Fleece']),
  csvLine(['HB', 'Summit Fleece Hoodie', 'Zip fleece hoodie', 'Northwind', 'Men > Hoodies', 60, 5, 'Blue', 'Fleece']),
  csvLine(['HC', 'Studio Cotton Hoodie', 'Light cotton hoodie', 'Kestrel', 'Men > Hoodies', 40, 5, 'Red', 'Cotton']),
  csvLine(['JK', 'Storm Rain Jacket', 'Waterproof shell', 'Kestrel', 'Men > Jackets', 90, 5, 'Blue', 'Nylon']),
  csvLine(['MG', 'Enamel Camp Mug', 'Keeps coffee hot', 'Trailhead', 'Home > Kitchen', 12, 5, 'White', 'Enamel']),
].join('\n');

const PRODUCT_FIELDS = '{ sku }';

describe('catalog recommendations', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;
  let publicKey: string;
  const ids: Record<string, string> = {};

  const skusOf = async (client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<string[]> => {
    const data = await client.ok<Record<string, Array<{ sku: string }>>>(query, variables);
    return Object.values(data)[0].map((p) => p.sku);
  };
  const record = (client: GraphQLClient, sku: string, kind: string, orderRef?: string) =>
    client.ok(`mutation($id: ID!, $kind: ProductActivityType!, $ref: String) { recordProductActivity(productId: $id, kind: $kind, orderRef: $ref) }`, { id: ids[sku], kind, ref: orderRef });

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Reco Store');
    other = await signUpStore(t.client(), 'Other Reco Store');
    expect(await importCatalog(owner.client, 'CSV', CSV)).toMatchObject({ status: 'succeeded' });
    for (const sku of ['HA', 'HB', 'HC', 'JK', 'MG']) {
      ids[sku] = (await owner.client.ok<{ product: { id: string } }>(`query($sku: String) { product(sku: $sku) { id } }`, { sku })).product.id;
    }
    publicKey = await createWidgetKey(owner.client);
  });
  afterAll(() => t.close());

  it('finds similar products by category, attributes and name words', async () => {
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    const similar = await skusOf(visitor, `query($id: ID!) { similarProducts(productId: $id) ${PRODUCT_FIELDS} }`, { id: ids.HA });
    expect(similar.slice(0, 2)).toEqual(['HB', 'HC']);
    expect(similar).not.toContain('HA');
  });

  it('ranks trending products by recent views, carts and orders', async () => {
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    await record(visitor, 'MG', 'VIEW');
    await record(visitor, 'MG', 'VIEW');
    await record(visitor, 'JK', 'CART');
    await record(owner.client, 'HB', 'ORDER', 'order-1');
    await record(owner.client, 'HB', 'ORDER', 'order-2');
    const ordering = await visitor.request(`mutation($id: ID!) { recordProductActivity(productId: $id, kind: ORDER, orderRef: "fake") }`, { id: ids.MG });
    expect(ordering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await skusOf(visitor, `{ trendingProducts ${PRODUCT_FIELDS} }`)).toEqual(['HB', 'JK', 'MG']);
  });

  it('finds what is bought together from orders holding both', async () => {
    await record(owner.client, 'HA', 'ORDER', 'order-3');
    await record(owner.client, 'MG', 'ORDER', 'order-3');
    await record(owner.client, 'HA', 'ORDER', 'order-4');
    await record(owner.client, 'MG', 'ORDER', 'order-4');
    await record(owner.client, 'JK', 'ORDER', 'order-4');
    await record(owner.client, 'HC', 'ORDER', 'order-5');
    const together = await skusOf(owner.client, `query($id: ID!) { boughtTogether(productId: $id) ${PRODUCT_FIELDS} }`, { id: ids.HA });
    expect(together).toEqual(['MG', 'JK']);
  });

  it("recommends for a visitor from what they viewed and carted, leaving those out", async () => {
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    await record(visitor, 'HA', 'VIEW');
    await record(visitor, 'HB', 'CART');
    const forYou = await skusOf(visitor, `{ recommendedForYou ${PRODUCT_FIELDS} }`);
    expect(forYou[0]).toBe('HC');
    expect(forYou).not.toEqual(expect.arrayContaining(['HA']));
    expect(forYou).not.toContain('HB');
    expect(forYou).not.toContain('MG');
  });

  it('shows another store none of it', async () => {
    expect(await skusOf(other.client, `{ trendingProducts ${PRODUCT_FIELDS} }`)).toEqual([]);
    expect(await skusOf(other.client, `query($id: ID!) { similarProducts(productId: $id) ${PRODUCT_FIELDS} }`, { id: ids.HA })).toEqual([]);
    expect(await skusOf(other.client, `query($id: ID!) { boughtTogether(productId: $id) ${PRODUCT_FIELDS} }`, { id: ids.HA })).toEqual([]);
    const foreign = await other.client.request(`mutation($id: ID!) { recordProductActivity(productId: $id, kind: VIEW) }`, { id: ids.HA });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
