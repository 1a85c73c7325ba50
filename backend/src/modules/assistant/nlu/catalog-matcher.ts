import type { CatalogVocabulary } from './catalog-vocabulary';
import { COMMON_WORDS } from './common-words';
import { tokenize, wordSimilarity, type Token } from './word-similarity';

export interface CatalogMatch {
  kind: 'brand' | 'category';
  /** The entry as the catalog spells it. */
  value: string;
  start: number;
  end: number;
  /** 1 for an exact match (after folding and singularizing), lower for typos. */
  score: number;
}

interface CatalogEntry {
  kind: 'brand' | 'category';
  value: string;
  stems: string[];
  joined: string;
}

/** Fuzzy matches below this are ignored. */
const MIN_SCORE = 0.75;

/**
 * Finds a tenant's brands and categories in a message, tolerating typos, plural
 * forms ("hoodys" → Hoodies) and spacing ("tshirts" → T-Shirts, "north face" →
 * The North Face). Compiled vocabularies are cached per vocabulary object.
 */
export class CatalogMatcher {
  private static readonly cache = new WeakMap<CatalogVocabulary, CatalogMatcher>();

  private readonly entries: CatalogEntry[];

  constructor(vocabulary: Pick<CatalogVocabulary, 'brands' | 'categories'>) {
    this.entries = [
      ...vocabulary.brands.flatMap((brand) => entriesFor('brand', brand, [brand, brand.replace(/^the\s+/i, '')])),
      ...vocabulary.categories.flatMap((category) => entriesFor('category', category, categoryAlternatives(category))),
    ];
  }

  static for(vocabulary: CatalogVocabulary): CatalogMatcher {
    let matcher = CatalogMatcher.cache.get(vocabulary);
    if (!matcher) {
      matcher = new CatalogMatcher(vocabulary);
      CatalogMatcher.cache.set(vocabulary, matcher);
    }
    return matcher;
  }

  /** Every match of every entry, best first; overlapping matches are left to the caller. */
  find(text: string): CatalogMatch[] {
    const tokens = tokenize(text);
    // Messages repeat words and catalogs share them: compare each pair of spellings once.
    const memo = new Map<string, number>();
    const similarity = (entryStem: string, textStem: string): number => {
      const key = `${entryStem}\u0000${textStem}`;
      let value = memo.get(key);
      if (value === undefined) {
        value = tokenSimilarity(entryStem, textStem);
        memo.set(key, value);
      }
      return value;
    };
    const matches: CatalogMatch[] = [];
    for (const entry of this.entries) {
      const best = this.bestMatch(entry, tokens, similarity);
      if (best) {
        matches.push(best);
      }
    }
    return matches.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  }

  private bestMatch(
    entry: CatalogEntry,
    tokens: Token[],
    similarity: (entryStem: string, textStem: string) => number,
  ): CatalogMatch | undefined {
    let best: CatalogMatch | undefined;
    const consider = (first: number, last: number, score: number): void => {
      if (score >= MIN_SCORE && (!best || score > best.score)) {
        best = { kind: entry.kind, value: entry.value, start: tokens[first].start, end: tokens[last].end, score };
      }
    };
    const size = entry.stems.length;
    for (let i = 0; i + size <= tokens.length; i++) {
      let total = 0;
      for (let j = 0; j < size; j++) {
        const score = similarity(entry.stems[j], tokens[i + j].stem);
        if (score === 0) {
          total = 0;
          break;
        }
        total += score;
      }
      if (total > 0) {
        consider(i, i + size - 1, total / size);
      }
    }
    // Spacing differences: "tshirts" for "T-Shirts", "north face" for "Northface".
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].stem[0] !== entry.joined[0]) {
        continue;
      }
      let joined = '';
      for (let j = i; j < Math.min(tokens.length, i + size + 1) && joined.length <= entry.joined.length + 2; j++) {
        joined += tokens[j].stem;
        if (j > i || size > 1) {
          const score = similarity(entry.joined, joined);
          if (score > 0) {
            consider(i, j, score * 0.95);
          }
        }
      }
    }
    return best;
  }
}

function tokenSimilarity(entryStem: string, textStem: string): number {
  if (entryStem === textStem) {
    return 1;
  }
  return COMMON_WORDS.has(textStem) ? 0 : wordSimilarity(entryStem, textStem);
}

function entriesFor(kind: 'brand' | 'category', value: string, spellings: string[]): CatalogEntry[] {
  return [...new Set(spellings)]
    .map((spelling) => tokenize(spelling).map((token) => token.stem))
    .filter((stems) => stems.length > 0)
    .map((stems) => ({ kind, value, stems, joined: stems.join('') }));
}

/**
 * How shoppers refer to a category: "Jackets & Coats" by either word, and
 * "Men > Tops > Hoodies" by its last level.
 */
function categoryAlternatives(category: string): string[] {
  const leaf = category.split(/\s*(?:>|\/|»)\s*/).filter((part) => part.trim() !== '').pop() ?? category;
  const parts = leaf.split(/\s*(?:&|,|\band\b|\+)\s*/i).filter((part) => part.trim() !== '');
  return [...new Set([leaf, ...parts])];
}
