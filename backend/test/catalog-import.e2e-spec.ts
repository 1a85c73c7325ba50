import { Client } from 'pg';
import { csvLine, IMPORT_CATALOG, importCatalog, search, SEARCH, skus, waitForImport } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { LiveSubscription } from './support/live-subscription';
import { startTestApp, TestApp } from './support/test-app';

// Booting a server on a fresh database and importing a catalog takes longer than jest's default 5 s.
jest.setTimeout(60_000);

const HEADER = 'sku,parent_sku,name,description,brand,category,price,sale_price,stock,image_url,attr_material,option_size,option_color';

function catalogCsv(rows: Array<Array<string | number | null>>): string {
  return [HEADER, ...rows.map(csvLine)].join('\n');
}

const GOOD = catalogCsv([
  ['TEE-1', null, 'Cotton Crew Tee', 'Soft everyday tee', 'Northwind', 'Men > Tops > Tees', 20, null, null, 'https://cdn.example.com/tee.jpg', 'Cotton', null, null],
  ['TEE-1-S-RED', 'TEE-1', null, null, null, null, 20, 15, 5, null, null, 'S', 'Red'],
  ['TEE-1-M-BLUE', 'TEE-1', null, null, null, null, 22, null, 0, null, null, 'M', 'Blue'],
  ['MUG-9', null, 'Enamel Camp Mug', 'Keeps coffee hot', 'Trailhead', 'Gear > Kitchen', 12.5, null, 40, null, 'Enamel', null, null],
]);

