const POSITIVE = new Set(
  'good great love loved lovely excellent amazing awesome perfect nice thanks thank happy helpful fantastic wonderful best beautiful glad pleased fast easy cool brilliant super superb recommend like liked enjoy works'.split(' '),
);
const NEGATIVE = new Set(
  'bad terrible awful hate hated worst horrible broken late never angry annoyed annoying disappointed disappointing useless poor wrong problem issue slow refund damaged missing rude scam cheated lost complaint unacceptable ridiculous frustrated frustrating fake sucks'.split(' '),
);
const NEGATORS = new Set(["not", "no", "never", "dont", "don't", "isnt", "isn't", "wasnt", "wasn't", "didnt", "didn't", "cant", "can't", "wont", "won't"]);

/**
 * Sentiment of a visitor message in -1..1 from a small lexicon with negation ("not good" counts
 * as negative). Cheap enough to run on every message; stored for analytics.
 */
export function scoreSentiment(text: string): number {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let score = 0;
  let hits = 0;
  words.forEach((word, i) => {
    const polarity = POSITIVE.has(word) ? 1 : NEGATIVE.has(word) ? -1 : 0;
    if (!polarity) return;
    const negated = (i > 0 && NEGATORS.has(words[i - 1])) || (i > 1 && NEGATORS.has(words[i - 2]));
    score += negated ? -polarity : polarity;
    hits++;
  });
  const exclamations = Math.min((text.match(/!/g) ?? []).length, 3);
  if (!hits) return 0;
  const raw = (score / hits) * Math.min(1, 0.5 + hits * 0.25) * (1 + exclamations * 0.1);
  return Math.max(-1, Math.min(1, Math.round(raw * 100) / 100));
}
