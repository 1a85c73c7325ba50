import './platform/module-aliases';
import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/load-config';
import { DEMO_STORE } from './seed/demo-store';
import { startServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(config, (line) => process.stdout.write(`${line}\n`));
  const lines = [
    '',
    'Shopdesk is running',
    `  Admin:            ${server.url}/admin/`,
    `  Demo storefront:  ${server.url}/`,
    `  GraphQL API:      ${server.url}/graphql`,
    `  Health:           ${server.url}/health`,
  ];
  if (server.demoPublicKey) {
    lines.push(`  Demo login:       ${DEMO_STORE.ownerEmail} / ${DEMO_STORE.ownerPassword}`, `  Demo widget key:  ${server.demoPublicKey}`);
  }
  lines.push(`  Database:         ${server.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}; queues and live chat: ${config.REDIS_URL ? 'Redis' : 'in-process'}`, '');
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received, shutting down…\n`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Shopdesk failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
