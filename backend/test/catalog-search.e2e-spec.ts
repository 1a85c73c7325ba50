import { createWidgetKey, startVisitor } from './support/chat-fixtures';
import { csvLine, importCatalog, names, search, SEARCH, skus } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

// Booting a server on a fresh database and importing a catalog takes longer than jest's default 5 s.
jest.setTimeout(60_000);

const HEADER = 'sku,name,description,brand,category,price,stock,status,attr_color,attr_size,attr_storage,attr_features';
const ROWS: Array<Array<string | number | null>> = [
  ['BIKE-1', 'Trailblazer Mountain Bike', 'Aluminium frame with 21 gears and front suspension', 'Rockrider', 'Sports > Bikes', 450, 3, null, 'Red', null, null, null],
  ['BIKE-2', 'City Commuter Bike', 'Upright frame, mudguards and a rear rack for the daily ride', 'Rockrider', 'Sports > Bikes', 380, 5, null, 'Black', null, null, null],
  ['LIGHT-1', 'Bike Light Set', 'USB rechargeable front and rear lights for any bike', 'Lumos', 'Sports > Bike Accessories', 25, 50, null, null, null, null, null],
  ['LOCK-1', 'Heavy Duty Bike Lock', 'Hardened steel U-lock that keeps your bike where you left it', 'Abus', 'Sports > Bike Accessories', 35, 0, null, null, null, null, null],
  ['HOOD-1', 'Club Fleece Hoodie', 'Brushed fleece pullover hoodie with kangaroo pocket', 'Nike', 'Clothing > Hoodies', 55, 20, null, 'Black|Grey', 'S|M|L|XL', null, null],
  ['HOOD-2', 'Essentials Hoodie', 'Cotton blend hoodie for everyday wear', 'Adidas', 'Clothing > Hoodies', 50, 12, null, 'Navy', 'S|M', null, null],
  ['SHOE-1', 'Air Zoom Pegasus Running Shoe', 'Responsive cushioning for daily miles', 'Nike', 'Shoes > Running', 120, 8, null, null, null, null, null],
  ['TRAIN-1', 'Classic Leather Trainers', 'Low-top leather trainers with a gum sole', 'Reebok', 'Shoes > Casual', 75, 6, null, 'White', null, null, null],
  ['HEAD-1', 'WH-1000XM4 Wireless Headphones', 'Industry-leading noise cancelling over-ear headphones', 'Sony', 'Electronics > Audio', 278, 4, null, 'Black', null, null, null],
  ['HEAD-2', 'WH-CH520 Headphones', 'Lightweight wireless on-ear headphones', 'Sony', 'Electronics > Audio', 49, 9, null, 'Blue', null, null, null],
  ['PHONE-1', 'Galaxy A54 Smartphone', 'Android phone with a 6.4 inch screen', 'Samsung', 'Electronics > Phones', 299, 7, null, null, null, '64GB', null],
  ['PHONE-2', 'Galaxy A54 Smartphone Plus', 'Android phone with more room for photos', 'Samsung', 'Electronics > Phones', 349, 7, null, null, null, '256GB', null],
  ['JACKET-1', 'Alpine Shell Jacket', 'Taped seams and a storm hood', 'Patagonia', 'Clothing > Jackets', 89, 10, null, null, null, null, 'Waterproof|Breathable'],
  ['JACKET-2', 'Denim Trucker Jacket', 'Classic denim with button front', 'Levis', 'Clothing > Jackets', 45, 10, null, null, null, null, null],
  ['SOFA-1', 'Oslo Three-Seat Sofa', 'Linen upholstery and oak legs', 'Casa', 'Home > Living Room', 799, 2, null, 'Grey', null, null, null],
  ['MUG-1', 'Café Latte Mug', 'Stoneware mug for your morning coffee', 'Casa', 'Home > Kitchen', 12, 30, null, null, null, null, null],
  ['DRAFT-1', 'Secret Prototype Bike', 'Not announced yet', 'Rockrider', 'Sports > Bikes', 999, 1, 'draft', null, null, null, null],
];

