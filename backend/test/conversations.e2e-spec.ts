import { Client } from 'pg';
import { errorCode } from './support/graphql-client';
import { signUpStore } from './support/fixtures';
import {
  CONVERSATION_EVENTS,
  createWidgetKey,
  LiveEvent,
  MESSAGES,
  SEND,
  START_SESSION,
  startVisitor,
  STORE_ORIGIN,
  TENANT_EVENTS,
} from './support/chat-fixtures';
import { LiveSubscription } from './support/live-subscription';
import { startTestApp, TestApp } from './support/test-app';

// Booting servers and waiting for live events can be slow on a busy machine.
jest.setTimeout(60_000);

interface Sent {
  sendMessage: { id: string; conversationId: string; seq: number; author: string; text: string };
}
interface Messages {
  conversation: { messages: Array<{ id: string; seq: number; author: string; text: string }> } | null;
}
interface TenantEvent {
  tenantConversationEvents: { type: string; conversation: { id: string; lastMessagePreview: string }; message: { seq: number; author: string; text: string } };
}

async function waitForMessages(client: ReturnType<TestApp['client']>, conversationId: string, count: number): Promise<Messages['conversation']> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const data = await client.ok<Messages>(MESSAGES, { id: conversationId, after: 0 });
    if ((data.conversation?.messages.length ?? 0) >= count || Date.now() > deadline) return data.conversation;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('conversations: visitor sessions and live chat', () => {
  let t: TestApp;
  const subscriptions: Array<LiveSubscription<unknown>> = [];
  const live = <T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}) => {
    const s = new LiveSubscription<T>(t.wsUrl, token, query, variables);
    subscriptions.push(s as LiveSubscription<unknown>);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.close()));
  });
  afterAll(() => t.close());

  it('refuses an unknown key or a page on another site, and creates nothing', async () => {
    const owner = await signUpStore(t.client());
    const publicKey = await createWidgetKey(owner.client);
    expect(publicKey).toMatch(/^pk_/);
    const visitor = t.client();
    const wrongOrigin = await visitor.request(START_SESSION, { publicKey }, { origin: 'https://evil.example.net' });
    const noOrigin = await visitor.request(START_SESSION, { publicKey });
    const unknownKey = await visitor.request(START_SESSION, { publicKey: 'pk_doesnotexist' }, { origin: STORE_ORIGIN });
    for (const res of [wrongOrigin, noOrigin, unknownKey]) expect(errorCode(res)).toBe('FORBIDDEN');
    expect(wrongOrigin.errors![0].message).toBe(unknownKey.errors![0].message);

    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT count(*)::int AS n FROM visitors WHERE tenant_id = $1', [owner.tenantId]);
    await db.end();
    expect(rows[0].n).toBe(0);
  });

  it('accepts wildcard subdomains and gives the widget its store settings; a saved token keeps the visitor', async () => {
    const owner = await signUpStore(t.client(), 'Wildcard Shop');
    const publicKey = await createWidgetKey(owner.client, ['https://*.wild.example']);
    const visitor = t.client();
    const first = await visitor.ok<{ startVisitorSession: { token: string; visitorId: string; settings: { storeName: string; position: string } } }>(
      START_SESSION,
      { publicKey },
      { origin: 'https://eu.wild.example' },
    );
    expect(first.startVisitorSession.settings).toEqual(expect.objectContaining({ storeName: 'Wildcard Shop', position: 'right' }));
    const again = await visitor.ok<{ startVisitorSession: { visitorId: string } }>(
      START_SESSION,
      { publicKey, visitorToken: first.startVisitorSession.token },
      { origin: 'https://eu.wild.example' },
    );
    expect(again.startVisitorSession.visitorId).toBe(first.startVisitorSession.visitorId);
    expect(errorCode(await visitor.request(START_SESSION, { publicKey }, { origin: 'https://a.b.wild.example' }))).toBe('FORBIDDEN');
  });

  it('round trip: the visitor writes, the bot answers, both arrive live in order; staff see it live too', async () => {
    const owner = await signUpStore(t.client(), 'Round Trip Store');
    const publicKey = await createWidgetKey(owner.client);
    const staffFeed = live<TenantEvent>(owner.token, TENANT_EVENTS);
    await staffFeed.start();

    const visitor = t.client();
    const session = await startVisitor(visitor, publicKey);
    const first = await visitor.ok<Sent>(SEND, { input: { text: 'hello there' } });
    expect(first.sendMessage).toEqual(expect.objectContaining({ seq: 1, author: 'VISITOR', text: 'hello there' }));
    const conversationId = first.sendMessage.conversationId;

    // Whatever was missed before subscribing is fetched by sequence: the bot's greeting is #2.
    const history = await waitForMessages(visitor, conversationId, 2);
    expect(history!.messages.map((m) => [m.seq, m.author])).toEqual([[1, 'VISITOR'], [2, 'BOT']]);
    expect(history!.messages[1].text).toMatch(/Welcome to Round Trip Store/);

    const feed = live<LiveEvent>(session.token, CONVERSATION_EVENTS, { id: conversationId });
    await feed.start();
    await visitor.ok<Sent>(SEND, { input: { conversationId, text: 'Do you sell duffle bags?' } });
    const events = await feed.waitFor(2);
    expect(events.map((e) => [e.conversationEvents.message!.seq, e.conversationEvents.message!.author])).toEqual([[3, 'VISITOR'], [4, 'BOT']]);
    expect(events[1].conversationEvents.message!.text).toMatch(/duffle bags/);

    const staffEvents = await staffFeed.waitFor(4);
    expect(staffEvents[0].tenantConversationEvents.type).toBe('CONVERSATION_CREATED');
    expect(staffEvents.map((e) => e.tenantConversationEvents.message.seq)).toEqual([1, 2, 3, 4]);
    expect(staffEvents[3].tenantConversationEvents.conversation.id).toBe(conversationId);

    // Messages persist: staff read the same transcript over HTTP.
    const transcript = await owner.client.ok<Messages>(MESSAGES, { id: conversationId, after: 0 });
    expect(transcript.conversation!.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    const after = await visitor.ok<Messages>(MESSAGES, { id: conversationId, after: 2 });
    expect(after.conversation!.messages.map((m) => m.seq)).toEqual([3, 4]);

    // The widget shows when a message was sent from the mutation's answer.
    const timed = await visitor.ok<{ sendMessage: { seq: number; createdAt: string } }>(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { seq createdAt } }`,
      { input: { conversationId, text: 'thanks' } },
    );
    expect(timed.sendMessage.seq).toBe(5);
    expect(Math.abs(Date.parse(timed.sendMessage.createdAt) - Date.now())).toBeLessThan(60_000);
  });

  it('numbers concurrent messages of one conversation 1..n with no gap or duplicate', async () => {
    const owner = await signUpStore(t.client());
    const publicKey = await createWidgetKey(owner.client);
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    const first = await visitor.ok<Sent>(SEND, { input: { text: 'first' } });
    const conversationId = first.sendMessage.conversationId;
    await Promise.all(Array.from({ length: 15 }, (_, i) => visitor.ok<Sent>(SEND, { input: { conversationId, text: `message ${i}` } })));
    const all = await waitForMessages(visitor, conversationId, 32);
    const seqs = all!.messages.map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(all!.messages.filter((m) => m.author === 'BOT')).toHaveLength(16);
  });

  it('validates what visitors send', async () => {
    const owner = await signUpStore(t.client());
    const visitor = t.client();
    await startVisitor(visitor, await createWidgetKey(owner.client));
    expect(errorCode(await visitor.request(SEND, { input: { text: '' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await visitor.request(SEND, { input: { text: '   \u0000  ' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await visitor.request(SEND, { input: { text: 'x'.repeat(4001) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await visitor.request(SEND, { input: { conversationId: 'not-a-uuid', text: 'hi' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await visitor.request(SEND, { input: { conversationId: '00000000-0000-4000-8000-000000000000', text: 'hi' } }))).toBe('NOT_FOUND');
    // Staff do not write through the visitor operation.
    expect(errorCode(await owner.client.request(SEND, { input: { text: 'hi' } }))).toBe('FORBIDDEN');
  });

  it('a visitor sees only their own conversations; another store sees nothing at all', async () => {
    const a = await signUpStore(t.client(), 'Isolation A');
    const b = await signUpStore(t.client(), 'Isolation B');
    const keyA = await createWidgetKey(a.client);
    const visitor1 = t.client();
    const visitor2 = t.client();
    const v1 = await startVisitor(visitor1, keyA);
    const v2 = await startVisitor(visitor2, keyA);
    const sent = await visitor1.ok<Sent>(SEND, { input: { text: 'my private question' } });
    const conversationId = sent.sendMessage.conversationId;

    const bFeed = live<TenantEvent>(b.token, TENANT_EVENTS);
    await bFeed.start();
    const aFeed = live<TenantEvent>(a.token, TENANT_EVENTS);
    await aFeed.start();

    expect((await visitor2.ok<Messages>(MESSAGES, { id: conversationId })).conversation).toBeNull();
    expect(errorCode(await visitor2.request(SEND, { input: { conversationId, text: 'let me in' } }))).toBe('NOT_FOUND');
    const spy = live<LiveEvent>(v2.token, CONVERSATION_EVENTS, { id: conversationId });
    await expect(spy.start().then(() => spy.waitFor(1, 1000))).rejects.toThrow();

    expect((await b.client.ok<Messages>(MESSAGES, { id: conversationId })).conversation).toBeNull();
    const bList = await b.client.ok<{ conversations: { edges: unknown[] } }>(`query { conversations { edges { node { id } } } }`);
    expect(bList.conversations.edges).toEqual([]);
    const bSpy = live<LiveEvent>(b.token, CONVERSATION_EVENTS, { id: conversationId });
    await expect(bSpy.start().then(() => bSpy.waitFor(1, 1000))).rejects.toThrow();

    await visitor1.ok<Sent>(SEND, { input: { conversationId, text: 'still private' } });
    await aFeed.waitFor(2);
    expect(bFeed.events).toEqual([]);
    expect(v1.visitorId).not.toBe(v2.visitorId);
  });

  it('refuses WebSocket connections without a valid credential', async () => {
    const anonymous = live<TenantEvent>(undefined, TENANT_EVENTS);
    await expect(anonymous.start()).rejects.toThrow();
    const forged = live<TenantEvent>('eyJhbGciOiJIUzI1NiJ9.e30.bad', TENANT_EVENTS);
    await expect(forged.start()).rejects.toThrow();
  });

  it('lists conversations newest first with cursor pagination', async () => {
    const owner = await signUpStore(t.client());
    const publicKey = await createWidgetKey(owner.client);
    for (let i = 0; i < 3; i++) {
      const visitor = t.client();
      await startVisitor(visitor, publicKey);
      await visitor.ok<Sent>(SEND, { input: { text: `question ${i}` } });
      await new Promise((r) => setTimeout(r, 5));
    }
    const Q = `query($after: String) { conversations(first: 2, after: $after) { edges { cursor node { id lastMessagePreview visitor { displayName } } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { conversations: { edges: Array<{ node: { id: string; visitor: { displayName: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const page1 = await owner.client.ok<Page>(Q);
    expect(page1.conversations.edges).toHaveLength(2);
    expect(page1.conversations.pageInfo.hasNextPage).toBe(true);
    expect(page1.conversations.edges[0].node.visitor.displayName).toMatch(/^Visitor \d{4}$/);
    const page2 = await owner.client.ok<Page>(Q, { after: page1.conversations.pageInfo.endCursor });
    expect(page2.conversations.edges).toHaveLength(1);
    expect(page2.conversations.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.conversations.edges, ...page2.conversations.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    expect(errorCode(await owner.client.request(`query { conversations(first: 500) { edges { cursor } } }`))).toBe('BAD_USER_INPUT');
  });
});
