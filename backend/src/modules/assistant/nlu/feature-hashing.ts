/**
 * Turns a normalized message into hashed n-gram counts. Word n-grams carry the
 * phrasing; character n-grams keep typos ("cancell", "ordr") close to the words
 * they damage. Hashing means the model never needs to ship a vocabulary.
 */

export interface FeatureSettings {
  /** Number of hash bits: features land in 2^hashBits buckets. */
  hashBits: number;
  /** Longest word n-gram (1 = unigrams only). */
  wordNgramMax: number;
  charNgramMin: number;
  charNgramMax: number;
  /** Character n-grams taken over the whole message, across word boundaries, so merged words ("tocancel") still match. */
  charNgramsAcrossWords: boolean;
  /** Use 1 + ln(count) instead of the raw count, so a repeated word does not drown the rest. */
  sublinearTf: boolean;
  /**
   * Word and character n-grams are normalized separately; this scales the word
   * block against the character block (1 = equal say).
   */
  wordBlockWeight: number;
}

/** Hashed n-gram counts (bucket → count), one map per block. */
export interface HashedFeatures {
  words: Map<number, number>;
  chars: Map<number, number>;
}

/** FNV-1a, 32 bits: cheap, stable across platforms and good enough for bucketing n-grams. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hashed n-gram counts of an already normalized message. */
export function hashFeatures(normalized: string, settings: FeatureSettings): HashedFeatures {
  const features: HashedFeatures = { words: new Map(), chars: new Map() };
  const mask = (1 << settings.hashBits) - 1;
  const add = (counts: Map<number, number>, feature: string): void => {
    const bucket = fnv1a(feature) & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  if (normalized.length === 0) {
    return features;
  }
  const words = normalized.split(' ');
  const padded = ['<s>', ...words, '</s>'];
  for (let n = 1; n <= settings.wordNgramMax; n++) {
    const first = n === 1 ? 1 : 0;
    const last = n === 1 ? padded.length - 1 : padded.length;
    for (let i = first; i + n <= last; i++) {
      add(features.words, `w${n}|${padded.slice(i, i + n).join(' ')}`);
    }
  }
  const charSources = settings.charNgramsAcrossWords ? [normalized] : words;
  for (const source of charSources) {
    const text = ` ${source} `;
    for (let n = settings.charNgramMin; n <= settings.charNgramMax; n++) {
      for (let i = 0; i + n <= text.length; i++) {
        add(features.chars, `c|${text.substring(i, i + n)}`);
      }
    }
  }
  return features;
}
