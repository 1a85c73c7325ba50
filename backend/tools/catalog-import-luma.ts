/**
 * Converts the Magento "Luma" sample data (../shared/data/luma, see its SOURCE.md) into the
 * catalog JSON import format shipped with the seed (backend/src/seed/data/luma-catalog.json) and
 * its reviews (luma-reviews.json). Run again only when the source data changes:
 *   TS_NODE_PROJECT=backend/tsconfig.tools.json npx ts-node backend/tools/catalog-import-luma.ts [sourceDir]
 */
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Row = Record<string, string>;

const SOURCE = resolve(process.argv[2] ?? join(__dirname, '../../../shared/data/luma'));
const OUT = join(__dirname, '../src/seed/data');
const ATTRIBUTES = ['material', 'pattern', 'climate', 'activity', 'gender', 'style_general', 'style_bottom', 'style_bags', 'features_bags', 'strap_bags', 'sleeve', 'neckline', 'category_gear'];
const NAMES: Record<string, string> = { style_general: 'style', style_bottom: 'style', style_bags: 'style', features_bags: 'features', strap_bags: 'strap', category_gear: 'type' };

function read(file: string): Row[] {
  return parse(readFileSync(join(SOURCE, file)), { columns: true, skip_empty_lines: true }) as Row[];
}

const ENTITIES: Record<string, string> = { trade: '™', reg: '®', copy: '©', frac14: '¼', frac12: '½', bull: '•', nbsp: ' ', amp: '&', quot: '"', rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', ndash: '–', mdash: '—', deg: '°' };

function decode(value: string): string {
  return value.replace(/&([a-z0-9]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m).replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).trim();
}

function text(html: string): string {
  return decode(html
    .replace(/<li>/gi, '\n• ')
    .replace(/<\/(p|li|ul)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim());
}

function keyValues(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const i = pair.indexOf('=');
    if (i > 0) out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
}

function attributesOf(source: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of ATTRIBUTES) {
    const value = source[key];
    if (!value) continue;
    const name = NAMES[key] ?? key;
    out[name] = [...new Set([...(out[name] ?? []), ...value.split(/[|\n]/).map((v) => decode(v)).filter(Boolean)])];
  }
  const collections = [
    source.eco_collection === 'Yes' || source.eco_collection === '1' ? 'Eco Friendly' : '',
    source.performance_fabric === 'Yes' || source.performance_fabric === '1' ? 'Performance Fabric' : '',
  ].filter(Boolean);
  if (collections.length) out.collection = collections;
  return out;
}

function categoriesOf(magento: string): string[] {
  return magento
    .split(',')
    .map((c) => c.replace(/^Default Category\/?/, '').trim())
    .filter(Boolean)
    .map((c) => c.split('/').join(' > '));
}

/** Gear categories come as lines of (parent, child) pairs. */
function pairs(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) out.push(`${lines[i]} > ${lines[i + 1]}`);
  return out;
}

const products: unknown[] = [];
const configurable = read('configurable_products.csv');
const simples = new Map(configurable.filter((r) => r.product_type === 'simple').map((r) => [r.sku, r]));
for (const parent of configurable.filter((r) => r.product_type === 'configurable')) {
  const attrs = keyValues(parent.additional_attributes.replace(/\|/g, '\u0001'));
  for (const k of Object.keys(attrs)) attrs[k] = attrs[k].replace(/\u0001/g, '|');
  const variants = parent.configurable_variations.split('|').map((spec) => {
    const v = keyValues(spec);
    const row = simples.get(v.sku);
    const options: Record<string, string> = {};
    if (v.size) options.size = v.size;
    if (v.color) options.color = v.color;
    return { sku: v.sku, options, price: Number(row?.price ?? parent.price), stock: Number(row?.qty ?? 0), imageUrl: row?.base_image || undefined };
  });
  products.push({
    sku: parent.sku,
    name: decode(parent.name),
    description: text(parent.description),
    brand: 'Luma',
    categories: categoriesOf(parent.categories),
    price: Number(parent.price),
    imageUrl: parent.base_image || undefined,
    featured: attrs.new === 'Yes',
    attributes: attributesOf(attrs),
    variants,
  });
}
for (const file of readdirSync(SOURCE).filter((f) => f.startsWith('products_gear_'))) {
  for (const r of read(file)) {
    products.push({
      sku: r.sku,
      name: decode(r.name),
      description: text(r.description),
      brand: 'Luma',
      categories: pairs(r.category.split('\n').map((c) => c.trim()).filter(Boolean)),
      price: Number(r.price),
      salePrice: r.special_price ? Number(r.special_price) : undefined,
      stock: Number(r.qty || 0),
      featured: r.new === '1' || r.new === 'Yes',
      attributes: attributesOf(r),
    });
  }
}
const reviews = read('products_reviews.csv').map((r) => ({ sku: r.sku, rating: Number(r.rating_value), title: r.title.trim(), body: r.review.trim(), author: r.reviewer.trim() }));
writeFileSync(join(OUT, 'luma-catalog.json'), JSON.stringify(products));
writeFileSync(join(OUT, 'luma-reviews.json'), JSON.stringify(reviews));
console.log(`${products.length} products, ${reviews.length} reviews written to ${OUT}`);