describe('catalog search', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;
  let visitor: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Search Store');
    other = await signUpStore(t.client(), 'Other Search Store');
    expect(await importCatalog(owner.client, 'CSV', [HEADER, ...ROWS.map(csvLine)].join('\n'))).toMatchObject({ status: 'succeeded', errors: [] });
    const otherCsv = [HEADER, csvLine(['ROAD-1', 'Road Racing Bike', 'Carbon frame', 'Trek', 'Bikes', 1200, 1, null, null, null, null, null])].join('\n');
    expect(await importCatalog(other.client, 'CSV', otherCsv)).toMatchObject({ status: 'succeeded' });
    visitor = t.client();
    await startVisitor(visitor, await createWidgetKey(owner.client));
  });
  afterAll(() => t.close());

  it('shows the product type before its accessories, for singular and plural', async () => {
    for (const q of ['bike', 'bikes', 'Bikes']) {
      const page = await search(visitor, q);
      expect(skus(page).slice(0, 2).sort()).toEqual(['BIKE-1', 'BIKE-2']);
      expect(skus(page)).toEqual(expect.arrayContaining(['LIGHT-1', 'LOCK-1']));
    }
    expect(skus(await search(visitor, 'bike light'))[0]).toBe('LIGHT-1');
  });

  it('ranks brand + type first, then the type, then the brand', async () => {
    const page = await search(visitor, 'nike hoodie');
    expect(skus(page).slice(0, 3)).toEqual(['HOOD-1', 'HOOD-2', 'SHOE-1']);
  });

  it('finds model numbers with or without separators, and attribute words', async () => {
    for (const q of ['wh-1000xm4', 'WH1000XM4', 'sony wh 1000xm4']) expect(skus(await search(visitor, q))[0]).toBe('HEAD-1');
    expect(skus(await search(visitor, '64gb'))[0]).toBe('PHONE-1');
    expect(skus(await search(visitor, 'waterproof jacket'))[0]).toBe('JACKET-1');
    expect(skus(await search(visitor, 'xl hoodie'))[0]).toBe('HOOD-1');
  });

  it('bridges vocabulary gaps, typos, partial words and accents', async () => {
    expect(skus(await search(visitor, 'couch'))).toEqual(['SOFA-1']);
    expect(skus(await search(visitor, 'sneakers')).sort()).toEqual(['SHOE-1', 'TRAIN-1']);
    const typo = await search(visitor, 'headphnoes');
    expect(skus(typo).slice(0, 2).sort()).toEqual(['HEAD-1', 'HEAD-2']);
    expect(typo.interpretation.corrections).toEqual([{ from: 'headphnoes', to: 'headphon' }]);
    expect(skus(await search(visitor, 'hood'))).toEqual(expect.arrayContaining(['HOOD-1', 'HOOD-2']));
    expect(skus(await search(visitor, 'cafe latte'))).toEqual(['MUG-1']);
  });

  it('turns price words into a filter', async () => {
    const page = await search(visitor, 'hoodie under $52');
    expect(skus(page)).toEqual(['HOOD-2']);
    expect(page.interpretation.priceRange).toEqual({ min: null, max: 52 });
    expect(skus(await search(visitor, 'headphones below 100 dollars'))).toEqual(['HEAD-2']);
    expect(skus(await search(visitor, 'bike between $30 and $400')).sort()).toEqual(['BIKE-2', 'LOCK-1']);
  });

  it('filters by category (with subcategories), brand, price, stock and attributes, and sorts', async () => {
    const sports = await search(visitor, null, { filter: { categories: ['Sports'] }, sort: 'PRICE_ASC' });
    expect(skus(sports)).toEqual(['LIGHT-1', 'LOCK-1', 'BIKE-2', 'BIKE-1']);
    expect(skus(await search(visitor, null, { filter: { categories: ['sports > bikes'] }, sort: 'PRICE_DESC' }))).toEqual(['BIKE-1', 'BIKE-2']);
    expect(skus(await search(visitor, null, { filter: { categories: ['Sports'], inStock: true }, sort: 'PRICE_ASC' }))).toEqual(['LIGHT-1', 'BIKE-2', 'BIKE-1']);
    expect(skus(await search(visitor, null, { filter: { brands: ['nike'] }, sort: 'NAME' }))).toEqual(['SHOE-1', 'HOOD-1']);
    expect(skus(await search(visitor, null, { filter: { minPrice: 270, maxPrice: 300 } })).sort()).toEqual(['HEAD-1', 'PHONE-1']);
    expect(skus(await search(visitor, null, { filter: { attributes: [{ name: 'color', values: ['grey'] }] } })).sort()).toEqual(['HOOD-1', 'SOFA-1']);
    expect(skus(await search(visitor, 'hoodie', { filter: { attributes: [{ name: 'size', values: ['XL', 'XXL'] }, { name: 'color', values: ['Black'] }] } }))).toEqual(['HOOD-1']);
    expect(skus(await search(visitor, 'nothing-matches-this', { filter: { categories: ['No Such Category'] } }))).toEqual([]);
  });

  it('counts facets over every match', async () => {
    const data = await visitor.ok<{ products: { totalCount: number; facets: { brands: Array<{ value: string; count: number }>; categories: Array<{ label: string; count: number }>; attributes: Array<{ name: string; values: Array<{ value: string; count: number }> }>; priceRanges: Array<{ value: string; count: number }>; inStock: number } } }>(
      `query($s: String) { products(search: $s, first: 1) { totalCount facets { brands { value count } categories { label count } attributes { name values { value count } } priceRanges { value count } inStock } } }`,
      { s: 'bike' },
    );
    const { facets, totalCount } = data.products;
    expect(totalCount).toBe(4);
    expect(facets.brands).toEqual([
      { value: 'Rockrider', count: 2 },
      { value: 'Abus', count: 1 },
      { value: 'Lumos', count: 1 },
    ]);
    expect(facets.categories).toEqual(
      expect.arrayContaining([
        { label: 'Sports', count: 4 },
        { label: 'Sports > Bikes', count: 2 },
        { label: 'Sports > Bike Accessories', count: 2 },
      ]),
    );
    expect(facets.inStock).toBe(3);
    expect(facets.priceRanges).toEqual([
      { value: '2500-5000', count: 2 },
      { value: '20000-', count: 2 },
    ]);
    expect(facets.attributes.find((a) => a.name === 'color')?.values).toEqual([
      { value: 'Black', count: 1 },
      { value: 'Red', count: 1 },
    ]);
  });

  it('pages with cursors without repeating or skipping products', async () => {
    for (const sort of ['NAME', 'PRICE_ASC', 'RELEVANCE', 'NEWEST', 'RATING']) {
      const all = skus(await search(visitor, sort === 'RELEVANCE' ? 'bike hoodie headphones jacket' : null, { sort, first: 50 }));
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page = await search(visitor, sort === 'RELEVANCE' ? 'bike hoodie headphones jacket' : null, { sort, first: 3, after });
        seen.push(...skus(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(all.length).toBeGreaterThan(3);
    }
    const bad = await visitor.request(SEARCH, { search: 'bike', after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers any input with results or an empty list, never an error', async () => {
    const inputs = [
      `'; DROP TABLE products; --`,
      `bike' OR '1'='1`,
      '🚲🚲🚲',
      '%_\\',
      '!!! & | ( ) : * <-> !',
      'a'.repeat(10_240),
      `${'bike '.repeat(2048)}`,
      '\u0000\u200b\ufeff',
      'ünïcödé ñame 日本語',
      '$$$ under $',
      '',
      '   ',
    ];
    for (const input of inputs) {
      const res = await visitor.request<{ products: { edges: unknown[] } }>(SEARCH, { search: input, first: 5 });
      expect(res.errors).toBeUndefined();
      expect(Array.isArray(res.data?.products.edges)).toBe(true);
    }
    expect(skus(await search(visitor, `bike' OR '1'='1`)).slice(0, 2).sort()).toEqual(['BIKE-1', 'BIKE-2']);
  });

  it('records searches with no result for the store, and only for it', async () => {
    expect((await search(visitor, 'unicorn saddle')).totalCount).toBe(0);
    const misses = await owner.client.ok<{ searchMisses: Array<{ query: string }> }>(`{ searchMisses { query } }`);
    expect(misses.searchMisses.map((m) => m.query)).toContain('unicorn saddle');
    const otherMisses = await other.client.ok<{ searchMisses: Array<{ query: string }> }>(`{ searchMisses { query } }`);
    expect(otherMisses.searchMisses.map((m) => m.query)).not.toContain('unicorn saddle');
  });

  it('applies a store synonym to that store only', async () => {
    expect((await search(visitor, 'velo')).totalCount).toBe(0);
    await owner.client.ok(`mutation { setSearchSynonym(input: { term: "velo", synonyms: ["bike"] }) { term } }`);
    expect(skus(await search(visitor, 'velo')).slice(0, 2).sort()).toEqual(['BIKE-1', 'BIKE-2']);
    expect((await search(other.client, 'velo')).totalCount).toBe(0);
  });

  it('hides drafts from shoppers, shows them to staff who ask, and keeps stores apart', async () => {
    expect(names(await search(visitor, 'prototype'))).toEqual([]);
    const draft = await visitor.ok<{ product: unknown }>(`{ product(sku: "DRAFT-1") { id } }`);
    expect(draft.product).toBeNull();
    expect(skus(await search(owner.client, 'prototype', { filter: { statuses: ['draft'] } }))).toEqual(['DRAFT-1']);
    expect(skus(await search(other.client, 'bike'))).toEqual(['ROAD-1']);
    expect(skus(await search(owner.client, 'road racing'))).not.toContain('ROAD-1');
  });

  it('suggests product names while typing', async () => {
    const data = await visitor.ok<{ productSuggestions: string[] }>(`{ productSuggestions(prefix: "hood") }`);
    expect(data.productSuggestions.sort()).toEqual(['Club Fleece Hoodie', 'Essentials Hoodie']);
    const typo = await visitor.ok<{ productSuggestions: string[] }>(`{ productSuggestions(prefix: "mountian bike") }`);
    expect(typo.productSuggestions).toContain('Trailblazer Mountain Bike');
  });
});
