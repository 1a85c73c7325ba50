/** Word-level fuzzy matching shared by catalog and product matching. */

export interface Token {
  /** Folded (lowercase, no accents) and singularized form. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '');
}

/**
 * Reduces plural and diminutive spellings to one form, so "hoodies", "hoodie"
 * and "hoodys" all become "hoody", and "dresses" becomes "dress".
 */
export function stemWord(word: string): string {
  let stem = foldWord(word);
  if (stem.length <= 3) {
    return stem;
  }
  if (stem.endsWith('ies') && stem.length > 4) {
    stem = `${stem.slice(0, -3)}y`;
  } else if (/(?:ch|sh|x|ss|z)es$/.test(stem)) {
    stem = stem.slice(0, -2);
  } else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) {
    stem = stem.slice(0, -1);
  }
  if (stem.endsWith('ie') && stem.length > 3) {
    stem = `${stem.slice(0, -2)}y`;
  }
  return stem;
}

/** Words of a text with their offsets in the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ stem: stemWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let previousPrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) {
      return limit + 1;
    }
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length];
}

/** Typos tolerated in a word: none in short words, where one letter changes the meaning. */
export function allowedTypos(length: number): number {
  if (length <= 4) {
    return 0;
  }
  return length <= 7 ? 1 : 2;
}

/** 1 for the same stem, less for a tolerated typo, 0 otherwise. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) {
    return 1;
  }
  const limit = allowedTypos(Math.min(a.length, b.length));
  if (limit === 0) {
    return 0;
  }
  const distance = editDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / Math.max(a.length, b.length);
}
