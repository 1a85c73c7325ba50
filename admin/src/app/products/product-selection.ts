/** Ids picked for a bulk action; every change returns a new set so signals notice it. */
export function toggleSelection(selected: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The header checkbox: selects the whole page, or clears it when all of the page is already selected. */
export function togglePage(selected: ReadonlySet<string>, pageIds: readonly string[]): ReadonlySet<string> {
  const next = new Set(selected);
  if (pageIds.length > 0 && pageIds.every((id) => next.has(id))) pageIds.forEach((id) => next.delete(id));
  else pageIds.forEach((id) => next.add(id));
  return next;
}

export type PageSelectionState = 'none' | 'some' | 'all';

export function pageSelectionState(selected: ReadonlySet<string>, pageIds: readonly string[]): PageSelectionState {
  const count = pageIds.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === pageIds.length ? 'all' : 'some';
}
