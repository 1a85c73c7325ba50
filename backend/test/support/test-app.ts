import { NestExpressApplication } from '@nestjs/platform-express';
import { testServices } from '@shopdesk/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../src/create-app';
import { loadConfig } from '../../src/platform/config/load-config';
import { GraphQLClient } from './graphql-client';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  wsUrl: string;
  database: string;
  databaseUrl: string;
  client(): GraphQLClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Share an existing database (a second instance); otherwise a fresh one is created and dropped. */
  database?: string;
  /** Built admin and widget to serve (with SERVE_STATIC=true). */
  distDir?: string;
}

// Instances of one test file share the secret, like replicas of one deployment.
const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export async function createTestDatabase(): Promise<string> {
  const name = `sd_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: testServices.postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: testServices.postgresUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export function databaseUrlFor(name: string): string {
  const url = new URL(testServices.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Boots the real server (migrations, GraphQL, WebSockets) on a random port against its own database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase());
  const databaseUrl = databaseUrlFor(database);
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    SERVE_STATIC: 'false',
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'shopdesk-test-')),
    ...options.env,
  });
  const app = await createApp({ config, databaseUrl, distDir: options.distDir });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    database,
    databaseUrl,
    client: () => new GraphQLClient(url),
    close: async () => {
      await app.close();
      if (ownDatabase) await dropTestDatabase(database);
    },
  };
}
