import { COMMON_WORDS } from './common-words';
import { tokenize, wordSimilarity } from './word-similarity';

export interface ProductMatch {
  name: string;
  /** 0..1: 1 when the message names exactly this product and nothing else. */
  score: number;
}

export interface ProductMatchOptions {
  /** Most names returned. */
  limit?: number;
  /** Names scoring below this are left out. */
  minScore?: number;
}

/**
 * Ranks product names by how well a message names them, tolerating typos and
 * plurals. A name scores high when most of its words appear in the message and
 * most of the message's content words appear in it, so "trail jacket blue"
 * prefers "Trail Jacket Blue" over both "Jacket" and "Trail Jacket Men's Waterproof".
 */
export function fuzzyProductMatch(
  text: string,
  names: readonly string[],
  { limit = 5, minScore = 0.4 }: ProductMatchOptions = {},
): ProductMatch[] {
  const query = contentStems(text.slice(0, MAX_QUERY));
  if (query.length === 0) {
    return [];
  }
  // Product names share most of their words: each distinct word is compared with the query once.
  const similarities = new Map<string, number[]>();
  const similarityRow = (stem: string): number[] => {
    let row = similarities.get(stem);
    if (!row) {
      row = query.map((queryStem) => wordSimilarity(queryStem, stem));
      similarities.set(stem, row);
    }
    return row;
  };
  const matches: ProductMatch[] = [];
  for (const name of names) {
    const stems = nameStems(name);
    if (stems.length === 0) {
      continue;
    }
    const stemRows = stems.map(similarityRow);
    // "airmax" in the query stands for the glued pair "air" + "max" of the name.
    const pairRows = stems.slice(0, -1).map((stem, i) => similarityRow(stem + stems[i + 1]));
    let queryCoverage = 0;
    query.forEach((_, q) => {
      let best = 0;
      for (const row of stemRows) {
        best = Math.max(best, row[q]);
      }
      for (const row of pairRows) {
        best = Math.max(best, row[q]);
      }
      queryCoverage += best;
    });
    queryCoverage /= query.length;
    const pairBest = pairRows.map((row) => Math.max(...row));
    let nameCoverage = 0;
    stemRows.forEach((row, i) => {
      nameCoverage += Math.max(...row, i > 0 ? pairBest[i - 1] : 0, i < pairBest.length ? pairBest[i] : 0);
    });
    nameCoverage /= stems.length;
    if (queryCoverage === 0 || nameCoverage === 0) {
      continue;
    }
    const score = (2 * queryCoverage * nameCoverage) / (queryCoverage + nameCoverage);
    if (score >= minScore) {
      matches.push({ name, score: Math.round(score * 1000) / 1000 });
    }
  }
  return matches.sort((a, b) => b.score - a.score || a.name.length - b.name.length).slice(0, limit);
}

/** Only the start of a long message is matched: product names come early. */
const MAX_QUERY = 500;

// Catalog names come back on every message: their stems are kept, up to a bound.
const NAME_STEMS = new Map<string, string[]>();
const MAX_CACHED_NAMES = 50_000;

function nameStems(name: string): string[] {
  let stems = NAME_STEMS.get(name);
  if (!stems) {
    if (NAME_STEMS.size >= MAX_CACHED_NAMES) {
      NAME_STEMS.clear();
    }
    stems = contentStems(name);
    NAME_STEMS.set(name, stems);
  }
  return stems;
}

/** Stems of the words that can name a product: not "do you have the … in". */
function contentStems(text: string): string[] {
  return tokenize(text)
    .map((token) => token.stem)
    .filter((stem) => !COMMON_WORDS.has(stem));
}
