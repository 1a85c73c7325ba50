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
  const query = contentStems(text);
  if (query.length === 0) {
    return [];
  }
  const matches: ProductMatch[] = [];
  for (const name of names) {
    const stems = contentStems(name);
    if (stems.length === 0) {
      continue;
    }
    const joinedPairs = stems.slice(0, -1).map((stem, i) => stem + stems[i + 1]);
    const bestFor = (stem: string, candidates: string[]): number =>
      candidates.reduce((best, candidate) => Math.max(best, wordSimilarity(stem, candidate)), 0);
    const queryCoverage = query.reduce((sum, stem) => sum + Math.max(bestFor(stem, stems), bestFor(stem, joinedPairs)), 0) / query.length;
    // A query word matching two glued name words ("airmax" for "Air Max") covers both of them.
    const pairCredit = stems.map((_, i) =>
      Math.max(i > 0 ? bestFor(joinedPairs[i - 1], query) : 0, i < joinedPairs.length ? bestFor(joinedPairs[i], query) : 0),
    );
    const nameCoverage = stems.reduce((sum, stem, i) => sum + Math.max(bestFor(stem, query), pairCredit[i]), 0) / stems.length;
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

/** Stems of the words that can name a product: not "do you have the … in". */
function contentStems(text: string): string[] {
  const stems = tokenize(text).map((token) => token.stem);
  const content = stems.filter((stem) => !COMMON_WORDS.has(stem));
  return content.length > 0 ? content : [];
}
