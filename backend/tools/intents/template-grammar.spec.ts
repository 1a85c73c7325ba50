import { TemplateGrammar } from './template-grammar';

const grammar = TemplateGrammar.parse(`
# comment
@item = hoodie | jacket
@colour = red | blue
[product_search]
(show me|find) {colour} {item}s( please|)
[greeting]
3* (hi|hello)
`);

describe('TemplateGrammar', () => {
  it('fills every slot and alternative', () => {
    const examples = grammar.expand(4, 1);
    const searches = examples.filter((example) => example.intent === 'product_search');
    expect(searches).toHaveLength(4);
    for (const { utterance } of searches) {
      expect(utterance).toMatch(/^(show me|find) (red|blue) (hoodie|jacket)s( please)?$/);
    }
  });

  it('draws more from patterns with a multiplier, without duplicates', () => {
    const greetings = grammar.expand(4, 1).filter((example) => example.intent === 'greeting');
    expect(greetings.map((example) => example.utterance).sort()).toEqual(['hello', 'hi']);
  });

  it('expands the same way for the same seed', () => {
    expect(grammar.expand(3, 7)).toEqual(grammar.expand(3, 7));
  });

  it('rejects unknown slots', () => {
    expect(() => TemplateGrammar.parse('[x]\n{nope}').expand(1, 1)).toThrow(/nope/);
  });
});
