import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../../platform/graphql/app-errors';
import { JobPayload, JobQueuePort } from '../../../platform/jobs/job-queue.port';
import { PubSubPort } from '../../../platform/pubsub/pubsub.port';
import { CatalogImport, CatalogImportFormat, ImportRowError } from '../entities/catalog-import.entity';
import { CatalogRow, ParsedFile } from './catalog-row';
import { catalogImportTopic, CatalogImportProgress } from './catalog-import-progress';
import { CatalogImporter } from './catalog-importer.service';
import { parseCatalogCsv } from './csv-catalog-parser';
import { parseCatalogJson } from './json-catalog-parser';
import { validateFile } from './row-validation';

export const CATALOG_IMPORT_JOB = 'catalog.import';
const MAX_REPORTED_ERRORS = 500;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

interface ImportJob extends JobPayload {
  importId: string;
}

export function parseCatalogFile(format: CatalogImportFormat, content: string): ParsedFile {
  return format === 'json' ? parseCatalogJson(content) : parseCatalogCsv(content);
}

/**
 * Imports run as jobs: the file is stored with the import, parsed and validated whole, and applied
 * in one transaction only when every row is valid. Progress goes out live on pub/sub.
 */
@Injectable()
export class CatalogImportService implements OnModuleInit {
  private readonly logger = new Logger('CatalogImport');

  constructor(
    private readonly data: TenantDataService,
    private readonly jobs: JobQueuePort,
    private readonly pubsub: PubSubPort,
    private readonly importer: CatalogImporter,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ImportJob>(CATALOG_IMPORT_JOB, (payload) => this.run(TenantContext.system(payload.tenantId, 'catalog-import'), payload.importId), 1);
  }

  async start(ctx: TenantContext, input: { format: CatalogImportFormat; content: string; fileName?: string }): Promise<CatalogImport> {
    if (Buffer.byteLength(input.content) > MAX_IMPORT_BYTES) throw new UserInputError('The file is larger than 20 MB');
    const record = await this.data.repo(ctx, CatalogImport).insert({
      status: 'queued',
      format: input.format,
      fileName: (input.fileName ?? '').slice(0, 255),
      content: input.content,
      errors: [],
      finishedAt: null,
    });
    await this.jobs.enqueue<ImportJob>(CATALOG_IMPORT_JOB, { tenantId: ctx.tenantId, importId: record.id }, { jobId: record.id, attempts: 3 });
    return record;
  }

  async get(ctx: TenantContext, id: string): Promise<CatalogImport> {
    const record = await this.data.repo(ctx, CatalogImport).findOneBy({ id });
    if (!record) throw new NotFoundError('Import');
    return record;
  }

  list(ctx: TenantContext, first: number): Promise<CatalogImport[]> {
    return this.data.repo(ctx, CatalogImport).find({ order: { createdAt: 'DESC' }, take: Math.min(first, 100) });
  }

  /**
   * The import's current state first (so a late subscriber still learns how it ended), then each
   * progress event until it finishes.
   */
  async *live(ctx: TenantContext, importId: string): AsyncGenerator<CatalogImportProgress> {
    const events = this.pubsub.asyncIterator<CatalogImportProgress>(catalogImportTopic(ctx.tenantId, importId));
    try {
      const current = await this.get(ctx, importId);
      yield {
        tenantId: ctx.tenantId,
        importId,
        status: current.status,
        totalRows: current.totalRows,
        processedRows: current.processedRows,
        createdProducts: current.createdProducts,
        updatedProducts: current.updatedProducts,
        errors: current.errors,
      };
      if (current.status === 'succeeded' || current.status === 'failed') return;
      for (;;) {
        const next = await events.next();
        if (next.done) return;
        yield next.value;
        if (next.value.status === 'succeeded' || next.value.status === 'failed') return;
      }
    } finally {
      await events.return?.();
    }
  }

  /** Parses, validates and applies rows directly (seed, CLI); throws with the report when a row is bad. */
  async importNow(ctx: TenantContext, rows: CatalogRow[], options: { refreshTerms?: boolean } = {}): Promise<{ created: number; updated: number }> {
    const errors = validateFile(rows, await this.existingParents(ctx, rows));
    if (errors.length) throw new UserInputError(`Import refused: ${errors.slice(0, 5).map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
    return this.data.transaction(ctx, (tx) => this.importer.apply(tx, rows, undefined, options));
  }

  private async run(ctx: TenantContext, importId: string): Promise<void> {
    const repo = this.data.repo(ctx, CatalogImport);
    const record = await repo.query('i').addSelect('i.content').andWhere('i.id = :importId', { importId }).getOne();
    if (!record || record.status === 'succeeded' || record.status === 'failed') return;
    const parsed = parseCatalogFile(record.format, record.content ?? '');
    const errors: ImportRowError[] = [...parsed.errors, ...validateFile(parsed.rows, await this.existingParents(ctx, parsed.rows))].sort((a, b) => a.row - b.row);
    const totalRows = parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size;
    const progress: CatalogImportProgress = {
      tenantId: ctx.tenantId,
      importId,
      status: 'running',
      totalRows,
      processedRows: 0,
      createdProducts: 0,
      updatedProducts: 0,
      errors: [],
    };
    if (errors.length || !parsed.rows.length) {
      const report = errors.length ? errors.slice(0, MAX_REPORTED_ERRORS) : [{ row: 0, sku: null, message: 'The file has no rows' }];
      await repo.update({ id: importId }, { status: 'failed', totalRows, errors: report, content: null, finishedAt: new Date() });
      await this.publish({ ...progress, status: 'failed', errors: report });
      return;
    }
    await repo.update({ id: importId }, { status: 'running', totalRows });
    await this.publish(progress);
    try {
      const outcome = await this.data.transaction(ctx, (tx) =>
        this.importer.apply(tx, parsed.rows, async (processedRows) => {
          progress.processedRows = processedRows;
          await this.publish(progress);
        }),
      );
      await repo.update(
        { id: importId },
        { status: 'succeeded', processedRows: totalRows, createdProducts: outcome.created, updatedProducts: outcome.updated, content: null, finishedAt: new Date() },
      );
      await this.publish({ ...progress, status: 'succeeded', processedRows: totalRows, createdProducts: outcome.created, updatedProducts: outcome.updated });
    } catch (error) {
      this.logger.error({ err: error, importId }, 'Catalog import failed');
      const report = [{ row: 0, sku: null, message: 'The import could not be applied; nothing was changed' }];
      await repo.update({ id: importId }, { status: 'failed', errors: report, content: null, finishedAt: new Date() });
      await this.publish({ ...progress, status: 'failed', processedRows: 0, errors: report });
    }
  }

  private async existingParents(ctx: TenantContext, rows: CatalogRow[]): Promise<Set<string>> {
    const inFile = new Set(rows.filter((r) => !r.parentSku).map((r) => r.sku));
    const wanted = [...new Set(rows.map((r) => r.parentSku).filter((s): s is string => !!s && !inFile.has(s)))];
    if (!wanted.length) return new Set();
    const found = (await this.data
      .managerOf(ctx)
      .query(`SELECT sku FROM products WHERE tenant_id = $1 AND sku = ANY($2) AND deleted_at IS NULL`, [ctx.tenantId, wanted])) as Array<{ sku: string }>;
    return new Set(found.map((f) => f.sku));
  }

  private async publish(progress: CatalogImportProgress): Promise<void> {
    await this.pubsub.publish(catalogImportTopic(progress.tenantId, progress.importId), progress);
  }
}
