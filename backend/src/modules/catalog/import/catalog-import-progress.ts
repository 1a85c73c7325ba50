import { CatalogImportStatus, ImportRowError } from '../entities/catalog-import.entity';

/** JSON-safe progress of an import, as it travels through pub/sub. */
export interface CatalogImportProgress {
  tenantId: string;
  importId: string;
  status: CatalogImportStatus;
  totalRows: number;
  processedRows: number;
  createdProducts: number;
  updatedProducts: number;
  errors: ImportRowError[];
}

export const catalogImportTopic = (tenantId: string, importId: string) => `catalog-import:${tenantId}:${importId}`;
