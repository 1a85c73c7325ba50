import type { CatalogImport } from '../catalog.models';
import { MAX_IMPORT_BYTES, detectFormat, fileProblem, importHeadline, laterImportState, progressPercent, rowLabel } from './import-file';

describe('detectFormat', () => {
  it('goes by the extension first', () => {
    expect(detectFormat('catalog.CSV', '[]')).toBe('CSV');
    expect(detectFormat('catalog.json', 'sku,name')).toBe('JSON');
  });

  it('looks at the content when the name says nothing', () => {
    expect(detectFormat('export', '\uFEFF  [{"sku":"A"}]')).toBe('JSON');
    expect(detectFormat('export.txt', 'sku,name,price\nA,Tee,10')).toBe('CSV');
    expect(detectFormat('notes.txt', 'hello')).toBeNull();
  });
});

describe('fileProblem', () => {
  it('refuses files the server would refuse, before uploading them', () => {
    expect(fileProblem({ name: 'big.csv', size: MAX_IMPORT_BYTES + 1 }, null)).toMatch(/larger than 20 MB/);
    expect(fileProblem({ name: 'empty.csv', size: 0 }, '')).toBe('empty.csv is empty.');
    expect(fileProblem({ name: 'photo.png', size: 10 }, 'PNG')).toMatch(/neither CSV nor JSON/);
    expect(fileProblem({ name: 'ok.csv', size: 20 }, 'sku,name,price\nA,B,1')).toBeNull();
  });
});

describe('progressPercent', () => {
  it('fills the bar as rows are applied', () => {
    expect(progressPercent({ status: 'queued', totalRows: 0, processedRows: 0 })).toBeNull();
    expect(progressPercent({ status: 'running', totalRows: 400, processedRows: 100 })).toBe(25);
    expect(progressPercent({ status: 'running', totalRows: 3, processedRows: 5 })).toBe(100);
    expect(progressPercent({ status: 'succeeded', totalRows: 0, processedRows: 0 })).toBe(100);
  });
});

describe('importHeadline', () => {
  const base = { totalRows: 10, processedRows: 4, createdProducts: 0, updatedProducts: 0, errors: [] };

  it('says where the import stands', () => {
    expect(importHeadline({ ...base, status: 'queued' })).toBe('Waiting to start…');
    expect(importHeadline({ ...base, status: 'running' })).toBe('Importing… 4 of 10 rows');
    expect(importHeadline({ ...base, status: 'succeeded', createdProducts: 3, updatedProducts: 1 })).toBe('Done: 3 products created, 1 product updated');
  });

  it('counts the rows to fix and says nothing changed', () => {
    const errors = [
      { row: 2, sku: 'A', message: 'price is required' },
      { row: 5, sku: null, message: 'sku is required' },
    ];
    expect(importHeadline({ ...base, status: 'failed', errors })).toBe('Not imported: 2 problems to fix. Nothing was changed.');
    expect(importHeadline({ ...base, status: 'failed', errors: [{ row: 0, sku: null, message: 'Header: missing column(s): price' }] })).toBe(
      'Not imported. Nothing was changed.',
    );
  });

  it('labels file-wide problems apart from rows', () => {
    expect(rowLabel(0)).toBe('File');
    expect(rowLabel(7)).toBe('Row 7');
  });
});

describe('laterImportState', () => {
  const stored: CatalogImport = { id: 'i', status: 'running', fileName: 'spring.csv', totalRows: 10, processedRows: 2, createdProducts: 0, updatedProducts: 0, errors: [] };

  it('keeps the file name the live steps leave out', () => {
    expect(laterImportState(stored, { ...stored, fileName: '', processedRows: 6 })).toMatchObject({ fileName: 'spring.csv', processedRows: 6 });
  });

  it('never moves the bar backwards when reports cross', () => {
    expect(laterImportState({ ...stored, processedRows: 8 }, { ...stored, processedRows: 4 }).processedRows).toBe(8);
  });

  it('stays finished once finished', () => {
    const done = { ...stored, status: 'succeeded', processedRows: 10 };
    expect(laterImportState(done, { ...stored, processedRows: 3 }).status).toBe('succeeded');
    expect(laterImportState(stored, { ...done, fileName: '' })).toMatchObject({ status: 'succeeded', fileName: 'spring.csv' });
  });
});
