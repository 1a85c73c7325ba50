/** A short code for a new location, suggested from its name ("Shop floor" → "shop-floor"). */
export function suggestLocationCode(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export function locationProblem(name: string, code: string, taken: readonly string[]): string | null {
  if (!name.trim()) return 'Give the location a name';
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(code)) return 'The code may hold lowercase letters, digits and dashes (40 at most)';
  if (taken.includes(code)) return `A location with code “${code}” exists`;
  return null;
}
