import type { CatalogVocabulary } from './catalog-vocabulary';
import type { Entity, EntityType } from './entity';
import { EntityExtractor } from './entity-extractor';

const extractor = new EntityExtractor();
const catalog: CatalogVocabulary = {
  brands: ['Nike', 'The North Face', 'Patagonia', 'Sony'],
  categories: ['Hoodies', 'Jackets & Coats', 'Men > Tops > T-Shirts', 'Running Shoes', 'Headphones'],
  productNames: ['Hero Hoodie', 'Trail Jacket'],
};

function ofType<T extends EntityType>(text: string, type: T, vocabulary?: CatalogVocabulary): Array<Extract<Entity, { type: T }>> {
  return extractor.extract(text, vocabulary).filter((entity): entity is Extract<Entity, { type: T }> => entity.type === type);
}

describe('EntityExtractor', () => {
  describe('price ranges', () => {
    it.each([
      ['blue hoodies under $50', { max: 50, currency: 'USD' }, 'under $50'],
      ['anything less than 30 euros?', { max: 30, currency: 'EUR' }, 'less than 30 euros'],
      ['jackets between 20 and 40', { min: 20, max: 40 }, 'between 20 and 40'],
      ['sneakers 20-40€', { min: 20, max: 40, currency: 'EUR' }, '20-40€'],
      ['from £30 to £60 please', { min: 30, max: 60, currency: 'GBP' }, 'from £30 to £60'],
      ['over 100 dollars is fine', { min: 100, currency: 'USD' }, 'over 100 dollars'],
      ['a tent for $1,200 or less', { max: 1200, currency: 'USD' }, '$1,200 or less'],
      ['under fifty bucks', { max: 50, currency: 'USD' }, 'under fifty bucks'],
    ])('reads "%s"', (text, value, raw) => {
      const [price] = ofType(text, 'price_range');
      expect(price.value).toEqual(value);
      expect(price.raw).toBe(raw);
      expect(text.slice(price.start, price.end)).toBe(raw);
    });

    it('turns "around 100" into a target with a band around it', () => {
      expect(ofType('a laptop around 100', 'price_range')[0].value).toEqual({ target: 100, min: 80, max: 120 });
    });

    it('keeps "cheap" and "premium" as qualifiers without inventing a number', () => {
      expect(ofType('cheap hoodies', 'price_range').map((price) => price.value)).toEqual([{ qualifier: 'cheap' }]);
      expect(ofType('something high-end', 'price_range').map((price) => price.value)).toEqual([{ qualifier: 'premium' }]);
    });

    it('does not read measures, sizes or order numbers as prices', () => {
      expect(ofType('a tent under 2 kg', 'price_range')).toEqual([]);
      expect(ofType('boots in size 10', 'price_range')).toEqual([]);
      expect(ofType('cancel order 00123842', 'price_range')).toEqual([]);
    });
  });

  it("finds the store's own order numbers however they are typed, and not hyphenated words", () => {
    const orders = (text: string) => ofType(text, 'order_number').map((e) => e.value);
    expect(orders('where is my order kmhq-xrtw?')).toEqual(['KMHQ-XRTW']);
    expect(orders('it is K7M2 9QXD')).toEqual(['K7M2-9QXD']);
    expect(orders('order #: K7M29QXD thanks')).toEqual(['K7M2-9QXD']);
    expect(orders('it is KBKU-FZZU')).toEqual(['KBKU-FZZU']);
    expect(orders('is this a half-time deal?')).toEqual([]);
    expect(orders('is this a Half-Time deal?')).toEqual([]);
    expect(orders('order 10045678, email Jane.Doe@Example.com')).toEqual(['10045678']);
  });

  it('names the currency of symbols and words', () => {
    expect(ofType('is it 20€ or $25?', 'currency').map((currency) => currency.value)).toEqual(['EUR', 'USD']);
    expect(ofType('can I see prices in euros', 'currency').map((currency) => currency.value)).toEqual(['EUR']);
    expect(ofType('a hoodie for 45 pounds', 'currency').map((currency) => currency.value)).toEqual(['GBP']);
    expect(ofType('it weighs 5 pounds', 'currency')).toEqual([]);
  });

  describe('brands and categories from the catalog', () => {
    it('matches plurals and typos to the catalog spelling', () => {
      expect(ofType('do you have hoodys?', 'category', catalog).map((entity) => entity.value)).toEqual(['Hoodies']);
      expect(ofType('any pattagonia jakets', 'brand', catalog).map((entity) => entity.value)).toEqual(['Patagonia']);
      expect(ofType('any pattagonia jakets', 'category', catalog).map((entity) => entity.value)).toEqual(['Jackets & Coats']);
    });

    it('matches multi-word names, glued spellings and the last level of a category path', () => {
      expect(ofType('north face running shoes', 'brand', catalog)[0]).toMatchObject({ value: 'The North Face', raw: 'north face' });
      expect(ofType('north face running shoes', 'category', catalog)[0]).toMatchObject({ value: 'Running Shoes' });
      expect(ofType('tshirts on sale?', 'category', catalog).map((entity) => entity.value)).toEqual(['Men > Tops > T-Shirts']);
    });

    it('does not take ordinary words for look-alike brands', () => {
      expect(ofType('I like this one', 'brand', catalog)).toEqual([]);
      expect(ofType('hoodies', 'brand', catalog)).toEqual([]);
    });

    it('finds no brand or category without a vocabulary', () => {
      expect(extractor.extract('nike hoodies').filter((entity) => entity.type === 'brand' || entity.type === 'category')).toEqual([]);
    });
  });

  it.each([
    ['black jeans', 'black'],
    ['do you have it in GRAY', 'grey'],
    ['navy blue polo', 'navy'],
    ['a balck hoodie', 'black'],
  ])('finds the colour in "%s"', (text, colour) => {
    expect(ofType(text, 'colour').map((entity) => entity.value)).toEqual([colour]);
  });

  it('does not see a colour in "while"', () => {
    expect(ofType('while I wait', 'colour')).toEqual([]);
  });

  describe('sizes', () => {
    it.each([
      ['do you have it in XL?', 'XL'],
      ['hoodie size m', 'M'],
      ['extra large please', 'XL'],
      ['I need an S', 'S'],
      ['the large one', 'L'],
      ['sneakers size 42', '42'],
      ['EU 42 please', 'EU 42'],
      ['got these in a 9?', '9'],
      ['jeans 32x34', '32x34'],
      ['size 10.5 trail shoes', '10.5'],
    ])('reads "%s"', (text, size) => {
      expect(ofType(text, 'size').map((entity) => entity.value)).toEqual([size]);
    });

    it('ignores size words used as ordinary words', () => {
      expect(ofType("I'm looking for a large family tent", 'size')).toEqual([]);
      expect(ofType('is it small', 'size')).toEqual([]);
    });
  });

  describe('quantities', () => {
    it.each([
      ['two hoodies please', 2],
      ['3x black tees', 3],
      ['add 2 to cart', 2],
      ['I will take 4 of those', 4],
      ['a couple of mugs', 2],
      ['half a dozen socks', 6],
    ])('reads "%s"', (text, quantity) => {
      expect(ofType(text, 'quantity').map((entity) => entity.value)).toEqual([quantity]);
    });

    it('does not count pronouns, prices or sizes', () => {
      expect(ofType('the red one', 'quantity')).toEqual([]);
      expect(ofType('under 50 dollars', 'quantity')).toEqual([]);
      expect(ofType('size 9 boots', 'quantity')).toEqual([]);
    });
  });

  describe('order numbers and emails', () => {
    it.each([
      ['how can I cancel purchase 113542617735902?', '113542617735902'],
      ['where is order #00004587345', '00004587345'],
      ['status of order ABC-12345', 'ABC-12345'],
      ['I need invoice #37777', '37777'],
      ['track 732201349959 for me', '732201349959'],
    ])('reads the order number in "%s"', (text, order) => {
      expect(ofType(text, 'order_number').map((entity) => entity.value)).toEqual([order]);
    });

    it('does not take an order number for a quantity or a price', () => {
      const types = extractor.extract('cancel purchase 00123842').map((entity) => entity.type);
      expect(types).toEqual(['order_number']);
    });

    it('reads an email and keeps its offsets', () => {
      const text = 'send it to Jane.Doe+shop@example.co.uk please';
      const [email] = ofType(text, 'email');
      expect(email.value).toBe('jane.doe+shop@example.co.uk');
      expect(text.slice(email.start, email.end)).toBe('Jane.Doe+shop@example.co.uk');
    });
  });

  it('reads a full shopping request', () => {
    const entities = extractor.extract('2 black Nike hoodies in XL under $80', catalog);
    expect(entities.map(({ type, value }) => ({ type, value }))).toEqual([
      { type: 'quantity', value: 2 },
      { type: 'colour', value: 'black' },
      { type: 'brand', value: 'Nike' },
      { type: 'category', value: 'Hoodies' },
      { type: 'size', value: 'XL' },
      { type: 'price_range', value: { max: 80, currency: 'USD' } },
      { type: 'currency', value: 'USD' },
    ]);
  });

  it('copes with empty, emoji-only and very long input', () => {
    expect(extractor.extract('')).toEqual([]);
    expect(extractor.extract('😀🙏🔥')).toEqual([]);
    const long = `${'hoodies under $50 '.repeat(600)}`;
    expect(() => extractor.extract(long, catalog)).not.toThrow();
  });
});
