import type { CatalogVocabulary } from './catalog-vocabulary';
import { Nlu } from './nlu';

const catalog: CatalogVocabulary = {
  brands: ['Nike', 'Patagonia'],
  categories: ['Hoodies', 'Jackets'],
  productNames: ['Hero Hoodie'],
};

describe('Nlu', () => {
  const nlu = new Nlu();

  it('returns the intent and the entities of a shopping request', () => {
    const result = nlu.analyse('do you have black Nike hoodys in XL under $60?', catalog);
    expect(result.intent).toBe('product_search');
    expect(result.entities.map(({ type, value }) => ({ type, value }))).toEqual(
      expect.arrayContaining([
        { type: 'colour', value: 'black' },
        { type: 'brand', value: 'Nike' },
        { type: 'category', value: 'Hoodies' },
        { type: 'size', value: 'XL' },
        { type: 'price_range', value: { max: 60, currency: 'USD' } },
      ]),
    );
  });

  it('returns the order number of a support request', () => {
    const result = nlu.analyse('I want to cancel purchase 00004587345');
    expect(result.intent).toBe('cancel_order');
    expect(result.entities).toEqual([
      { type: 'order_number', value: '00004587345', raw: '00004587345', start: 26, end: 37 },
    ]);
  });

  it('always answers, even for nothing', () => {
    const result = nlu.analyse('');
    expect(result.entities).toEqual([]);
    expect(result.alternatives).toHaveLength(3);
  });
});
