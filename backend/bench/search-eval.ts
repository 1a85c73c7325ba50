/**
 * nDCG@10 of product search over a judged set built from the Luma demo catalog
 * (search-judgements.json). Boots the real server on a scratch database, seeds the demo store and
 * runs each query as a shopper would (storefront view). Prints one line per query, then the mean:
 *   npm run eval:search
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TenantContext } from '../src/platform/context/tenant-context';
import { ProductService } from '../src/modules/catalog/product.service';
import { ProductSearchService } from '../src/modules/catalog/search/product-search.service';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import lumaCatalog from '../src/seed/data/luma-catalog.json';
import { ndcgAt } from './ndcg';
import { startScratchApp } from './scratch-app';

interface Rule {
  grade: number;
  category?: string;
  alsoCategory?: string;
  name?: string;
  attribute?: { name: string; value: string };
  sku?: string;
  maxPrice?: number;
}

interface CatalogProduct {
  sku: string;
  name: string;
  categories: string[];
  price: number;
  attributes?: Record<string, string[]>;
  variants?: Array<{ price?: number; options?: Record<string, string> }>;
}

function matches(p: CatalogProduct, rule: Rule): boolean {
  const inCategory = (c: string) => p.categories.some((path) => path.toLowerCase().includes(c.toLowerCase()));
  if (rule.category && !inCategory(rule.category)) return false;
  if (rule.alsoCategory && !inCategory(rule.alsoCategory)) return false;
  if (rule.name && !new RegExp(rule.name, 'i').test(p.name)) return false;
  if (rule.sku && p.sku !== rule.sku) return false;
  if (rule.attribute) {
    const { name, value } = rule.attribute;
    const values = [...(p.attributes?.[name] ?? []), ...(p.variants ?? []).map((v) => v.options?.[name]).filter(Boolean)];
    if (!values.some((v) => String(v).toLowerCase() === value.toLowerCase())) return false;
  }
  if (rule.maxPrice !== undefined) {
    const price = Math.min(p.price, ...(p.variants ?? []).map((v) => v.price ?? p.price));
    if (price > rule.maxPrice) return false;
  }
  return true;
}

async function main(): Promise<void> {
  const judged = JSON.parse(readFileSync(join(__dirname, 'search-judgements.json'), 'utf8')) as { queries: Array<{ query: string; judge: Rule[] }> };
  const catalog = lumaCatalog as unknown as CatalogProduct[];
  const scratch = await startScratchApp();
  try {
    const { tenantId } = await scratch.app.get(DemoSeedService).ensureDemoStore(['http://localhost']);
    const ctx = TenantContext.system(tenantId, 'search-eval');
    const search = scratch.app.get(ProductSearchService);
    const products = scratch.app.get(ProductService);
    const scores: number[] = [];
    for (const { query, judge } of judged.queries) {
      const grades = new Map<string, number>();
      for (const p of catalog) {
        const grade = Math.max(0, ...judge.filter((r) => matches(p, r)).map((r) => r.grade));
        if (grade > 0) grades.set(p.sku, grade);
      }
      const page = await search.search(ctx, { search: query, first: 10 }, true);
      const ranked = (await products.byIds(ctx, page.ids)).map((p) => p.sku);
      const score = ndcgAt(10, ranked, grades);
      scores.push(score);
      console.log(`${score.toFixed(3)}  ${query.padEnd(24)} ${ranked.slice(0, 5).join(' ')}`);
    }
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    console.log(`eval=search queries=${scores.length} ndcg@10=${mean.toFixed(4)}`);
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
