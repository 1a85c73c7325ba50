import { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/create-app';
import { loadConfig } from '../src/platform/config/load-config';

export interface ScratchApp {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server on a throwaway database of the PostgreSQL at BENCH_DATABASE_ADMIN_URL
 * (default: the local one), dropped again on close.
 */
export async function startScratchApp(env: Record<string, string> = {}): Promise<ScratchApp> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `sd_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    SERVE_STATIC: 'false',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shopdesk-bench-')),
    ...env,
  });
  const app = await createApp({ config, databaseUrl });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    close: async () => {
      await app.close();
      if (process.env.BENCH_KEEP_DB) {
        process.stderr.write(`kept database ${databaseUrl}\n`);
        return;
      }
      const drop = new Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
