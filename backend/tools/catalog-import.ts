/**
 * Imports a catalog file into one store: npm run catalog:import -- --tenant <slug> <file.csv|file.json>
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL of `npm start` (joining it when the
 * server runs, starting it for the import when not). The file is applied whole or not at all; bad
 * rows are printed with their row number and reason and the exit code is 1.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/create-app';
import { parseCatalogFile, CatalogImportService } from '../src/modules/catalog/import/catalog-import.service';
import { validateFile } from '../src/modules/catalog/import/row-validation';
import { TenantService } from '../src/modules/tenancy/tenant.service';
import { loadConfig } from '../src/platform/config/load-config';
import { TenantContext } from '../src/platform/context/tenant-context';
import { EmbeddedPostgresServer } from '../src/platform/database/embedded-postgres-server';
import { ensureDatabase } from '../src/platform/database/ensure-database';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run catalog:import -- --tenant <store slug> <file.csv|file.json>`);
  process.exit(2);
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--tenant');
  const slug = at >= 0 ? args[at + 1] : undefined;
  const file = args.filter((_, i) => i !== at && i !== at + 1)[0];
  if (!slug) usage('Missing --tenant <slug>');
  if (!file) usage('Missing the file to import');
  const format = extname(file).toLowerCase() === '.json' ? 'json' : 'csv';
  const parsed = parseCatalogFile(format, readFileSync(resolve(file), 'utf8'));

  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env, SEED_DEMO: 'false', SERVE_STATIC: 'false' });
  let embedded: EmbeddedPostgresServer | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const server = new EmbeddedPostgresServer({ dataDir: resolve(config.DATA_DIR, 'postgres'), port: config.EMBEDDED_PG_PORT });
    databaseUrl = server.urlFor('shopdesk');
    if (!(await answers(databaseUrl))) {
      embedded = server;
      await embedded.start();
      await ensureDatabase(embedded.url, 'shopdesk');
    }
  }
  const app = await createApp({ config, databaseUrl });
  try {
    await app.init();
    const tenant = await app.get(TenantService).findBySlug(TenantContext.system(undefined, 'catalog-import'), slug);
    if (!tenant) {
      console.error(`No store with slug "${slug}"`);
      return 1;
    }
    const ctx = TenantContext.system(tenant.id, 'catalog-import');
    const errors = [...parsed.errors, ...validateFile(parsed.rows)].sort((a, b) => a.row - b.row);
    const unknownParents = errors.filter((e) => e.message.startsWith('parent_sku'));
    // Variants may point at products already in the store; the import service checks those.
    const blocking = errors.filter((e) => !unknownParents.includes(e));
    if (blocking.length) {
      for (const e of blocking) console.error(`row ${e.row}${e.sku ? ` (${e.sku})` : ''}: ${e.message}`);
      console.error(`Nothing imported: ${blocking.length} problem(s).`);
      return 1;
    }
    const started = Date.now();
    const outcome = await app.get(CatalogImportService).importNow(ctx, parsed.rows);
    console.log(`Imported ${parsed.rows.length} rows into "${slug}": ${outcome.created} products created, ${outcome.updated} updated (${Date.now() - started} ms).`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
