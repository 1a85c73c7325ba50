import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './support/free-port';
import { GraphQLClient } from './support/graphql-client';
import { ServerProcess } from './support/server-process';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken tenant { name slug } } }`;
const PRODUCTS = `query { products(first: 3, search: "duffle") { edges { node { sku name price inStock } } } }`;

describe('npm start on a machine with only Node: embedded PostgreSQL', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'shopdesk-boot-'));
    // PostgreSQL runs as its own system user when we are root: it must be able to reach the folder.
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    if (server) {
      server.kill('SIGTERM');
      await server.exited();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('boots without DATABASE_URL, seeds the demo store, answers GraphQL, and survives a kill -9', async () => {
    const port = await freePort();
    const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn', SERVE_STATIC: 'false' };
    server = new ServerProcess(env);
    await server.start();
    expect(server.output).toContain(`http://localhost:${port}/admin/`);
    expect(server.output).toMatch(/Demo login: +demo@shopdesk\.local \/ \S+/);
    expect(server.output).toContain('embedded PostgreSQL');

    const client = new GraphQLClient(`http://127.0.0.1:${port}`);
    const password = /Demo login: +\S+ \/ (\S+)/.exec(server.output)![1];
    const { login } = await client.ok<{ login: { accessToken: string; tenant: { slug: string } } }>(LOGIN, { input: { email: 'demo@shopdesk.local', password } });
    expect(login.tenant.slug).toBe('demo');
    client.token = login.accessToken;
    const products = await client.ok<{ products: { edges: Array<{ node: { name: string; price: number } }> } }>(PRODUCTS);
    expect(products.products.edges.length).toBeGreaterThan(0);
    expect(products.products.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['Joust Duffle Bag']));
    for (const edge of products.products.edges) expect(edge.node.name).toMatch(/duffle/i);

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual(expect.objectContaining({ status: 'ok' }));

    // kill -9 leaves PostgreSQL orphaned; the next start must take over its data folder.
    server.kill('SIGKILL');
    await server.exited();
    server = new ServerProcess(env);
    await server.start();
    const again = new GraphQLClient(`http://127.0.0.1:${port}`);
    const relogin = await again.ok<{ login: { accessToken: string } }>(LOGIN, { input: { email: 'demo@shopdesk.local', password } });
    expect(relogin.login.accessToken).toBeTruthy();

    server.kill('SIGTERM');
    expect(await server.exited()).toBe(0);
    server = undefined;
  }, 240_000);

  it('stops with a message naming the variable when the configuration is wrong', async () => {
    const bad = new ServerProcess({ PORT: 'eighty', DATA_DIR: dataDir, REDIS_URL: 'http://nope' });
    await expect(bad.start(60_000)).rejects.toThrow(/PORT must [\s\S]*REDIS_URL must be a redis/);
    expect(await bad.exited()).toBe(1);
  }, 90_000);
});
