import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Sorted-sample percentile (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const STORE_ORIGIN = 'https://bench.shop.example';

/** A minimal GraphQL-over-HTTP caller that fails loudly. */
export async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, origin?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (origin) headers.origin = origin;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export interface BenchStore {
  tenantId: string;
  ownerToken: string;
  publicKey: string;
}

/** A store with an owner and a widget key for the bench origin. */
export async function createBenchStore(url: string, name: string): Promise<BenchStore> {
  const email = `bench${Date.now()}${Math.random().toString(36).slice(2, 7)}@example.com`;
  const signUp = await gql<{ signUp: { accessToken: string; tenant: { id: string } } }>(
    url,
    `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken tenant { id } } }`,
    { input: { storeName: name, email, password: 'correct horse battery staple' } },
  );
  const ownerToken = signUp.signUp.accessToken;
  const key = await gql<{ createWidgetKey: { publicKey: string } }>(
    url,
    `mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { publicKey } }`,
    { input: { allowedOrigins: [STORE_ORIGIN] } },
    ownerToken,
  );
  return { tenantId: signUp.signUp.tenant.id, ownerToken, publicKey: key.createWidgetKey.publicKey };
}

export async function startVisitor(url: string, publicKey: string): Promise<string> {
  const data = await gql<{ startVisitorSession: { token: string } }>(
    url,
    `mutation($publicKey: String!) { startVisitorSession(publicKey: $publicKey) { token } }`,
    { publicKey },
    undefined,
    STORE_ORIGIN,
  );
  return data.startVisitorSession.token;
}

export const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId seq } }`;

export interface LiveMessage {
  id: string;
  seq: number;
  author: string;
  text: string;
  inReplyToText?: string;
}

/** One graphql-ws connection with one subscription; resolves once the server acknowledged it. */
export async function subscribe(
  wsUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  onMessage: (message: LiveMessage) => void,
): Promise<Client> {
  return subscribeEvents<{ message: LiveMessage | null }>(wsUrl, token, query, variables, (event) => {
    if (event.message) onMessage(event.message);
  });
}

/** Like `subscribe`, handing over each whole event (deltas, typing, status changes). */
export async function subscribeEvents<E>(wsUrl: string, token: string, query: string, variables: Record<string, unknown>, onEvent: (event: E) => void): Promise<Client> {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: true, retryAttempts: 0 });
  await new Promise<void>((resolve, reject) => {
    const off = client.on('connected', () => {
      off();
      // The subscribe frame follows the ack; give the server a moment to register it.
      setTimeout(resolve, 30);
    });
    client.subscribe<Record<string, E>>(
      { query, variables },
      {
        next: (value) => {
          const event = value.data && Object.values(value.data)[0];
          if (event) onEvent(event);
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => undefined,
      },
    );
  });
  return client;
}

/** Runs `work` for each item with at most `limit` running at once. */
export async function inBatches<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}
