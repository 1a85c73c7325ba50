import { Client } from 'pg';
import { createWidgetKey, SEND, startVisitor } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { settle } from './support/settle';
import { startTestApp, TestApp } from './support/test-app';

const LIST = `query($filter: ConversationFilter, $first: Int!, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) { edges { node { id status createdAt } } pageInfo { hasNextPage endCursor } }
}`;
const UPDATE_STORE = `mutation($input: UpdateStoreInput!) { updateStore(input: $input) { timeZone } }`;

interface Page {
  conversations: { edges: Array<{ node: { id: string; status: string; createdAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** The first week of March 2026 in New York: EST (UTC-5) until clocks go forward on Sunday 8 March at 02:00, EDT (UTC-4) after. */
const FIRST_WEEK_OF_MARCH = { from: '2026-03-01', to: '2026-03-08' };

describe('analytics drill-down: conversations by the day they started', () => {
  let t: TestApp;
  let db: Client;
  let ny: SignedUpStore;
  let other: SignedUpStore;
  /** Conversation ids by name; each is given its start and last activity below. */
  const ids: Record<string, string> = {};


  async function startConversation(publicKey: string, text: string): Promise<string> {
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    const sent = await visitor.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text } });
    return sent.sendMessage.conversationId;
  }

  /** Moves a conversation in time (after its assistant reply is written, so nothing moves it back). */
  async function place(id: string, startedAt: string, lastActivityAt: string, status?: string): Promise<void> {
    await db.query(`UPDATE conversations SET created_at = $2, last_message_at = $3, status = coalesce($4, status) WHERE id = $1`, [id, startedAt, lastActivityAt, status ?? null]);
  }

  async function listed(client: GraphQLClient, filter: Record<string, unknown>, first = 20, after: string | null = null): Promise<Page['conversations']> {
    return (await client.ok<Page>(LIST, { filter, first, after })).conversations;
  }

  const named = (page: Page['conversations']) => page.edges.map((edge) => Object.keys(ids).find((name) => ids[name] === edge.node.id) ?? edge.node.id);

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    ny = await signUpStore(t.client(), 'New York Store');
    other = await signUpStore(t.client(), 'Other Store');
    await ny.client.ok(UPDATE_STORE, { input: { timeZone: 'America/New_York' } });
    const nyKey = await createWidgetKey(ny.client);
    const otherKey = await createWidgetKey(other.client);
    for (const name of ['lateSaturday', 'firstMinute', 'afterClocksMoved', 'lastSecond', 'nextDay']) ids[name] = await startConversation(nyKey, `Hello from ${name}`);
    ids.otherStore = await startConversation(otherKey, 'Hello from the other store');
    await settle(t.app);

    // A second before local midnight of 1 March (still 28 February in New York), though already 1 March in UTC.
    await place(ids.lateSaturday, '2026-03-01T04:59:59Z', '2026-03-02T12:00:00Z');
    await place(ids.firstMinute, '2026-03-01T05:00:00Z', '2026-03-01T05:10:00Z', 'resolved');
    // 03:30 EDT on the day the clocks went forward.
    await place(ids.afterClocksMoved, '2026-03-08T07:30:00Z', '2026-03-08T08:00:00Z');
    // 23:59:59 EDT on 8 March, already 9 March in UTC; the visitor came back two weeks later.
    await place(ids.lastSecond, '2026-03-09T03:59:59Z', '2026-03-20T15:00:00Z', 'resolved');
    await place(ids.nextDay, '2026-03-09T04:00:00Z', '2026-03-09T04:05:00Z');
    await place(ids.otherStore, '2026-03-03T12:00:00Z', '2026-03-03T12:10:00Z');
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await t?.close();
  }, 30_000);

  it("lists the conversations that started on the store's local days, newest activity first", async () => {
    const page = await listed(ny.client, { startedOn: FIRST_WEEK_OF_MARCH });
    expect(named(page)).toEqual(['lastSecond', 'afterClocksMoved', 'firstMinute']);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('cuts days at local midnight, also on the 23-hour day the clocks go forward', async () => {
    expect(named(await listed(ny.client, { startedOn: { from: '2026-03-08', to: '2026-03-08' } }))).toEqual(['lastSecond', 'afterClocksMoved']);
    expect(named(await listed(ny.client, { startedOn: { from: '2026-02-28', to: '2026-02-28' } }))).toEqual(['lateSaturday']);
    expect(named(await listed(ny.client, { startedOn: { from: '2026-03-09', to: '2026-03-09' } }))).toEqual(['nextDay']);
  });

  it('pages through the range without losing or repeating a conversation', async () => {
    const first = await listed(ny.client, { startedOn: FIRST_WEEK_OF_MARCH }, 2);
    expect(named(first)).toEqual(['lastSecond', 'afterClocksMoved']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await listed(ny.client, { startedOn: FIRST_WEEK_OF_MARCH }, 2, first.pageInfo.endCursor);
    expect(named(second)).toEqual(['firstMinute']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('combines the range with the status filter', async () => {
    expect(named(await listed(ny.client, { startedOn: FIRST_WEEK_OF_MARCH, status: 'RESOLVED' }))).toEqual(['lastSecond', 'firstMinute']);
    expect(named(await listed(ny.client, { startedOn: FIRST_WEEK_OF_MARCH, status: 'BOT' }))).toEqual(['afterClocksMoved']);
  });

  it("shows the second store only its own conversations, and none of the first store's", async () => {
    expect(named(await listed(other.client, { startedOn: FIRST_WEEK_OF_MARCH }))).toEqual(['otherStore']);
    expect(named(await listed(other.client, { startedOn: { from: '2026-03-08', to: '2026-03-09' } }))).toEqual([]);
    expect(named(await listed(ny.client, { startedOn: { from: '2026-03-03', to: '2026-03-03' } }))).toEqual([]);
  });

  it('refuses a range that runs backwards, names no real day or spans too long, saying why', async () => {
    const backwards = await ny.client.request(LIST, { filter: { startedOn: { from: '2026-03-08', to: '2026-03-01' } }, first: 20 });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].message).toBe('The date range ends before it starts');

    const noSuchDay = await ny.client.request(LIST, { filter: { startedOn: { from: '2026-02-30', to: '2026-03-08' } }, first: 20 });
    expect(errorCode(noSuchDay)).toBe('BAD_USER_INPUT');
    expect(noSuchDay.errors?.[0].message).toMatch(/calendar days/);

    const malformed = await ny.client.request(LIST, { filter: { startedOn: { from: '3/1/2026', to: '2026-03-08' } }, first: 20 });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(malformed.errors)).toMatch(/YYYY-MM-DD/);

    const tooLong = await ny.client.request(LIST, { filter: { startedOn: { from: '2020-01-01', to: '2026-03-08' } }, first: 20 });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].message).toMatch(/at most 800 days/);
  });
});
