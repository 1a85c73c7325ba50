/**
 * npm run bench:search — search throughput and latency of the GraphQL endpoint against the same
 * SQL run directly through `pg` in this process (the floor). Generates BENCH_PRODUCTS (100,000)
 * products in one store from the Luma data, then runs a fixed mix of searches with filters at
 * BENCH_CONCURRENCY (8) for BENCH_REQUESTS (800) requests each way. Prints one line:
 *   bench=search products=100000 qps=<n> p50_ms=<n> p95_ms=<n> floor_qps=<n> floor_p95_ms=<n>
 */
import 'reflect-metadata';
import { Pool } from 'pg';
import { EntityManager } from 'typeorm';
import { TenantContext } from '../src/platform/context/tenant-context';
import { TenantDataService } from '../src/platform/database/tenant-data.service';
import { CatalogImportService } from '../src/modules/catalog/import/catalog-import.service';
import { parseCatalogJson } from '../src/modules/catalog/import/json-catalog-parser';
import { CatalogSearchIndex } from '../src/modules/catalog/search/catalog-search-index';
import { ProductSearchService } from '../src/modules/catalog/search/product-search.service';
import { ProductSearchRequest, ProductSortOrder } from '../src/modules/catalog/search/product-search.types';
import { generateCatalog } from './luma-variations';
import { startScratchApp } from './scratch-app';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 800);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BATCH = 5000;

/** The fixed query mix: words, typos, codes, price words, filters and sorts. */
const MIX: Array<Omit<ProductSearchRequest, 'first'>> = [
  { search: 'hoodie' },
  { search: 'mens jacket', filter: { inStock: true } },
  { search: 'backpack under $50' },
  { search: 'yoga pants', sort: ProductSortOrder.PRICE_ASC },
  { search: null, filter: { categories: ['Women > Tops'] }, sort: ProductSortOrder.NEWEST },
  { search: 'bakpack' },
  { search: 'red tee', filter: { attributes: [{ name: 'size', values: ['M'] }] } },
  { search: '24-MB01' },
  { search: 'waterproof bag', filter: { brands: ['Luma', 'Northwind', 'Zephyr'] } },
  { search: 'watch', filter: { minPrice: 30, maxPrice: 80 } },
  { search: 'sweatshirt', sort: ProductSortOrder.RATING },
  { search: 'shorts', filter: { attributes: [{ name: 'color', values: ['Blue'] }], inStock: true } },
  { search: 'eco friendly tee' },
  { search: 'water bottle' },
  { search: 'trousers' },
  { search: null, filter: { categories: ['Gear'], inStock: true }, sort: ProductSortOrder.PRICE_ASC },
];

const QUERY = `query Bench($search: String, $filter: ProductFilterInput, $sort: ProductSort) {
  products(search: $search, filter: $filter, sort: $sort, first: 20) {
    totalCount edges { cursor node { id sku name price inStock } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Statement {
  sql: string;
  params: unknown[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `task` REQUESTS times over the mix with CONCURRENCY workers; returns qps and latencies. */
async function load(task: (i: number) => Promise<void>): Promise<{ qps: number; p50: number; p95: number }> {
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (;;) {
        const i = next++;
        if (i >= REQUESTS) return;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { qps: REQUESTS / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function main(): Promise<void> {
  const scratch = await startScratchApp();
  try {
    const signUp = await fetch(`${scratch.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }`,
        variables: { input: { storeName: 'Bench Store', email: 'bench@example.com', password: 'bench password 1234' } },
      }),
    });
    const { data } = (await signUp.json()) as { data: { signUp: { accessToken: string; tenant: { id: string } } } };
    const token = data.signUp.accessToken;
    const ctx = TenantContext.system(data.signUp.tenant.id, 'bench');

    const t0 = Date.now();
    const catalog = generateCatalog(PRODUCTS);
    const imports = scratch.app.get(CatalogImportService);
    for (let i = 0; i < catalog.length; i += BATCH) {
      const parsed = parseCatalogJson(JSON.stringify(catalog.slice(i, i + BATCH)));
      if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
      await imports.importNow(ctx, parsed.rows, { refreshTerms: false });
    }
    await scratch.app.get(CatalogSearchIndex).refreshTerms(ctx);
    const pool = new Pool({ connectionString: scratch.databaseUrl, max: 20 });
    pool.on('error', () => undefined);
    await pool.query('ANALYZE');
    process.stderr.write(`catalog of ${PRODUCTS} products ready in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

    // The statements one search issues, recorded from the service itself, plus the product fetch.
    const data$ = scratch.app.get(TenantDataService);
    const search = scratch.app.get(ProductSearchService);
    const scripts: Statement[][] = [];
    for (const request of MIX) {
      const recorded: Statement[] = [];
      const manager = data$.managerOf(ctx);
      const recorder = new Proxy(manager, {
        get: (target, prop, receiver) =>
          prop === 'query'
            ? (sql: string, params: unknown[]) => {
                recorded.push({ sql, params });
                return target.query(sql, params);
              }
            : Reflect.get(target, prop, receiver),
      }) as EntityManager;
      const page = await search.search(ctx.withTransaction(recorder, []), { ...request, first: 20 }, false);
      recorded.push({ sql: `SELECT * FROM products WHERE tenant_id = $1 AND id = ANY($2) AND deleted_at IS NULL`, params: [ctx.tenantId, page.ids] });
      scripts.push(recorded);
    }
    if (process.env.BENCH_DUMP_SQL) process.stderr.write(`${JSON.stringify(scripts)}\n`);

    const graphql = (i: number) =>
      fetch(`${scratch.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: MIX[i % MIX.length] }),
      }).then(async (res) => {
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      });
    const floor = async (i: number) => {
      for (const s of scripts[i % scripts.length]) await pool.query(s.sql, s.params);
    };
    for (let i = 0; i < MIX.length; i++) {
      await graphql(i);
      await floor(i);
    }
    const direct = await load(floor);
    const api = await load(graphql);
    await pool.end();
    const r = (n: number) => Math.round(n * 10) / 10;
    console.log(`bench=search products=${PRODUCTS} qps=${r(api.qps)} p50_ms=${r(api.p50)} p95_ms=${r(api.p95)} floor_qps=${r(direct.qps)} floor_p95_ms=${r(direct.p95)}`);
  } finally {
    await scratch.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
