import { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/create-app';
import { loadConfig } from '../src/platform/config/load-config';

export interface BenchInstance {
  app: NestExpressApplication;
  url: string;
  wsUrl: string;
}

export interface BenchDeployment {
  instances: BenchInstance[];
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * `count` instances of the real server sharing one throwaway database of the PostgreSQL at
 * BENCH_DATABASE_ADMIN_URL (default: the local one), like replicas of one deployment. Pass REDIS_URL
 * in `env` for more than one instance, so live delivery is shared. BENCH_KEEP_DB=1 keeps the database.
 */
export async function startBenchDeployment(count: number, env: Record<string, string> = {}): Promise<BenchDeployment> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `sd_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const instances: BenchInstance[] = [];
  for (let i = 0; i < count; i++) {
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
    instances.push({ app, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/graphql` });
  }
  return {
    instances,
    databaseUrl,
    close: async () => {
      for (const instance of instances) await instance.app.close();
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
