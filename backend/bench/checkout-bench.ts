/**
 * npm run bench:checkout — many shoppers check out at once: a share of them fight over one hot
 * product with little stock, the rest buy from many cold products. Each shopper has a widget session
 * and a one-item cart; the timed part is the checkout mutation (hold stock, create the order, open
 * the payment link with the manual provider).
 *   BENCH_SHOPPERS=400 BENCH_HOT_SHARE=0.3 BENCH_HOT_STOCK=40 BENCH_COLD_PRODUCTS=100 BENCH_CONCURRENCY=100
 * Prints details on stderr and one line on stdout:
 *   bench=checkout orders_per_s=<n> p50_ms=<n> p99_ms=<n> oversold=<n>
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startScratchApp } from './scratch-app';

const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 400);
const HOT_SHARE = Number(process.env.BENCH_HOT_SHARE ?? 0.3);
const HOT_STOCK = Number(process.env.BENCH_HOT_STOCK ?? 40);
const COLD_PRODUCTS = Number(process.env.BENCH_COLD_PRODUCTS ?? 100);
const COLD_STOCK = 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
const ORIGIN = 'https://bench-shop.example.com';

interface Gql {
  <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
}

function client(url: string, token?: string, ip?: string): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(ip ? { 'x-forwarded-for': ip } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)))));
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function main(): Promise<void> {
  const scratch = await startScratchApp();
  try {
    const anon = client(scratch.url);
    const signUp = await anon<{ signUp: { accessToken: string } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { storeName: 'Checkout Bench', email: `${randomUUID()}@bench.example.com`, password: 'correct horse battery staple' },
    });
    const owner = client(scratch.url, signUp.signUp.accessToken);
    const { createWidgetKey } = await owner<{ createWidgetKey: { publicKey: string } }>(`mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { publicKey } }`, {
      input: { allowedOrigins: [ORIGIN] },
    });
    const products = [
      { sku: 'HOT-1', name: 'Hot drop', price: 99, stock: HOT_STOCK, status: 'active' },
      ...Array.from({ length: COLD_PRODUCTS }, (_, i) => ({ sku: `COLD-${i + 1}`, name: `Everyday item ${i + 1}`, price: 10 + (i % 40), stock: COLD_STOCK, status: 'active' })),
    ];
    const started = await owner<{ importCatalog: { id: string } }>(`mutation($input: ImportCatalogInput!) { importCatalog(input: $input) { id } }`, {
      input: { format: 'JSON', content: JSON.stringify(products), fileName: 'bench.json' },
    });
    for (;;) {
      const { catalogImport } = await owner<{ catalogImport: { status: string } }>(`query($id: ID!) { catalogImport(id: $id) { status } }`, { id: started.importCatalog.id });
      if (catalogImport.status === 'succeeded') break;
      if (catalogImport.status === 'failed') throw new Error('catalog import failed');
      await new Promise((r) => setTimeout(r, 100));
    }
    const db = new Client({ connectionString: scratch.databaseUrl });
    await db.connect();
    const variants = new Map(
      ((await db.query(`SELECT id, sku FROM product_variants`)).rows as Array<{ id: string; sku: string }>).map((r) => [r.sku, r.id]),
    );

    process.stderr.write(`preparing ${SHOPPERS} shoppers with one-item carts…\n`);
    const shoppers = await inBatches(
      Array.from({ length: SHOPPERS }, (_, i) => i),
      50,
      async (_, i) => {
        const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        const session = await client(scratch.url, undefined, ip)<{ startVisitorSession: { token: string } }>(
          `mutation($publicKey: String!) { startVisitorSession(publicKey: $publicKey) { token } }`,
          { publicKey: createWidgetKey.publicKey },
        );
        const shopper = client(scratch.url, session.startVisitorSession.token, ip);
        const sku = i < SHOPPERS * HOT_SHARE ? 'HOT-1' : `COLD-${1 + (i % COLD_PRODUCTS)}`;
        await shopper(`mutation($input: CartItemInput!) { addToCart(input: $input) { __typename } }`, { input: { variantId: variants.get(sku), quantity: 1 } });
        return shopper;
      },
    );

    const latencies: number[] = [];
    const outcomes = new Map<string, number>();
    let next = 0;
    const t0 = performance.now();
    // A fixed number of shoppers in flight; all of them start at once when CONCURRENCY >= SHOPPERS.
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, SHOPPERS) }, async () => {
        while (next < shoppers.length) {
          const i = next++;
          const start = performance.now();
          const { checkout } = await shoppers[i]<{ checkout: { __typename: string } }>(`mutation($input: CheckoutInput!) { checkout(input: $input) { __typename } }`, {
            input: { email: `shopper${i}@bench.example.com` },
          });
          latencies.push(performance.now() - start);
          outcomes.set(checkout.__typename, (outcomes.get(checkout.__typename) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;

    const ordered = (await db.query(
      `SELECT l.sku, sum(l.quantity)::int AS units FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status <> 'cancelled' GROUP BY l.sku`,
    )).rows as Array<{ sku: string; units: number }>;
    const initial = new Map(products.map((p) => [p.sku, p.stock]));
    const oversoldByOrders = ordered.reduce((sum, r) => sum + Math.max(0, r.units - (initial.get(r.sku) ?? 0)), 0);
    const negative = (await db.query(`SELECT count(*)::int AS n FROM stock_levels WHERE on_hand < 0 OR reserved < 0 OR on_hand - reserved < 0`)).rows[0].n as number;
    const hotSold = ordered.find((r) => r.sku === 'HOT-1')?.units ?? 0;
    await db.end();

    const orders = outcomes.get('CheckoutLink') ?? 0;
    const sorted = [...latencies].sort((a, b) => a - b);
    process.stderr.write(
      `checkouts=${SHOPPERS} concurrency=${Math.min(CONCURRENCY, SHOPPERS)} outcomes=${JSON.stringify(Object.fromEntries(outcomes))} ` +
        `hot_stock=${HOT_STOCK} hot_sold=${hotSold} wall_s=${seconds.toFixed(2)} negative_stock_rows=${negative}\n`,
    );
    process.stdout.write(
      `bench=checkout orders_per_s=${Math.round(orders / seconds)} p50_ms=${Math.round(percentile(sorted, 50))} p99_ms=${Math.round(percentile(sorted, 99))} oversold=${oversoldByOrders + negative}\n`,
    );
  } finally {
    await scratch.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
