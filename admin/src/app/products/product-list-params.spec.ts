import { effectiveSort, hasListFilters, parseProductListParams, productFilterOf, productListQuery, type ProductListParams } from './product-list-params';

const query = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
const CATEGORY = '0b7c5a4e-8d61-4b5e-9a55-1f7e0d9c2b10';

describe('parseProductListParams', () => {
  it('reads a shared link back into the same filters', () => {
    expect(
      parseProductListParams(query({ q: ' duffle ', status: 'draft', brand: 'Luma', category: CATEGORY, stock: 'in', sort: 'PRICE_ASC', after: 'abc' })),
    ).toEqual({ search: 'duffle', status: 'draft', brand: 'Luma', categoryId: CATEGORY, inStockOnly: true, sort: 'PRICE_ASC', after: 'abc' });
  });

  it('ignores values a person may have mistyped in the address bar', () => {
    expect(parseProductListParams(query({ status: 'deleted', sort: 'cheapest', category: 'bags', stock: 'yes' }))).toEqual({
      search: '',
      status: null,
      brand: null,
      categoryId: null,
      inStockOnly: false,
      sort: null,
      after: null,
    });
  });
});

describe('productListQuery', () => {
  const current: ProductListParams = parseProductListParams(query({ q: 'bag', after: 'page-2-cursor' }));

  it('goes back to the first page when a filter changes', () => {
    expect(productListQuery(current, { status: 'active' })).toEqual({
      q: 'bag',
      status: 'active',
      brand: null,
      category: null,
      stock: null,
      sort: null,
      after: null,
    });
  });

  it('keeps the filters when only the page changes', () => {
    expect(productListQuery(current, { after: 'page-3-cursor' })).toMatchObject({ q: 'bag', after: 'page-3-cursor' });
  });

  it('drops empty values from the URL', () => {
    expect(productListQuery(current, { search: '', inStockOnly: false })).toMatchObject({ q: null, stock: null });
  });
});

describe('productFilterOf', () => {
  it('shows staff drafts and archived products unless a status is chosen', () => {
    expect(productFilterOf(parseProductListParams(query({})))).toEqual({ statuses: ['active', 'draft', 'archived'] });
    expect(productFilterOf(parseProductListParams(query({ status: 'archived', stock: 'in', brand: 'Luma' })))).toEqual({
      statuses: ['archived'],
      brands: ['Luma'],
      inStock: true,
    });
  });
});

describe('effectiveSort', () => {
  it('ranks by relevance while searching and by name otherwise', () => {
    expect(effectiveSort(parseProductListParams(query({ q: 'tee' })))).toBe('RELEVANCE');
    expect(effectiveSort(parseProductListParams(query({})))).toBe('NAME');
    expect(effectiveSort(parseProductListParams(query({ sort: 'RELEVANCE' })))).toBe('NAME');
    expect(effectiveSort(parseProductListParams(query({ q: 'tee', sort: 'NEWEST' })))).toBe('NEWEST');
  });
});

describe('hasListFilters', () => {
  it('tells an empty catalog from a search with no match', () => {
    expect(hasListFilters(parseProductListParams(query({ sort: 'NEWEST' })))).toBe(false);
    expect(hasListFilters(parseProductListParams(query({ q: 'x' })))).toBe(true);
  });
});
