import type { StockLevel, StockLocation, VariantRef } from './inventory.models';

/** One line of a stock table: a variant at a location. */
export interface StockRow {
  readonly key: string;
  readonly variant: VariantRef;
  /** Null when the store has no location yet; the first change creates the main warehouse. */
  readonly location: StockLocation | null;
  readonly onHand: number;
  readonly reserved: number;
  readonly available: number;
  readonly lowStockThreshold: number | null;
  readonly lowStock: boolean;
}

function rowOf(variant: VariantRef, location: StockLocation | null, level: StockLevel | undefined): StockRow {
  return {
    key: `${variant.variantId}:${location?.id ?? '-'}`,
    variant,
    location,
    onHand: level?.onHand ?? 0,
    reserved: level?.reserved ?? 0,
    available: level?.available ?? 0,
    lowStockThreshold: level?.lowStockThreshold ?? null,
    lowStock: level?.lowStock ?? false,
  };
}

/**
 * Rows for a page of variants: one per location they have stock records at (or only the chosen
 * location). A variant with no record yet still gets a row of zeros, so stock can be received for it.
 */
export function stockRowsForVariants(
  variants: readonly VariantRef[],
  levels: readonly StockLevel[],
  locations: readonly StockLocation[],
  locationId: string | null,
): StockRow[] {
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const fallback = (locationId ? locationById.get(locationId) : locations[0]) ?? null;
  return variants.flatMap((variant) => {
    const own = levels.filter((l) => l.variantId === variant.variantId && (!locationId || l.locationId === locationId));
    if (!own.length) return [rowOf(variant, fallback, undefined)];
    return own.map((level) => rowOf(variant, locationById.get(level.locationId) ?? null, level));
  });
}

/** Rows for levels found on their own (the low-stock list); variants the directory could not name keep their id. */
export function stockRowsForLevels(
  levels: readonly StockLevel[],
  variants: ReadonlyMap<string, VariantRef>,
  locations: readonly StockLocation[],
): StockRow[] {
  const locationById = new Map(locations.map((l) => [l.id, l]));
  return levels.map((level) => rowOf(variants.get(level.variantId) ?? unknownVariant(level.variantId), locationById.get(level.locationId) ?? null, level));
}

export function unknownVariant(variantId: string): VariantRef {
  return { variantId, sku: variantId.slice(0, 8), productId: '', productName: 'Unknown product', options: '' };
}

/** Locations a variant can be moved to from a row: every other one. */
export function transferTargets(row: StockRow, locations: readonly StockLocation[]): StockLocation[] {
  return locations.filter((l) => l.id !== row.location?.id);
}
