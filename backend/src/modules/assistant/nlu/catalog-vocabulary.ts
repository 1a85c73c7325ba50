/** The words of a tenant's catalog that entities are matched against. */
export interface CatalogVocabulary {
  brands: string[];
  categories: string[];
  productNames: string[];
}
