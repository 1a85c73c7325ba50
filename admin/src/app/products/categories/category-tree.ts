import type { Category, FacetValue } from '../catalog.models';

export interface CategoryNode {
  readonly category: Category;
  /** Products in this category or any below it. */
  readonly count: number;
  readonly children: readonly CategoryNode[];
}

/**
 * The flat category list as a tree, children sorted by name, each with its product count.
 * A category whose parent is missing from the list is shown at the top rather than lost.
 */
export function buildCategoryTree(categories: readonly Category[], counts: readonly FacetValue[]): CategoryNode[] {
  const countById = new Map(counts.map((c) => [c.value, c.count]));
  const ids = new Set(categories.map((c) => c.id));
  const childrenOf = new Map<string | null, Category[]>();
  for (const category of categories) {
    const parent = category.parentId && ids.has(category.parentId) ? category.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), category]);
  }
  const build = (parent: string | null, seen: ReadonlySet<string>): CategoryNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((category) => ({
        category,
        count: countById.get(category.id) ?? 0,
        children: build(category.id, new Set([...seen, category.id])),
      }));
  return build(null, new Set());
}
