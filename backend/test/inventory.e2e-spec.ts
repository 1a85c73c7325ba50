import { Client } from 'pg';
import { csvLine, importCatalog, search, skus } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { LiveSubscription } from './support/live-subscription';
import { startTestApp, TestApp } from './support/test-app';

// Booting a server on a fresh database and importing a catalog takes longer than jest's default 5 s.
jest.setTimeout(60_000);

const HEADER = 'sku,parent_sku,name,price,stock,option_size';
const CSV = [
  HEADER,
  csvLine(['KITE-1', null, 'Stunt Kite', 60, null, null]),
  csvLine(['KITE-1-S', 'KITE-1', null, null, 10, 'S']),
  csvLine(['KITE-1-L', 'KITE-1', null, null, 4, 'L']),
].join('\n');

const LEVELS = `query($ids: [ID!]) { stockLevels(variantIds: $ids) { variantId locationId onHand reserved available lowStockThreshold lowStock } }`;
const ADJUST = `mutation($input: AdjustStockInput!) {
  adjustStock(input: $input) {
    __typename
    ... on StockLevelList { levels { onHand reserved available } }
    ... on InsufficientStockError { code requested available }
  }
}`;
const RESERVE = `mutation($input: ReserveStockInput!) {
  reserveStock(input: $input) {
    __typename
    ... on StockReservation { id quantity status expiresAt }
    ... on InsufficientStockError { code requested available }
  }
}`;
const MOVEMENTS = `query($id: ID) { stockMovements(variantId: $id, first: 100) { kind onHandDelta reservedDelta reason actor reference } }`;

interface Level {
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number | null;
  lowStock: boolean;
}
type Reserve = { reserveStock: { __typename: string; id?: string; code?: string; available?: number } };

