/** The zones a store may pick: the browser's IANA list (as the server checks it) plus UTC, the default. */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** Zones whose name contains every typed word ("new york", "berlin"), at most `limit` of them. */
export function matchingTimeZones(text: string, limit = 50): readonly string[] {
  const words = text.toLowerCase().replace(/[_/]/g, ' ').split(/\s+/).filter(Boolean);
  const matches = TIME_ZONES.filter((zone) => {
    const name = zone.toLowerCase().replace(/[_/]/g, ' ');
    return words.every((word) => name.includes(word));
  });
  return matches.slice(0, limit);
}
