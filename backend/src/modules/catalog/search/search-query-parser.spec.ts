import { parseSearch } from './search-query-parser';

describe('parseSearch', () => {
  it('turns price words into a range and leaves the product words', () => {
    expect(parseSearch('running shoes under $50')).toMatchObject({ maxPriceCents: 5000, terms: [{ word: 'running' }, { word: 'shoes' }] });
    expect(parseSearch('hoodie below 39.99 dollars')).toMatchObject({ maxPriceCents: 3999, terms: [{ word: 'hoodie' }] });
    expect(parseSearch('tent over $200')).toMatchObject({ minPriceCents: 20000 });
    expect(parseSearch('lamp between $20 and $50')).toMatchObject({ minPriceCents: 2000, maxPriceCents: 5000, terms: [{ word: 'lamp' }] });
    expect(parseSearch('mug $15-$10')).toMatchObject({ minPriceCents: 1000, maxPriceCents: 1500 });
    expect(parseSearch('nike air max 90').maxPriceCents).toBeUndefined();
    expect(parseSearch('nike air max 90').terms.map((t) => t.word)).toEqual(['nike', 'air', 'max', '90']);
    expect(parseSearch('jacket max $80')).toMatchObject({ maxPriceCents: 8000, terms: [{ word: 'jacket' }] });
    expect(parseSearch('catalog from 2020').minPriceCents).toBeUndefined();
  });

  it('keeps model codes and compounds whole as well as in parts', () => {
    expect(parseSearch('Sony WH-1000XM4').terms).toEqual([
      { word: 'sony', parts: [] },
      { word: 'wh1000xm4', parts: ['wh', '1000xm4'] },
    ]);
    expect(parseSearch('t-shirt').terms).toEqual([{ word: 'tshirt', parts: ['t', 'shirt'] }]);
    expect(parseSearch("men's jacket").terms.map((t) => t.word)).toEqual(['mens', 'jacket']);
  });

  it('drops filler words, accents and duplicates', () => {
    expect(parseSearch('Show me some Café crème please, café').terms.map((t) => t.word)).toEqual(['cafe', 'creme']);
  });

  it('never throws and bounds what it returns, whatever the input', () => {
    for (const input of [null, undefined, '', '🚲🚲', "'; DROP TABLE products; --", '\u0000\uffff', 'x'.repeat(10_240), 'a b c d e f g h i j k l m n o p']) {
      const parsed = parseSearch(input);
      expect(parsed.terms.length).toBeLessThanOrEqual(10);
      for (const t of parsed.terms) expect(t.word).toMatch(/^[a-z0-9]{1,40}$/);
    }
    expect(parseSearch('🚲🚲').terms).toEqual([]);
  });
});
