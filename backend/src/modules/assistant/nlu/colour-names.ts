import type { Entity } from './entity';
import { allowedTypos, editDistance, foldWord } from './word-similarity';
import { COMMON_WORDS } from './common-words';

type ColourEntity = Extract<Entity, { type: 'colour' }>;

/** Spelling → canonical colour. Multi-word spellings are matched before single words. */
const COLOURS: Record<string, string> = {
  black: 'black', white: 'white', 'off white': 'off-white', 'off-white': 'off-white', ivory: 'ivory', cream: 'cream',
  red: 'red', burgundy: 'burgundy', maroon: 'burgundy', 'wine red': 'burgundy', crimson: 'red', scarlet: 'red',
  blue: 'blue', 'light blue': 'light blue', 'sky blue': 'light blue', 'baby blue': 'light blue', 'dark blue': 'navy',
  navy: 'navy', 'navy blue': 'navy', 'royal blue': 'royal blue', turquoise: 'turquoise', teal: 'teal', aqua: 'turquoise',
  green: 'green', 'dark green': 'dark green', 'forest green': 'dark green', olive: 'olive', khaki: 'khaki',
  mint: 'mint', 'mint green': 'mint', 'lime green': 'lime', lime: 'lime', sage: 'sage', 'sage green': 'sage',
  grey: 'grey', gray: 'grey', 'light grey': 'light grey', 'light gray': 'light grey', 'dark grey': 'charcoal',
  'dark gray': 'charcoal', charcoal: 'charcoal', silver: 'silver', gold: 'gold', 'rose gold': 'rose gold',
  beige: 'beige', tan: 'tan', camel: 'camel', brown: 'brown', chocolate: 'brown', taupe: 'taupe', nude: 'nude',
  pink: 'pink', 'hot pink': 'pink', 'light pink': 'light pink', 'pale pink': 'light pink', fuchsia: 'pink',
  magenta: 'pink', purple: 'purple', violet: 'purple', lilac: 'lilac', lavender: 'lilac', mauve: 'lilac',
  yellow: 'yellow', mustard: 'mustard', orange: 'orange', coral: 'coral', peach: 'peach', rust: 'rust',
  multicolour: 'multicolour', multicolor: 'multicolour', 'multi-colour': 'multicolour', 'multi-color': 'multicolour',
  multicoloured: 'multicolour', multicolored: 'multicolour', rainbow: 'multicolour', transparent: 'clear', clear: 'clear',
};

const SPELLINGS = Object.keys(COLOURS).sort((a, b) => b.length - a.length);
const EXACT = new RegExp(String.raw`\b(?:${SPELLINGS.map((spelling) => spelling.replace('-', '[\\s-]?').replace(' ', '[\\s-]?')).join('|')})\b`, 'giu');
const WORD = /[\p{L}]+/gu;
// Words that look like a typo'd colour but are ordinary words, and colour words that are rarely colours.
const FUZZY_EXCLUDED = new Set(['while', 'grown', 'blink', 'rose', 'blues', 'greet', 'whine', 'bread', 'brows']);
const SINGLE_WORD_COLOURS = Object.keys(COLOURS).filter((spelling) => !/[\s-]/.test(spelling));

/** Colours, tolerating one typo in colour names of five letters or more ("balck", "purpel"). */
export function findColours(text: string): ColourEntity[] {
  const colours: ColourEntity[] = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(EXACT)) {
    const start = match.index ?? 0;
    const key = foldWord(match[0]).replace(/[\s-]+/g, ' ');
    const value = COLOURS[key] ?? COLOURS[key.replace(' ', '-')] ?? COLOURS[key.replace(' ', '')];
    if (value) {
      colours.push({ type: 'colour', value, raw: match[0], start, end: start + match[0].length });
      taken.push([start, start + match[0].length]);
    }
  }
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = foldWord(match[0]);
    if (word.length < 5 || COMMON_WORDS.has(word) || FUZZY_EXCLUDED.has(word) || taken.some(([a, b]) => start < b && start + word.length > a)) {
      continue;
    }
    const best = SINGLE_WORD_COLOURS.filter((colour) => colour.length >= 5 && colour[0] === word[0]).find(
      (colour) => editDistance(word, colour, 1) <= Math.min(1, allowedTypos(colour.length)),
    );
    if (best) {
      colours.push({ type: 'colour', value: COLOURS[best], raw: match[0], start, end: start + match[0].length });
    }
  }
  return colours;
}
