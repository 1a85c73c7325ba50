import { PHRASE_BOOKS, quickReplyMeaning } from './phrase-books';

describe('quickReplyMeaning', () => {
  it('reads a quick reply tapped in any language as its English text', () => {
    expect(quickReplyMeaning('Wo ist meine Bestellung?')).toBe('Where is my order?');
    expect(quickReplyMeaning('  montrez-moi   mon panier ')).toBe('Show my cart');
    expect(quickReplyMeaning('Quiero hablar con una persona')).toBe('I want to talk to a person');
    expect(quickReplyMeaning('Show me your best sellers')).toBe('Show me your best sellers');
  });

  it('leaves every other message alone', () => {
    expect(quickReplyMeaning('Wo ist meine Bestellung 123?')).toBeNull();
  });

  it('gives every language its own quick-reply texts, so none is mistaken for another step', () => {
    for (const book of Object.values(PHRASE_BOOKS)) {
      const texts = Object.values(book.quickReplies).map((r) => r.text.toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
