import { NestExpressApplication } from '@nestjs/platform-express';
import { resolve } from 'node:path';
import { createApp } from './create-app';
import { AppConfig } from './platform/config/app-config';
import { EmbeddedPostgresServer } from './platform/database/embedded-postgres-server';
import { ensureDatabase } from './platform/database/ensure-database';
import { DemoSeedService } from './seed/demo-seed.service';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  embedded: boolean;
  demoPublicKey?: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'shopdesk';

/**
 * Starts everything on the configured shape: external PostgreSQL/Redis when their URLs are set,
 * otherwise an embedded PostgreSQL under DATA_DIR and in-process queues and pub/sub.
 */
export async function startServer(config: AppConfig, log: (line: string) => void = () => undefined): Promise<RunningServer> {
  let embedded: EmbeddedPostgresServer | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = new EmbeddedPostgresServer({ dataDir: resolve(config.DATA_DIR, 'postgres'), port: config.EMBEDDED_PG_PORT });
    log(`Starting embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT} (data in ${resolve(config.DATA_DIR, 'postgres')})`);
    await embedded.start();
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    databaseUrl = embedded.urlFor(EMBEDDED_DATABASE);
  }
  let app: NestExpressApplication | undefined;
  try {
    app = await createApp({ config, databaseUrl, schemaFile: true });
    app.enableShutdownHooks([]);
    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address() as { port: number };
    const url = config.PUBLIC_URL?.replace(/\/+$/, '') ?? `http://localhost:${address.port}`;
    let demoPublicKey: string | undefined;
    if (config.SEED_DEMO) {
      const origins = [...new Set([new URL(url).origin, `http://localhost:${address.port}`, `http://127.0.0.1:${address.port}`])];
      demoPublicKey = (await app.get(DemoSeedService).ensureDemoStore(origins)).publicKey;
    }
    const running = app;
    return {
      app: running,
      url,
      databaseUrl,
      embedded: !!embedded,
      demoPublicKey,
      close: async () => {
        await running.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
