import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signUpStore } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

async function post(t: TestApp, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, json: (() => { try { return JSON.parse(text); } catch { return undefined; } })() };
}

/** One operation over the WebSocket endpoint: its result, or the error the server answered with. */
async function overWebSocket(t: TestApp, token: string, query: string): Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const client = createClient({ url: `${t.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    return await new Promise((resolve) => {
      let result: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
      client.subscribe(
        { query },
        {
          next: (value) => (result = value as typeof result),
          error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String((error as Error).message ?? error) }] }),
          complete: () => resolve(result),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('GraphQL endpoint hardening (OWASP GraphQL cheat sheet)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '200' } });
    token = (await signUpStore(t.client())).token;
  });
  afterAll(() => t.close());

  it('answers malformed queries with a 400, a code and a message, never a stack trace', async () => {
    const res = await post(t, JSON.stringify({ query: 'query { me { id ' }));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.json.errors[0].message).toMatch(/Syntax Error/);
    expect(res.text).not.toMatch(/stacktrace|at .*\.js:\d+/);

    const unknownField = await post(t, JSON.stringify({ query: '{ me { password } }' }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses bodies over 100 kB before parsing them', async () => {
    const res = await post(t, JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(150_000) } }));
    expect(res.status).toBe(413);
  });

  it('refuses batched requests (one operation per request)', async () => {
    const res = await post(t, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), { authorization: `Bearer ${token}` });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ conversations { edges { node { messages { id } } } } }`;
    const res = await post(t, JSON.stringify({ query: deep }), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/exceeds maximum operation depth of 3/);
  });

  it('refuses queries whose cost exceeds the limit, before running them', async () => {
    const client = t.client();
    client.token = token;
    const expensive = await client.request(`{ products(first: 100) { edges { node { id name } } } }`);
    expect(errorCode(expensive)).toBe('QUERY_TOO_COMPLEX');
    expect(expensive.errors![0].message).toMatch(/too complex/);
    const cheap = await client.request(`{ products(first: 10) { edges { node { id name } } } }`);
    expect(cheap.errors).toBeUndefined();

    // One operation, page sizes from variables: each is judged on its own size, whatever was asked before.
    const paged = `query Page($first: Int, $search: String) { products(first: $first, search: $search) { edges { node { id name } } } }`;
    expect((await client.request(paged, { first: 10, search: 'a' })).errors).toBeUndefined();
    expect(errorCode(await client.request(paged, { first: 100, search: 'a' }))).toBe('QUERY_TOO_COMPLEX');
    expect((await client.request(paged, { first: 10, search: 'b' })).errors).toBeUndefined();
    expect(errorCode(await client.request(paged, { first: 100, search: 'b' }))).toBe('QUERY_TOO_COMPLEX');
  });

  it("answers browsers on stores' sites cross-origin, without credentials, and lets them keep the preflight", async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-max-age')).toBe('7200');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { origin: 'https://shop.example.org', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    // Only the API: operational endpoints stay unreadable from other sites.
    expect((await fetch(`${t.url}/metrics`, { headers: { origin: 'https://shop.example.org' } })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('holds operations over the WebSocket to the same limits and the same masked errors', async () => {
    const deep = await overWebSocket(t, token, `{ conversations { edges { node { messages { id } } } } }`);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 3/);
    const expensive = await overWebSocket(t, token, `{ products(first: 100) { edges { node { id name } } } }`);
    expect(expensive.data ?? null).toBeNull();
    expect(expensive.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const cheap = await overWebSocket(t, token, `{ products(first: 10) { edges { node { id name } } } }`);
    expect(cheap.errors).toBeUndefined();
    // Errors read as they do over HTTP: a code and a human message.
    const malformedQuery = `{ conversation(id: "not-a-uuid") { id } }`;
    const overHttp = await post(t, JSON.stringify({ query: malformedQuery }), { authorization: `Bearer ${token}` });
    const malformed = await overWebSocket(t, token, malformedQuery);
    expect(malformed.errors?.[0]).toEqual(overHttp.json.errors[0]);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects cross-site "simple" requests (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|apollo-require-preflight|content-type/i);
  });

  it('reports health and Prometheus metrics', async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).info.database.status).toBe('up');
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/shopdesk_http_request_duration_seconds_bucket\{.*route="\/graphql"/);
    expect(metrics).toMatch(/shopdesk_process_cpu_user_seconds_total/);
  });
});
