import { CatalogRow } from '../modules/catalog/import/catalog-row';
import { parseCatalogJson } from '../modules/catalog/import/json-catalog-parser';
import { ReviewInput } from '../modules/catalog/product.service';
import lumaCatalog from './data/luma-catalog.json';
import lumaReviews from './data/luma-reviews.json';

/** The whole Luma demo catalog as import rows (shipped inside backend/, see data/SOURCE.md). */
export function lumaCatalogRows(): CatalogRow[] {
  const parsed = parseCatalogJson(JSON.stringify(lumaCatalog));
  if (parsed.errors.length) throw new Error(`The bundled Luma catalog is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.rows;
}

export function lumaReviewInputs(): ReviewInput[] {
  return lumaReviews as ReviewInput[];
}