describe('inventory', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;
  let small: string;
  let large: string;
  const subscriptions: Array<LiveSubscription<unknown>> = [];

  const level = async (variantId: string): Promise<Level> => {
    const data = await owner.client.ok<{ stockLevels: Level[] }>(LEVELS, { ids: [variantId] });
    return data.stockLevels[0];
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Kite Shop');
    other = await signUpStore(t.client(), 'Other Kite Shop');
    expect(await importCatalog(owner.client, 'CSV', CSV)).toMatchObject({ status: 'succeeded' });
    const product = await owner.client.ok<{ product: { variants: Array<{ id: string; sku: string }> } }>(`{ product(sku: "KITE-1") { variants { id sku } } }`);
    small = product.product.variants.find((v) => v.sku === 'KITE-1-S')?.id as string;
    large = product.product.variants.find((v) => v.sku === 'KITE-1-L')?.id as string;
  });
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.close()));
  });
  afterAll(() => t.close());

  it('keeps imported stock per variant at the main warehouse, with the import in the ledger', async () => {
    expect(await level(small)).toMatchObject({ onHand: 10, reserved: 0, available: 10 });
    const locations = await owner.client.ok<{ stockLocations: Array<{ code: string }> }>(`{ stockLocations { code } }`);
    expect(locations.stockLocations.map((l) => l.code)).toEqual(['main']);
    const ledger = await owner.client.ok<{ stockMovements: Array<{ kind: string; onHandDelta: number; reason: string }> }>(MOVEMENTS, { id: small });
    expect(ledger.stockMovements).toEqual([expect.objectContaining({ kind: 'adjustment', onHandDelta: 10, reason: 'import' })]);
  });

  it('records receipts, adjustments with reasons and returns, and refuses to go below zero', async () => {
    const receipt = await owner.client.ok<{ adjustStock: { levels: Level[] } }>(ADJUST, { input: { variantId: small, delta: 5, kind: 'RECEIPT', reason: 'PO-1001 delivered' } });
    expect(receipt.adjustStock.levels[0]).toMatchObject({ onHand: 15, available: 15 });
    const damaged = await owner.client.ok<{ adjustStock: { levels: Level[] } }>(ADJUST, { input: { variantId: small, delta: -2, reason: 'Damaged in storage' } });
    expect(damaged.adjustStock.levels[0].onHand).toBe(13);
    const tooMany = await owner.client.ok<{ adjustStock: { __typename: string; code: string; requested: number; available: number } }>(ADJUST, {
      input: { variantId: small, delta: -14, reason: 'Count correction' },
    });
    expect(tooMany.adjustStock).toEqual({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK', requested: 14, available: 13 });
    expect((await level(small)).onHand).toBe(13);
    const ledger = await owner.client.ok<{ stockMovements: Array<{ kind: string; onHandDelta: number; reason: string; actor: string }> }>(MOVEMENTS, { id: small });
    expect(ledger.stockMovements.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: 'adjustment', onHandDelta: -2, reason: 'Damaged in storage', actor: `user:${owner.userId}` }),
      expect.objectContaining({ kind: 'receipt', onHandDelta: 5, reason: 'PO-1001 delivered' }),
    ]);
  });

  it('transfers between locations atomically', async () => {
    const created = await owner.client.ok<{ createStockLocation: { id: string } }>(`mutation { createStockLocation(input: { name: "Shop floor", code: "shop" }) { id } }`);
    const main = (await level(large)).locationId;
    const moved = await owner.client.ok<{ transferStock: { levels: Level[] } }>(
      `mutation($input: TransferStockInput!) { transferStock(input: $input) { ... on StockLevelList { levels { locationId onHand } } } }`,
      { input: { variantId: large, fromLocationId: main, toLocationId: created.createStockLocation.id, quantity: 3, reason: 'Display stock' } },
    );
    expect(moved.transferStock.levels).toEqual([
      { locationId: main, onHand: 1 },
      { locationId: created.createStockLocation.id, onHand: 3 },
    ]);
    const refused = await owner.client.ok<{ transferStock: { __typename: string } }>(
      `mutation($input: TransferStockInput!) { transferStock(input: $input) { __typename } }`,
      { input: { variantId: large, fromLocationId: main, toLocationId: created.createStockLocation.id, quantity: 2, reason: 'Too many' } },
    );
    expect(refused.transferStock.__typename).toBe('InsufficientStockError');
    const levels = await owner.client.ok<{ stockLevels: Level[] }>(LEVELS, { ids: [large] });
    expect(levels.stockLevels.map((l) => l.onHand).sort()).toEqual([1, 3]);
  });

  it('never oversells under concurrent reservations', async () => {
    // 13 free units of the small kite; 40 shoppers try to hold 1 each at the same moment.
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => owner.client.ok<Reserve>(RESERVE, { input: { variantId: small, quantity: 1, reference: `cart-${i}` } })),
    );
    const held = attempts.filter((a) => a.reserveStock.__typename === 'StockReservation');
    const refused = attempts.filter((a) => a.reserveStock.__typename === 'InsufficientStockError');
    expect(held).toHaveLength(13);
    expect(refused).toHaveLength(27);
    expect(await level(small)).toMatchObject({ onHand: 13, reserved: 13, available: 0 });

    // Release two, sell one: the freed units can be held again, the sold one leaves on-hand stock.
    await owner.client.ok(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: held[0].reserveStock.id });
    await owner.client.ok(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: held[0].reserveStock.id });
    await owner.client.ok(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: held[1].reserveStock.id });
    const sold = await owner.client.ok<{ commitReservation: { status: string } }>(`mutation($id: ID!) { commitReservation(id: $id) { status } }`, { id: held[2].reserveStock.id });
    expect(sold.commitReservation.status).toBe('consumed');
    expect(await level(small)).toMatchObject({ onHand: 12, reserved: 10, available: 2 });
    const ledger = await owner.client.ok<{ stockMovements: Array<{ kind: string; onHandDelta: number; reservedDelta: number }> }>(MOVEMENTS, { id: small });
    expect(ledger.stockMovements.filter((m) => m.kind === 'release')).toHaveLength(2);
    expect(ledger.stockMovements[0]).toMatchObject({ kind: 'sale', onHandDelta: -1, reservedDelta: -1 });
  });

  it('is guarded by the database itself: a direct write below zero is rejected', async () => {
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      await expect(db.query(`UPDATE stock_levels SET on_hand = -1 WHERE variant_id = $1`, [small])).rejects.toThrow(/ck_stock_levels/);
      await expect(db.query(`UPDATE stock_levels SET reserved = on_hand + 1 WHERE variant_id = $1`, [small])).rejects.toThrow(/ck_stock_levels/);
    } finally {
      await db.end();
    }
  });

  it('releases holds once they expire', async () => {
    const hold = await owner.client.ok<Reserve>(RESERVE, { input: { variantId: large, quantity: 1, ttlSeconds: 1 } });
    expect(hold.reserveStock.__typename).toBe('StockReservation');
    await new Promise((r) => setTimeout(r, 1200));
    // The background sweep may have released it already; either way it is released exactly once.
    await owner.client.ok<{ releaseExpiredReservations: number }>(`mutation { releaseExpiredReservations }`);
    expect((await owner.client.ok<{ releaseExpiredReservations: number }>(`mutation { releaseExpiredReservations }`)).releaseExpiredReservations).toBe(0);
    const ledger = await owner.client.ok<{ stockMovements: Array<{ kind: string; reason: string; reference: string }> }>(MOVEMENTS, { id: large });
    expect(ledger.stockMovements.filter((m) => m.reference === hold.reserveStock.id && m.kind === 'release')).toEqual([
      expect.objectContaining({ reason: 'hold expired' }),
    ]);
    const levels = await owner.client.ok<{ stockLevels: Level[] }>(LEVELS, { ids: [large] });
    expect(levels.stockLevels.reduce((n, l) => n + l.reserved, 0)).toBe(0);
  });

  it('raises a low-stock alert once per crossing, and again after a restock', async () => {
    const alerts = new LiveSubscription<{ lowStockAlerts: { variantId: string; available: number; threshold: number } }>(t.wsUrl, owner.token, `subscription { lowStockAlerts { variantId available threshold } }`);
    const foreign = new LiveSubscription<unknown>(t.wsUrl, other.token, `subscription { lowStockAlerts { variantId } }`);
    subscriptions.push(alerts as LiveSubscription<unknown>, foreign);
    await alerts.start();
    await foreign.start();
    const start = (await level(small)).available;
    await owner.client.ok(ADJUST, { input: { variantId: small, delta: 10 - start, reason: 'count' } });
    await owner.client.ok(`mutation { setLowStockThreshold(input: { variantId: "${small}", threshold: 5 }) { lowStock } }`);
    for (let i = 0; i < 7; i++) await owner.client.ok(ADJUST, { input: { variantId: small, delta: -1, kind: 'SALE', reason: 'walk-in sale' } });
    const [first] = await alerts.waitFor(1);
    expect(first.lowStockAlerts).toEqual({ variantId: small, available: 5, threshold: 5 });
    await new Promise((r) => setTimeout(r, 300));
    expect(alerts.events).toHaveLength(1);
    expect((await level(small)).lowStock).toBe(true);
    const low = await owner.client.ok<{ stockLevels: Level[] }>(`{ stockLevels(lowStockOnly: true) { variantId } }`);
    expect(low.stockLevels.map((l) => l.variantId)).toEqual([small]);

    await owner.client.ok(ADJUST, { input: { variantId: small, delta: 20, kind: 'RECEIPT', reason: 'restock' } });
    await owner.client.ok(ADJUST, { input: { variantId: small, delta: -20, kind: 'SALE', reason: 'bulk order' } });
    await alerts.waitFor(2);
    expect(foreign.events).toHaveLength(0);
  });

  it('keeps catalog stock and the in-stock filter in step with inventory', async () => {
    const page = await search(owner.client, 'kite');
    const expected = (await owner.client.ok<{ stockLevels: Level[] }>(LEVELS, { ids: [small, large] })).stockLevels.reduce((n, l) => n + l.available, 0);
    expect(page.edges[0].node.stock).toBe(expected);
    for (const id of [small, large]) {
      for (const l of (await owner.client.ok<{ stockLevels: Level[] }>(LEVELS, { ids: [id] })).stockLevels) {
        if (l.available > 0) await owner.client.ok(ADJUST, { input: { variantId: id, locationId: l.locationId, delta: -l.available, reason: 'sold out' } });
      }
    }
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline && skus(await search(owner.client, 'kite', { filter: { inStock: true } })).length) await new Promise((r) => setTimeout(r, 50));
    expect(skus(await search(owner.client, 'kite', { filter: { inStock: true } }))).toEqual([]);
  });

  it('lets another store see and change none of it', async () => {
    expect((await other.client.ok<{ stockLevels: Level[] }>(LEVELS, { ids: [small, large] })).stockLevels).toEqual([]);
    expect((await other.client.ok<{ stockMovements: unknown[] }>(MOVEMENTS, { id: small })).stockMovements).toEqual([]);
    const hold = await other.client.ok<Reserve>(RESERVE, { input: { variantId: small, quantity: 1 } });
    expect(hold.reserveStock.__typename).toBe('InsufficientStockError');
    const adjust = await other.client.ok<{ adjustStock: { __typename: string } }>(ADJUST, { input: { variantId: small, delta: -1, reason: 'theft' } });
    expect(adjust.adjustStock.__typename).toBe('InsufficientStockError');
    const visitorLike = await t.client().request(LEVELS, { ids: [small] });
    expect(visitorLike.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