describe('catalog import', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Import Store');
    other = await signUpStore(t.client(), 'Other Store');
  });
  afterAll(() => t.close());

  it('imports products with variants, categories, brands, sale prices and stock, and only for its own store', async () => {
    const result = await importCatalog(owner.client, 'CSV', GOOD);
    expect(result).toMatchObject({ status: 'succeeded', totalRows: 4, processedRows: 4, createdProducts: 2, updatedProducts: 0, errors: [] });

    const page = await search(owner.client, 'tee');
    expect(skus(page)).toEqual(['TEE-1']);
    const tee = page.edges[0].node;
    expect(tee).toMatchObject({ name: 'Cotton Crew Tee', brand: 'Northwind', category: 'Men > Tops > Tees', price: 15, regularPrice: 20, onSale: true, stock: 5, inStock: true });
    expect(tee.attributes).toEqual(
      expect.arrayContaining([
        { name: 'material', values: ['Cotton'] },
        { name: 'size', values: expect.arrayContaining(['S', 'M']) },
        { name: 'color', values: expect.arrayContaining(['Red', 'Blue']) },
      ]),
    );
    const detail = await owner.client.ok<{ product: { sku: string; variants: Array<{ sku: string; price: number; salePrice: number | null; stock: number; options: Array<{ name: string; value: string }> }> } }>(
      `query($sku: String) { product(sku: $sku) { sku variants { sku price salePrice stock options { name value } } } }`,
      { sku: 'TEE-1-M-BLUE' },
    );
    expect(detail.product.sku).toBe('TEE-1');
    expect(detail.product.variants).toEqual([
      { sku: 'TEE-1-S-RED', price: 15, salePrice: 15, stock: 5, options: [{ name: 'size', value: 'S' }, { name: 'color', value: 'Red' }] },
      { sku: 'TEE-1-M-BLUE', price: 22, salePrice: null, stock: 0, options: [{ name: 'size', value: 'M' }, { name: 'color', value: 'Blue' }] },
    ]);
    const categories = await owner.client.ok<{ categories: Array<{ path: string; depth: number }> }>(`{ categories { path depth } }`);
    expect(categories.categories.map((c) => c.path)).toEqual(['Gear', 'Gear > Kitchen', 'Men', 'Men > Tops', 'Men > Tops > Tees']);

    expect((await search(other.client, 'tee')).totalCount).toBe(0);
    expect((await search(other.client, null)).totalCount).toBe(0);
    const foreign = await other.client.ok<{ product: unknown }>(`query($sku: String) { product(sku: $sku) { id } }`, { sku: 'TEE-1' });
    expect(foreign.product).toBeNull();
  });

  it('is idempotent: importing the same file again updates by SKU and creates nothing', async () => {
    const again = await importCatalog(owner.client, 'CSV', GOOD.replace('Keeps coffee hot', 'Keeps tea hot'));
    expect(again).toMatchObject({ status: 'succeeded', createdProducts: 0, updatedProducts: 2 });
    const all = await search(owner.client, null);
    expect(all.totalCount).toBe(2);
    expect(skus(await search(owner.client, 'tea'))).toEqual(['MUG-9']);
  });

  it('refuses a malformed file whole, reports each bad row with its number and reason, and changes nothing', async () => {
    const bad = catalogCsv([
      ['MUG-9', null, 'Renamed Mug', '', 'Trailhead', 'Gear > Kitchen', 99, null, 1, null, null, null, null],
      ['', null, 'No Sku', '', '', '', 10, null, 1, null, null, null, null],
      ['LAMP-1', null, 'Desk Lamp', '', '', '', 'ten dollars', null, -3, null, null, null, null],
      ['ORPHAN-1', 'NOPE', null, null, null, null, 5, null, 1, null, null, 'S', null],
      ['BAD SKU!', null, 'Spaces', '', '', '', 5, 9, 1, 'ftp://x', null, null, null],
    ]);
    const result = await importCatalog(owner.client, 'CSV', bad);
    expect(result.status).toBe('failed');
    const rows = [...new Set(result.errors.map((e) => e.row))];
    expect(rows).toEqual([2, 3, 4, 5]);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 2, sku: null, message: 'sku is required' },
        expect.objectContaining({ row: 3, sku: 'LAMP-1', message: expect.stringContaining('price') }),
        expect.objectContaining({ row: 3, message: expect.stringContaining('stock') }),
        expect.objectContaining({ row: 4, message: expect.stringContaining('parent_sku "NOPE"') }),
        expect.objectContaining({ row: 5, message: expect.stringContaining('sale_price is higher than price') }),
      ]),
    );
    const mug = await owner.client.ok<{ product: { name: string; price: number } }>(`query { product(sku: "MUG-9") { name price } }`);
    expect(mug.product).toEqual({ name: 'Enamel Camp Mug', price: 12.5 });
    expect((await search(owner.client, null)).totalCount).toBe(2);

    const header = await importCatalog(owner.client, 'CSV', 'sku,name,prize\nA,B,1');
    expect(header.status).toBe('failed');
    expect(header.errors[0]).toMatchObject({ row: 0, message: expect.stringMatching(/missing column\(s\): price.*unknown column\(s\): prize/) });
  });

  it('imports JSON with nested variants and adds variants to a product imported before', async () => {
    const json = JSON.stringify([
      { sku: 'SOFA-1', name: 'Linen Three-Seat Sofa', brand: 'Casa', categories: ['Home > Living Room'], price: 899, attributes: { material: ['Linen'] }, variants: [{ sku: 'SOFA-1-GRY', options: { color: 'Grey' }, stock: 3 }] },
    ]);
    expect(await importCatalog(owner.client, 'JSON', json)).toMatchObject({ status: 'succeeded', createdProducts: 1 });
    const more = catalogCsv([['TEE-1-L-RED', 'TEE-1', null, null, null, null, 24, null, 7, null, null, 'L', 'Red']]);
    expect(await importCatalog(owner.client, 'CSV', more)).toMatchObject({ status: 'succeeded', createdProducts: 0, errors: [] });
    const tee = (await search(owner.client, 'crew tee')).edges[0].node;
    expect(tee.stock).toBe(12);
    expect(tee.attributes.find((a) => a.name === 'size')?.values.sort()).toEqual(['L', 'M', 'S']);
    expect((await importCatalog(owner.client, 'JSON', '{"products": 3')).status).toBe('failed');
  });

  it('keeps the import away from visitors and other stores', async () => {
    const anonymous = await t.client().request(SEARCH, { search: 'tee' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM products WHERE tenant_id = $1`, [other.tenantId]);
      expect(rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });
});

describe('catalog import progress', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Progress Store');
    other = await signUpStore(t.client(), 'Nosy Store');
  });
  afterAll(() => t.close());

  it('takes files larger than a GraphQL request through the upload route, for signed-in staff only', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`BIG-${i}`, null, `Large Catalog Item ${i} with a longer name`, 'A description long enough to make the file big.', 'Acme', 'Big > Things', 5 + (i % 40), null, 3, null, null, null, null]);
    const body = catalogCsv(rows);
    expect(body.length).toBeGreaterThan(150_000);
    const anonymous = await fetch(`${t.url}/catalog/imports?format=csv`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body });
    expect(anonymous.status).toBe(401);
    const res = await fetch(`${t.url}/catalog/imports?format=csv&fileName=big.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${owner.token}` }, body });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(await waitForImport(owner.client, id, 40000)).toMatchObject({ status: 'succeeded', createdProducts: 1500 });
    expect((await search(owner.client, 'large catalog item', { first: 1 })).totalCount).toBe(1500);
  });

  it('reports live progress to the store that runs the import, and to no other', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`P-${i}`, null, `Product ${i}`, '', 'Acme', 'Things', 10 + (i % 50), null, i % 7, null, null, null, null]);
    const started = await owner.client.ok<{ importCatalog: { id: string } }>(IMPORT_CATALOG, { input: { format: 'CSV', content: catalogCsv(rows) } });
    const id = started.importCatalog.id;
    const query = `subscription($id: ID!) { catalogImportProgress(importId: $id) { id status totalRows processedRows createdProducts } }`;
    const live = new LiveSubscription<{ catalogImportProgress: { id: string; status: string; totalRows: number; processedRows: number; createdProducts: number } }>(t.wsUrl, owner.token, query, { id });
    const nosy = new LiveSubscription<unknown>(t.wsUrl, other.token, query, { id });
    try {
      await live.start();
      await nosy.start().catch(() => undefined);
      const deadline = Date.now() + 20000;
      while (!live.events.some((e) => ['succeeded', 'failed'].includes(e.catalogImportProgress.status)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const events = live.events.map((e) => e.catalogImportProgress);
      const last = events[events.length - 1];
      expect(last).toMatchObject({ id, status: 'succeeded', totalRows: 600, processedRows: 600, createdProducts: 600 });
      const processed = events.map((e) => e.processedRows);
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
      expect(nosy.events).toEqual([]);
      expect((await waitForImport(owner.client, id)).status).toBe('succeeded');
      expect((await search(owner.client, 'product', { first: 1 })).totalCount).toBe(600);
    } finally {
      await live.close();
      await nosy.close();
    }
  });
});
