import type { CatalogImport } from '../catalog.models';

export type CatalogFileFormat = 'CSV' | 'JSON';

/** The API refuses larger files; checking first saves uploading them. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The format of a chosen file, from its extension, else from its first character; null when it is neither. */
export function detectFormat(fileName: string, content: string): CatalogFileFormat | null {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'CSV';
  if (extension === 'json') return 'JSON';
  const start = content.replace(/^\uFEFF/, '').trimStart()[0];
  if (start === '[' || start === '{') return 'JSON';
  return content.includes(',') ? 'CSV' : null;
}

/** Why a chosen file cannot be imported, or null. */
export function fileProblem(file: { name: string; size: number }, content: string | null): string | null {
  if (file.size > MAX_IMPORT_BYTES) return `${file.name} is larger than 20 MB. Split it into smaller files.`;
  if (file.size === 0 || content?.trim() === '') return `${file.name} is empty.`;
  if (content !== null && !detectFormat(file.name, content)) return `${file.name} is neither CSV nor JSON.`;
  return null;
}

export function isFinished(status: string): boolean {
  return status === 'succeeded' || status === 'failed';
}

/**
 * Combines what is known of an import with a newer report of it. Reports come from two sources
 * (the stored import and live steps) and can cross: a finished state stays finished, progress
 * never goes backwards, and the file name (absent from live steps) is kept.
 */
export function laterImportState(current: CatalogImport | null, next: CatalogImport): CatalogImport {
  if (!current) return next;
  const fileName = next.fileName || current.fileName;
  if (isFinished(current.status)) return { ...current, fileName };
  const behind = !isFinished(next.status) && next.processedRows < current.processedRows;
  return behind ? { ...current, fileName } : { ...next, fileName };
}

/** Share of rows applied, 0–100; null while the total is not known yet. */
export function progressPercent(job: Pick<CatalogImport, 'status' | 'totalRows' | 'processedRows'>): number | null {
  if (job.status === 'succeeded') return 100;
  if (job.totalRows <= 0) return null;
  return Math.min(100, Math.round((job.processedRows / job.totalRows) * 100));
}

/** One line saying where an import stands. */
export function importHeadline(job: Pick<CatalogImport, 'status' | 'totalRows' | 'processedRows' | 'createdProducts' | 'updatedProducts' | 'errors'>): string {
  switch (job.status) {
    case 'queued':
      return 'Waiting to start…';
    case 'running':
      return job.totalRows ? `Importing… ${job.processedRows} of ${job.totalRows} rows` : 'Checking the file…';
    case 'succeeded':
      return `Done: ${plural(job.createdProducts, 'product')} created, ${plural(job.updatedProducts, 'product')} updated`;
    case 'failed': {
      const rows = job.errors.filter((e) => e.row > 0).length;
      return rows ? `Not imported: ${plural(rows, 'problem')} to fix. Nothing was changed.` : 'Not imported. Nothing was changed.';
    }
    default:
      return job.status;
  }
}

/** "Row 12", or "File" for a problem with the whole file. */
export function rowLabel(row: number): string {
  return row > 0 ? `Row ${row}` : 'File';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A small file in the documented format, for people starting from nothing. */
export const SAMPLE_CSV = [
  'sku,parent_sku,name,description,brand,category,price,sale_price,stock,image_url,attr_color,attr_size',
  'TEE-01,,Organic Cotton Tee,Soft everyday tee,Acme,Men > Tops > Tees,19.90,,,https://example.com/tee.jpg,,',
  'TEE-01-S-BLK,TEE-01,,,,,19.90,,12,,Black,S',
  'TEE-01-M-BLK,TEE-01,,,,,19.90,14.90,8,,Black,M',
  'MUG-01,,Enamel Camp Mug,Keeps coffee warm outdoors,Acme,Gear > Kitchen,12.00,,40,https://example.com/mug.jpg,Green,',
  '',
].join('\n');
