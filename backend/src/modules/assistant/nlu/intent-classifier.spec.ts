import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOPPING_INTENTS, type IntentName } from './intent-names';
import { shippedIntentClassifier } from './shipped-intent-classifier';

const classifier = shippedIntentClassifier();

function intentOf(text: string): IntentName {
  return classifier.classify(text).intent;
}

describe('IntentClassifier (shipped model)', () => {
  describe('support requests', () => {
    it.each<[string, IntentName]>([
      ['where is my order?', 'track_order'],
      ['I want to cancel order 00123842', 'cancel_order'],
      ['how do I get a refund for my purchase', 'get_refund'],
      ['I forgot my password', 'recover_password'],
      ['can I pay with paypal?', 'check_payment_methods'],
      ['do you ship to Canada?', 'delivery_options'],
      ['I need to change my shipping address', 'change_shipping_address'],
      ['I want to talk to a human', 'contact_human_agent'],
      ['how do I unsubscribe from the newsletter', 'newsletter_subscription'],
      ['can I get invoice #37777?', 'get_invoice'],
    ])('"%s" is %s', (text, intent) => {
      expect(intentOf(text)).toBe(intent);
    });
  });

  describe('shopping requests', () => {
    it.each<[string, IntentName]>([
      ['do you have blue hoodies?', 'product_search'],
      ['show me running shoes under $100', 'product_search'],
      ['is this jacket waterproof?', 'product_question'],
      ['what would you recommend for a beginner runner?', 'recommendation'],
      ["what's the difference between the Air Max and the Pegasus?", 'compare_products'],
      ['add the black one in size M to my cart', 'add_to_cart'],
      ["what's in my cart?", 'view_cart'],
      ['I want to checkout', 'checkout'],
      ['is the grey sofa in stock?', 'check_stock'],
      ['hello there', 'greeting'],
      ['thanks a lot!', 'thanks'],
      ['ok bye', 'goodbye'],
      ["what's the weather like tomorrow?", 'out_of_scope'],
    ])('"%s" is %s', (text, intent) => {
      expect(intentOf(text)).toBe(intent);
    });
  });

  it.each<[string, IntentName]>([
    ['wher is my oder', 'track_order'],
    ['do u hav any blu hoodies', 'product_search'],
    ['i wanna cancell my purchse 00004587345', 'cancel_order'],
    ['is the jaket in stok?', 'check_stock'],
    ['ad this to my kart', 'add_to_cart'],
    ['reccomend a warm jacket for winter', 'recommendation'],
  ])('understands typo\'d "%s" as %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each<[string, IntentName]>([
    ['gimme a real person', 'contact_human_agent'],
    ['yo u got any cheap backpacks', 'product_search'],
    ['wanna see my bill', 'check_invoice'],
    ['lemme pay now', 'checkout'],
    ['thx mate', 'thanks'],
  ])('understands colloquial "%s" as %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each<[string, IntentName]>([
    ['hoodies', 'product_search'],
    ['order status', 'track_order'],
    ['refund policy', 'check_refund_policy'],
    ['checkout', 'checkout'],
    ['my cart', 'view_cart'],
    ['human agent', 'contact_human_agent'],
  ])('understands keyword-only "%s" as %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('keeps shopping and support apart', () => {
    expect(intentOf('where is my order')).toBe('track_order');
    expect(intentOf('where can I find hoodies')).toBe('product_search');
    expect(intentOf('add a hat to order 00123842')).toBe('change_order');
    expect(intentOf('add a hat to my cart')).toBe('add_to_cart');
    expect(intentOf('what payment methods do you accept')).toBe('check_payment_methods');
    expect(intentOf('take me to the payment page')).toBe('checkout');
    expect(intentOf('I want to place an order')).toBe('place_order');
  });

  it('is not thrown off by a greeting in front of a request', () => {
    expect(intentOf('hi, where is my order?')).toBe('track_order');
    expect(intentOf('hello! do you have red dresses?')).toBe('product_search');
  });

  it('returns a probability and the three best intents, best first', () => {
    const prediction = classifier.classify('do you have blue hoodies?');
    expect(prediction.confidence).toBeGreaterThan(0.5);
    expect(prediction.confidence).toBeLessThanOrEqual(1);
    expect(prediction.alternatives).toHaveLength(3);
    expect(prediction.alternatives[0]).toEqual({ intent: prediction.intent, confidence: prediction.confidence });
    const confidences = prediction.alternatives.map((alternative) => alternative.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(confidences.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('does not confidently map gibberish or off-topic chat onto a store intent', () => {
    for (const text of ['asdkjh qwpoeiru', 'xyzzy', 'i like turtles', 'who won the game last night?']) {
      const prediction = classifier.classify(text);
      expect(prediction.intent === 'out_of_scope' || prediction.confidence < 0.5).toBe(true);
    }
  });

  it('does not throw on empty, emoji-only or 10 KB input', () => {
    for (const text of ['', '   ', '😀😀😀', '🙏', 'x'.repeat(10_000), 'hoodies '.repeat(1300)]) {
      const prediction = classifier.classify(text);
      expect(prediction.confidence).toBeGreaterThanOrEqual(0);
      expect(prediction.confidence).toBeLessThanOrEqual(1);
      expect(prediction.alternatives).toHaveLength(3);
    }
  });

  it('classifies a held-back slice of shopping utterances it never trained on at least 93% right', () => {
    const shopping = new Set<string>(SHOPPING_INTENTS);
    const rows = readFileSync(join(__dirname, 'data/shopping-intents.holdout.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => /^"((?:[^"]|"")*)","([a-z_]+)"/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ utterance: match[1].replace(/""/g, '"'), intent: match[2] }))
      .filter((row) => shopping.has(row.intent));
    expect(rows.length).toBeGreaterThan(100);
    const correct = rows.filter((row) => intentOf(row.utterance) === row.intent).length;
    expect(correct / rows.length).toBeGreaterThanOrEqual(0.93);
  });
});
