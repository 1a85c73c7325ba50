import { emptyFacts, factsOf, ProductFact } from '../tools/assistant-tool';
import { ToolCallRecord } from '../tools/tool-registry';
import { couldNotHelp, handoffKeywordIn, handoffTrigger } from './handoff-triggers';

const RULES = { handoffKeywords: ['refund', 'speak to manager'], handoffOnNegativeSentiment: true, handoffSentimentThreshold: -0.5 };
const HOODIE: ProductFact = {
  id: 'p1',
  sku: 'HOOD-1',
  name: 'Hoodie',
  brand: 'Nike',
  category: 'Hoodies',
  priceCents: 5500,
  regularPriceCents: 5500,
  currency: 'USD',
  stock: 3,
  description: '',
  imageUrl: null,
  rating: null,
  variants: [],
};

function call(name: string, products: ProductFact[] = [], citations: string[] = [], ok = true): ToolCallRecord {
  return { name, arguments: {}, result: { ok, content: {}, facts: products.length ? factsOf(products) : emptyFacts(), products, citations } };
}

describe('handoff keywords', () => {
  it('match whole words and phrases in any case', () => {
    expect(handoffKeywordIn('I want a REFUND now', RULES.handoffKeywords)).toBe('refund');
    expect(handoffKeywordIn('Let me speak  to Manager please', RULES.handoffKeywords)).toBe('speak to manager');
    expect(handoffKeywordIn('Ich will eine Rückerstattung', ['rückerstattung'])).toBe('rückerstattung');
  });

  it('do not match inside other words or when absent', () => {
    expect(handoffKeywordIn('what is your refunds policy?', RULES.handoffKeywords)).toBeNull();
    expect(handoffKeywordIn('do you have hoodies?', RULES.handoffKeywords)).toBeNull();
    expect(handoffKeywordIn('anything', ['  '])).toBeNull();
  });
});

describe('handoffTrigger', () => {
  it('hands over on a keyword, or on a message more negative than the threshold when the store asks for it', () => {
    expect(handoffTrigger('refund please', 0, RULES)).toBe('keyword');
    expect(handoffTrigger('this is awful', -0.8, RULES)).toBe('negative_sentiment');
    expect(handoffTrigger('this is awful', -0.4, RULES)).toBeNull();
    expect(handoffTrigger('this is awful', -0.8, { ...RULES, handoffOnNegativeSentiment: false })).toBeNull();
  });
});

describe('couldNotHelp', () => {
  const sure = (intent: string) => ({ intent, confidence: 0.9, entities: [] });

  it('counts out-of-scope messages and lookups that found nothing', () => {
    expect(couldNotHelp(sure('out_of_scope'), [], null)).toBe(true);
    expect(couldNotHelp(sure('product_search'), [call('search_products')], null)).toBe(true);
    expect(couldNotHelp(sure('store_policy'), [call('get_policy')], null)).toBe(true);
    expect(couldNotHelp({ intent: 'greeting', confidence: 0.1, entities: [] }, [], null)).toBe(true);
  });

  it('does not count answers that found something, questions it is waiting on, or actions taken', () => {
    expect(couldNotHelp(sure('greeting'), [], null)).toBe(false);
    expect(couldNotHelp(sure('provide_details'), [], 'track_order')).toBe(false);
    expect(couldNotHelp(sure('product_search'), [call('search_products', [HOODIE])], null)).toBe(false);
    expect(couldNotHelp(sure('store_policy'), [call('get_policy', [], ['Returns'])], null)).toBe(false);
    expect(couldNotHelp({ intent: 'add_to_cart', confidence: 0.2, entities: [] }, [call('search_products', [HOODIE]), call('add_to_cart')], null)).toBe(false);
    expect(couldNotHelp(sure('track_order'), [call('track_order', [], [], false)], null)).toBe(false);
  });
});
