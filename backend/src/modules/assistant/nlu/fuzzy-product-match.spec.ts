import { fuzzyProductMatch } from './fuzzy-product-match';

const names = ['Trail Jacket Blue', 'Jacket', "Trail Jacket Men's Waterproof", 'Trail Runner Shoe', 'Zen Yoga Mat', 'Air Max 90', 'Hero Hoodie'];

describe('fuzzyProductMatch', () => {
  it('ranks the product the shopper names exactly first', () => {
    const matches = fuzzyProductMatch('do you have the trail jacket in blue?', names);
    expect(matches[0]).toEqual({ name: 'Trail Jacket Blue', score: 1 });
    expect(matches.map((match) => match.name)).toContain("Trail Jacket Men's Waterproof");
  });

  it('tolerates typos, plurals and glued words', () => {
    expect(fuzzyProductMatch('hero hoodys', names)[0].name).toBe('Hero Hoodie');
    expect(fuzzyProductMatch('the trial jaket', names)[0].name).toMatch(/^Trail Jacket/);
    expect(fuzzyProductMatch('airmax 90', names)[0]).toEqual({ name: 'Air Max 90', score: 1 });
  });

  it('returns nothing for a message that names no product', () => {
    expect(fuzzyProductMatch('where is my order?', names)).toEqual([]);
    expect(fuzzyProductMatch('', names)).toEqual([]);
  });

  it('honours the limit and the minimum score', () => {
    expect(fuzzyProductMatch('trail jacket', names, { limit: 2 })).toHaveLength(2);
    expect(fuzzyProductMatch('trail jacket', names, { minScore: 0.99 })).toEqual([]);
  });
});
