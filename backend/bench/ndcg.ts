/** Discounted cumulative gain of graded relevances in ranked order (gain 2^g − 1). */
export function dcg(grades: number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k of a ranking, given every item's grade (unlisted items grade 0). */
export function ndcgAt(k: number, ranked: string[], grades: Map<string, number>): number {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return ranked.length === 0 ? 1 : 0;
  return dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal;
}
