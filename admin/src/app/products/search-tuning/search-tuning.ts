import type { SearchMiss } from './search-tuning.graphql';

/** "couch, settee ,Couch" → ["couch", "settee"], without the term itself. */
export function parseSynonyms(text: string, term: string): string[] {
  const key = term.trim().toLowerCase();
  const words = text
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && w !== key);
  return [...new Set(words)].slice(0, 20);
}

export interface MissedSearch {
  readonly query: string;
  readonly count: number;
  readonly lastAt: string;
}

/** Searches that found nothing, the same words counted together, the most asked first. */
export function groupMisses(misses: readonly SearchMiss[]): MissedSearch[] {
  const groups = new Map<string, { query: string; count: number; lastAt: string }>();
  for (const miss of misses) {
    const key = miss.query.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) continue;
    const group = groups.get(key);
    if (!group) groups.set(key, { query: key, count: 1, lastAt: miss.createdAt });
    else {
      group.count++;
      if (miss.createdAt > group.lastAt) group.lastAt = miss.createdAt;
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}
