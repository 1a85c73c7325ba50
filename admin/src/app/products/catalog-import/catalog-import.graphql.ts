import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CatalogImport } from '../catalog.models';
import type { CatalogFileFormat } from './import-file';

const CATALOG_IMPORT_FIELDS = gql`
  fragment CatalogImportFields on CatalogImport {
    id
    status
    fileName
    totalRows
    processedRows
    createdProducts
    updatedProducts
    errors {
      row
      sku
      message
    }
  }
`;

export const IMPORT_CATALOG: TypedDocumentNode<
  { readonly importCatalog: CatalogImport },
  { readonly input: { readonly format: CatalogFileFormat; readonly content: string; readonly fileName: string } }
> = gql`
  mutation ImportCatalog($input: ImportCatalogInput!) {
    importCatalog(input: $input) {
      ...CatalogImportFields
    }
  }
  ${CATALOG_IMPORT_FIELDS}
`;

export const CATALOG_IMPORT: TypedDocumentNode<{ readonly catalogImport: CatalogImport }, { readonly id: string }> = gql`
  query CatalogImport($id: ID!) {
    catalogImport(id: $id) {
      ...CatalogImportFields
    }
  }
  ${CATALOG_IMPORT_FIELDS}
`;

export const CATALOG_IMPORTS: TypedDocumentNode<{ readonly catalogImports: readonly CatalogImport[] }, { readonly first: number }> = gql`
  query CatalogImports($first: Int!) {
    catalogImports(first: $first) {
      ...CatalogImportFields
    }
  }
  ${CATALOG_IMPORT_FIELDS}
`;

/** The import's state now, then each step until it finishes (the file name is not sent again). */
export const CATALOG_IMPORT_PROGRESS: TypedDocumentNode<{ readonly catalogImportProgress: CatalogImport }, { readonly importId: string }> = gql`
  subscription CatalogImportProgress($importId: ID!) {
    catalogImportProgress(importId: $importId) {
      id
      status
      totalRows
      processedRows
      createdProducts
      updatedProducts
      errors {
        row
        sku
        message
      }
    }
  }
`;
