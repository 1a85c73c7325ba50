import { Client as Database } from 'pg';
import { Client as SocketClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ChatLimits } from '../src/modules/conversations/chat-limits';
import { signVisitorIdentity } from '../src/modules/conversations/visitor-identity';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { signUpStore, SignedUpStore } from './support/fixtures';
import {
  ADD_NOTE,
  addTeamMember,
  AGENT_REPLY,
  ASSIGN,
  ChatConversation,
  ChatMessage,
  createWidgetKey,
  FULL_CONVERSATION_EVENTS,
  FULL_TENANT_EVENTS,
  FullEvent,
  HAND_BACK,
  IDENTIFY,
  LIST,
  MARK_READ,
  REOPEN,
  REQUEST_HUMAN,
  RESOLVE,
  SEND,
  SET_TYPING,
  SNOOZE,
  startVisitor,
  STORE_ORIGIN,
  TAKE_OVER,
  TRANSCRIPT,
  waitForTranscript,
} from './support/chat-fixtures';
import { LiveSubscription } from './support/live-subscription';
import { startTestApp, TestApp } from './support/test-app';

interface Sent {
  sendMessage: { id: string; conversationId: string; seq: number };
}
interface VisitorFeed {
  conversationEvents: FullEvent;
}
interface StaffFeed {
  tenantConversationEvents: FullEvent;
}

// Each test boots nothing itself, but the shared server's start and stop can be slow on a busy machine.
jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shape = (messages: ChatMessage[]) => messages.map((m) => `${m.seq}:${m.author}${m.systemEvent ? `:${m.systemEvent}` : ''}`);

describe('conversations: agents, takeover and the visitor side of it', () => {
  let t: TestApp;
  const subscriptions: Array<LiveSubscription<unknown>> = [];
  const live = <T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}) => {
    const s = new LiveSubscription<T>(t.wsUrl, token, query, variables);
    subscriptions.push(s as LiveSubscription<unknown>);
    return s;
  };

  /** A store with a widget key and one visitor who has said hello and got the bot's greeting. */
  async function chatting(storeName?: string): Promise<{ owner: SignedUpStore; publicKey: string; visitor: GraphQLClient; visitorToken: string; conversationId: string }> {
    const owner = await signUpStore(t.client(), storeName);
    const publicKey = await createWidgetKey(owner.client);
    const visitor = t.client();
    const session = await startVisitor(visitor, publicKey);
    const sent = await visitor.ok<Sent>(SEND, { input: { text: 'hello' } });
    const conversationId = sent.sendMessage.conversationId;
    await waitForTranscript(visitor, conversationId, (m) => m.length === 2);
    return { owner, publicKey, visitor, visitorToken: session.token, conversationId };
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.close()));
  });
  afterAll(() => t.close());

  it('takeover silences the bot and tells the visitor; hand-back brings the bot back', async () => {
    const { owner, visitor, visitorToken, conversationId } = await chatting('Takeover Store');
    const agent = t.client();
    await addTeamMember(owner.client, agent, 'Alice');
    const feed = live<VisitorFeed>(visitorToken, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await feed.start();

    const taken = await agent.ok<{ takeOverConversation: ChatConversation }>(TAKE_OVER, { id: conversationId });
    expect(taken.takeOverConversation).toEqual(expect.objectContaining({ status: 'ASSIGNED', assignee: expect.objectContaining({ name: 'Alice' }) }));

    await visitor.ok<Sent>(SEND, { input: { conversationId, text: 'is anyone there?' } });
    await agent.ok(AGENT_REPLY, { input: { conversationId, text: 'Hi, Alice here. How can I help?' } });
    // The bot had its chance to answer the visitor's message meanwhile: it must not have.
    await sleep(400);
    const during = await waitForTranscript(visitor, conversationId, (m) => m.length >= 5);
    expect(shape(during.messages)).toEqual(['1:VISITOR', '2:BOT', '3:SYSTEM:AGENT_JOINED', '4:VISITOR', '5:AGENT']);
    expect(during.messages[2].text).toMatch(/Alice from our team joined/);
    expect(during.messages[4]).toEqual(expect.objectContaining({ authorName: 'Alice', text: 'Hi, Alice here. How can I help?' }));

    await agent.ok(HAND_BACK, { id: conversationId });
    await visitor.ok<Sent>(SEND, { input: { conversationId, text: 'thanks, one more thing' } });
    const after = await waitForTranscript(visitor, conversationId, (m) => m.length >= 8);
    expect(shape(after.messages).slice(5)).toEqual(['6:SYSTEM:HANDED_BACK', '7:VISITOR', '8:BOT']);
    expect(after.messages[5].text).toMatch(/Alice left the conversation\. Our assistant is here to help again/);
    expect(after.conversation.status).toBe('BOT');
    expect(after.conversation.assignee).toBeNull();

    // The visitor saw all of it live, in order, with each status change.
    const events = await feed.waitFor(6);
    expect(events.map((e) => `${e.conversationEvents.message!.seq}:${e.conversationEvents.conversation.status}`)).toEqual([
      '3:ASSIGNED',
      '4:ASSIGNED',
      '5:ASSIGNED',
      '6:BOT',
      '7:BOT',
      '8:BOT',
    ]);
  });

  it('a bot reply being prepared when an agent takes over is never sent after the takeover', async () => {
    const { owner, visitor, conversationId } = await chatting();
    for (let i = 0; i < 3; i++) {
      await visitor.ok<Sent>(SEND, { input: { conversationId, text: `question ${i}` } });
    }
    await owner.client.ok(TAKE_OVER, { id: conversationId });
    await sleep(500);
    const { messages } = await waitForTranscript(owner.client, conversationId, () => true);
    const joined = messages.find((m) => m.systemEvent === 'AGENT_JOINED')!;
    expect(messages.filter((m) => m.author === 'BOT' && m.seq > joined.seq)).toEqual([]);
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
  });

  it('a visitor asks for a human: the queue, the live notice to agents, assignment and the filters', async () => {
    const { owner, visitor, conversationId } = await chatting();
    const agent = t.client();
    const alice = await addTeamMember(owner.client, agent, 'Alice Queue');
    const staffFeed = live<StaffFeed>(owner.token, FULL_TENANT_EVENTS);
    await staffFeed.start();

    const asked = await visitor.ok<{ requestHuman: ChatConversation }>(REQUEST_HUMAN, { id: conversationId });
    expect(asked.requestHuman.status).toBe('WAITING_FOR_HUMAN');
    const [notice] = await staffFeed.waitFor(1);
    expect(notice.tenantConversationEvents.conversation.status).toBe('WAITING_FOR_HUMAN');
    expect(notice.tenantConversationEvents.message).toEqual(expect.objectContaining({ author: 'SYSTEM', systemEvent: 'HUMAN_REQUESTED' }));

    // While waiting the bot stays quiet too.
    await visitor.ok<Sent>(SEND, { input: { conversationId, text: 'still waiting' } });
    await sleep(300);
    const waiting = await waitForTranscript(visitor, conversationId, (m) => m.length >= 4);
    expect(shape(waiting.messages)).toEqual(['1:VISITOR', '2:BOT', '3:SYSTEM:HUMAN_REQUESTED', '4:VISITOR']);
    expect(waiting.messages[2].text).toMatch(/member of our team/);

    type List = { conversations: { edges: Array<{ node: ChatConversation }> } };
    const queue = await owner.client.ok<List>(LIST, { filter: { status: 'WAITING_FOR_HUMAN' } });
    expect(queue.conversations.edges.map((e) => e.node.id)).toEqual([conversationId]);
    expect((await owner.client.ok<List>(LIST, { filter: { status: 'BOT' } })).conversations.edges).toEqual([]);

    const assigned = await owner.client.ok<{ assignConversation: ChatConversation }>(ASSIGN, { input: { conversationId, userId: alice.userId } });
    expect(assigned.assignConversation).toEqual(expect.objectContaining({ status: 'ASSIGNED', assignee: { id: alice.userId, name: 'Alice Queue' } }));
    expect((await agent.ok<List>(LIST, { filter: { mine: true } })).conversations.edges.map((e) => e.node.id)).toEqual([conversationId]);
    expect((await owner.client.ok<List>(LIST, { filter: { mine: true } })).conversations.edges).toEqual([]);
    expect((await owner.client.ok<List>(LIST, { filter: { unassigned: true } })).conversations.edges).toEqual([]);

    // Unassigning puts it back in the queue, and the visitor is told.
    const back = await owner.client.ok<{ assignConversation: ChatConversation }>(ASSIGN, { input: { conversationId } });
    expect(back.assignConversation).toEqual(expect.objectContaining({ status: 'WAITING_FOR_HUMAN', assignee: null }));
    expect((await owner.client.ok<List>(LIST, { filter: { unassigned: true } })).conversations.edges.map((e) => e.node.id)).toEqual([conversationId]);
    expect(errorCode(await owner.client.request(ASSIGN, { input: { conversationId, userId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');
  });

  it('internal notes reach the team only: not the visitor transcript, feed, preview or unread count', async () => {
    const { owner, visitor, visitorToken, conversationId } = await chatting();
    const visitorFeed = live<VisitorFeed>(visitorToken, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await visitorFeed.start();
    const staffFeed = live<StaffFeed>(owner.token, FULL_TENANT_EVENTS);
    await staffFeed.start();

    const note = await owner.client.ok<{ addInternalNote: ChatMessage }>(ADD_NOTE, { input: { conversationId, text: 'VIP customer, offer free shipping' } });
    expect(note.addInternalNote).toEqual(expect.objectContaining({ seq: 3, internal: true, author: 'AGENT' }));
    await owner.client.ok(AGENT_REPLY, { input: { conversationId, text: 'Good news: shipping is on us today.' } });

    const staffEvents = await staffFeed.waitFor(3);
    expect(staffEvents.map((e) => e.tenantConversationEvents.message!.internal)).toEqual([true, false, false]);
    const visitorEvents = await visitorFeed.waitFor(2);
    await sleep(200);
    expect(visitorFeed.events.map((e) => e.conversationEvents.message!.seq)).toEqual([4, 5]);
    expect(visitorEvents.some((e) => /VIP/.test(e.conversationEvents.message!.text))).toBe(false);

    const visitorView = await visitor.ok<{ conversation: { messages: ChatMessage[]; unreadCount: number } }>(TRANSCRIPT, { id: conversationId, after: 0 });
    expect(visitorView.conversation.messages.map((m) => m.seq)).toEqual([1, 2, 4, 5]);
    const visitorList = await visitor.ok<{ visitorConversations: Array<{ lastMessagePreview: string }> }>(`query { visitorConversations { lastMessagePreview } }`);
    expect(visitorList.visitorConversations[0].lastMessagePreview).toBe('Good news: shipping is on us today.');
    const staffView = await owner.client.ok<{ conversation: { messages: ChatMessage[] } }>(TRANSCRIPT, { id: conversationId, after: 0 });
    expect(staffView.conversation.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('resolve, visitor writes again (the bot answers), snooze and reopen, all announced', async () => {
    const { owner, visitor, conversationId } = await chatting();
    const resolved = await owner.client.ok<{ resolveConversation: ChatConversation }>(RESOLVE, { id: conversationId });
    expect(resolved.resolveConversation.status).toBe('RESOLVED');
    await visitor.ok<Sent>(SEND, { input: { conversationId, text: 'one more question' } });
    const reopened = await waitForTranscript(visitor, conversationId, (m) => m.length >= 5);
    expect(shape(reopened.messages)).toEqual(['1:VISITOR', '2:BOT', '3:SYSTEM:RESOLVED', '4:VISITOR', '5:BOT']);
    expect(reopened.conversation.status).toBe('BOT');

    await owner.client.ok(TAKE_OVER, { id: conversationId });
    const until = new Date(Date.now() + 3600_000).toISOString();
    const snoozed = await owner.client.ok<{ snoozeConversation: ChatConversation }>(SNOOZE, { input: { conversationId, until } });
    expect(snoozed.snoozeConversation.status).toBe('SNOOZED');
    const again = await owner.client.ok<{ reopenConversation: ChatConversation }>(REOPEN, { id: conversationId });
    expect(again.reopenConversation.status).toBe('ASSIGNED');
    const past = new Date(Date.now() - 1000).toISOString();
    expect(errorCode(await owner.client.request(SNOOZE, { input: { conversationId, until: past } }))).toBe('BAD_USER_INPUT');

    const { messages } = await waitForTranscript(visitor, conversationId, (m) => m.length >= 8);
    expect(messages.slice(5).map((m) => m.systemEvent)).toEqual(['AGENT_JOINED', 'SNOOZED', 'REOPENED']);

    // A snooze ends by itself when its time comes; an earlier snooze's wake-up does nothing after a re-snooze.
    await owner.client.ok(SNOOZE, { input: { conversationId, until: new Date(Date.now() + 600_000).toISOString() } });
    await owner.client.ok(SNOOZE, { input: { conversationId, until: new Date(Date.now() + 1500).toISOString() } });
    const woke = await waitForTranscript(owner.client, conversationId, (m) => m.length >= 11);
    expect(woke.messages.slice(8).map((m) => m.systemEvent)).toEqual(['SNOOZED', 'SNOOZED', 'REOPENED']);
    expect(woke.conversation.status).toBe('ASSIGNED');
  });

  it('typing indicators go live to the other side and are never stored', async () => {
    const { owner, visitor, visitorToken, conversationId } = await chatting();
    const visitorFeed = live<VisitorFeed>(visitorToken, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await visitorFeed.start();
    const staffFeed = live<StaffFeed>(owner.token, FULL_TENANT_EVENTS);
    await staffFeed.start();

    expect((await visitor.ok<{ setTyping: boolean }>(SET_TYPING, { id: conversationId, active: true })).setTyping).toBe(true);
    const [staffSees] = await staffFeed.waitFor(1);
    expect(staffSees.tenantConversationEvents).toEqual(expect.objectContaining({ type: 'TYPING', message: null, typing: { author: 'VISITOR', name: null, active: true } }));

    await owner.client.ok(SET_TYPING, { id: conversationId, active: true });
    const typingEvents = await visitorFeed.waitFor(2);
    const fromAgent = typingEvents.map((e) => e.conversationEvents.typing).find((x) => x?.author === 'AGENT');
    expect(fromAgent).toEqual({ author: 'AGENT', name: owner.email.split('@')[0], active: true });

    const { conversation, messages } = await waitForTranscript(owner.client, conversationId, () => true);
    expect(messages).toHaveLength(2);
    expect(conversation.lastSeq).toBe(2);
  });

  it('read markers and unread counts for both sides, live', async () => {
    const { owner, visitor, visitorToken, conversationId } = await chatting();
    await visitor.ok<Sent>(SEND, { input: { conversationId, text: 'second question' } });
    const before = await waitForTranscript(owner.client, conversationId, (m) => m.length === 4);
    expect(before.conversation.unreadCount).toBe(2);
    const visitorBefore = await waitForTranscript(visitor, conversationId, (m) => m.length === 4);
    expect(visitorBefore.conversation.unreadCount).toBe(1);

    const visitorFeed = live<VisitorFeed>(visitorToken, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await visitorFeed.start();
    const read = await owner.client.ok<{ markConversationRead: ChatConversation }>(MARK_READ, { id: conversationId, seq: 4 });
    expect(read.markConversationRead).toEqual(expect.objectContaining({ unreadCount: 0, staffReadSeq: 4 }));
    const [seen] = await visitorFeed.waitFor(1);
    expect(seen.conversationEvents).toEqual(expect.objectContaining({ type: 'READ', message: null }));
    expect(seen.conversationEvents.conversation.staffReadSeq).toBe(4);

    const visitorRead = await visitor.ok<{ markConversationRead: ChatConversation }>(MARK_READ, { id: conversationId, seq: 999 });
    expect(visitorRead.markConversationRead).toEqual(expect.objectContaining({ unreadCount: 0, visitorReadSeq: 4 }));
    // A reply by an agent counts for the visitor, and the agent's own side is read by replying.
    await owner.client.ok(AGENT_REPLY, { input: { conversationId, text: 'Here is the answer.' } });
    const after = await waitForTranscript(visitor, conversationId, (m) => m.length === 6);
    expect(after.conversation.unreadCount).toBe(2);
  });

  it('rate limits per visitor, per network and for new conversations answer RATE_LIMITED; other stores are unaffected', async () => {
    const limits = t.app.get(ChatLimits);
    const defaults = { ...limits };
    Object.assign(limits, { messagesPerVisitorPerMinute: 3, messagesPerIpPerMinute: 5, newConversationsPerVisitorPerHour: 2 });
    try {
      const owner = await signUpStore(t.client());
      const publicKey = await createWidgetKey(owner.client);
      const flooder = t.client();
      await startVisitor(flooder, publicKey);
      const first = await flooder.ok<Sent>(SEND, { input: { text: 'one' } });
      const conversationId = first.sendMessage.conversationId;
      await flooder.ok(SEND, { input: { conversationId, text: 'two' } });
      await flooder.ok(SEND, { input: { text: 'three, in a new conversation' } });
      const limited = await flooder.request(SEND, { input: { conversationId, text: 'four' } });
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);

      // A second visitor on the same network still has room, until the network's allowance is spent.
      const neighbour = t.client();
      await startVisitor(neighbour, publicKey);
      await neighbour.ok<Sent>(SEND, { input: { text: 'hello from next door' } });
      expect(errorCode(await neighbour.request(SEND, { input: { text: 'and again' } }))).toBe('RATE_LIMITED');

      // New conversations per visitor per hour.
      const starter = t.client();
      await startVisitor(starter, publicKey);
      limits.messagesPerIpPerMinute = 100;
      await starter.ok(SEND, { input: { text: 'a' } });
      await starter.ok(SEND, { input: { text: 'b' } });
      const third = await starter.request(SEND, { input: { text: 'c' } });
      expect(errorCode(third)).toBe('RATE_LIMITED');
      expect(third.errors![0].message).toMatch(/started many conversations/);

      // Another store's visitors, same network, are not slowed by this store's flood.
      limits.messagesPerIpPerMinute = 5;
      const other = await signUpStore(t.client());
      const otherVisitor = t.client();
      await startVisitor(otherVisitor, await createWidgetKey(other.client));
      await otherVisitor.ok<Sent>(SEND, { input: { text: 'unaffected' } });
    } finally {
      Object.assign(limits, defaults);
    }
  });

  it('takes messages over the WebSocket as over HTTP: stored, answered, and limited per client address behind a trusted proxy', async () => {
    const limits = t.app.get(ChatLimits);
    const defaults = { ...limits };
    Object.assign(limits, { messagesPerIpPerMinute: 2 });
    const sockets: SocketClient[] = [];
    /** A visitor's socket as a load balancer on this host would pass it on, naming the client's address. */
    const socketOf = (token: string, clientAddress: string) => {
      const client = createClient({
        url: t.wsUrl,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { 'x-forwarded-for': clientAddress } });
          }
        },
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      sockets.push(client);
      return client;
    };
    const sendOver = (client: SocketClient, input: Record<string, unknown>) =>
      new Promise<{ data?: Sent | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }>((resolve, reject) => {
        let result = {};
        client.subscribe({ query: SEND, variables: { input } }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
      });
    try {
      const owner = await signUpStore(t.client());
      const publicKey = await createWidgetKey(owner.client);
      const first = t.client();
      const firstToken = (await startVisitor(first, publicKey)).token;
      const second = t.client();
      const secondToken = (await startVisitor(second, publicKey)).token;
      const conversationId = (await first.ok<Sent>(SEND, { input: { text: 'hello over http' } })).sendMessage.conversationId;
      await waitForTranscript(first, conversationId, (m) => m.some((x) => x.author === 'BOT'));

      const firstSocket = socketOf(firstToken, '203.0.113.10');
      const sent = await sendOver(firstSocket, { conversationId, text: 'and hello over the socket' });
      expect(sent.data?.sendMessage.conversationId).toBe(conversationId);
      // Stored and answered like any message.
      await waitForTranscript(first, conversationId, (m) => m.filter((x) => x.author === 'BOT').length === 2 && m.some((x) => x.text === 'and hello over the socket'));
      // The address the proxy forwarded is the one limited (the HTTP message above came from another).
      expect((await sendOver(firstSocket, { conversationId, text: 'two' })).errors).toBeUndefined();
      expect((await sendOver(firstSocket, { conversationId, text: 'three' })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // Another client behind the same proxy has its own allowance.
      const secondSent = await sendOver(socketOf(secondToken, '203.0.113.20'), { text: 'hi from elsewhere' });
      expect(secondSent.errors).toBeUndefined();
    } finally {
      Object.assign(limits, defaults);
      await Promise.all(sockets.map((socket) => socket.dispose()));
    }
  });

  it("a second store's agent sees nothing and changes nothing", async () => {
    const { owner, visitor, conversationId } = await chatting('Store A');
    const b = await signUpStore(t.client(), 'Store B');
    const bFeed = live<StaffFeed>(b.token, FULL_TENANT_EVENTS);
    await bFeed.start();
    const bSpy = live<VisitorFeed>(b.token, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await expect(bSpy.start().then(() => bSpy.waitFor(1, 500))).rejects.toThrow();

    const attempts = [
      [TAKE_OVER, { id: conversationId }],
      [HAND_BACK, { id: conversationId }],
      [RESOLVE, { id: conversationId }],
      [REOPEN, { id: conversationId }],
      [ASSIGN, { input: { conversationId, userId: b.userId } }],
      [AGENT_REPLY, { input: { conversationId, text: 'hijack' } }],
      [ADD_NOTE, { input: { conversationId, text: 'peek' } }],
      [SET_TYPING, { id: conversationId, active: true }],
      [MARK_READ, { id: conversationId, seq: 2 }],
    ] as const;
    for (const [query, variables] of attempts) {
      expect(errorCode(await b.client.request(query, variables))).toBe('NOT_FOUND');
    }

    // Store A's own activity (takeover, note, typing, reply) reaches none of store B's feeds.
    await owner.client.ok(TAKE_OVER, { id: conversationId });
    await owner.client.ok(ADD_NOTE, { input: { conversationId, text: 'internal' } });
    await owner.client.ok(SET_TYPING, { id: conversationId, active: true });
    await visitor.ok(SET_TYPING, { id: conversationId, active: true });
    await owner.client.ok(AGENT_REPLY, { input: { conversationId, text: 'hello from A' } });
    await sleep(300);
    expect(bFeed.events).toEqual([]);
    const { messages } = await waitForTranscript(owner.client, conversationId, () => true);
    expect(messages.map((m) => m.text)).not.toContain('hijack');
    expect((await b.client.ok<{ conversations: { edges: unknown[] } }>(LIST, {})).conversations.edges).toEqual([]);

    // Visitors cannot use the team's operations.
    expect(errorCode(await visitor.request(TAKE_OVER, { id: conversationId }))).toBe('FORBIDDEN');
    expect(errorCode(await visitor.request(ADD_NOTE, { input: { conversationId, text: 'x' } }))).toBe('FORBIDDEN');
  });

  it('reconnect without loss: missed messages are fetched by sequence, nothing lost or duplicated', async () => {
    const { owner, visitor, visitorToken, conversationId } = await chatting();
    await owner.client.ok(TAKE_OVER, { id: conversationId });
    const received = new Map<string, ChatMessage>();
    let lastSeq = 0;
    const take = (m: ChatMessage) => {
      received.set(m.id, m);
      lastSeq = Math.max(lastSeq, m.seq);
    };
    for (const m of (await waitForTranscript(visitor, conversationId, (x) => x.length === 3)).messages) take(m);

    const first = live<VisitorFeed>(visitorToken, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await first.start();
    await owner.client.ok(AGENT_REPLY, { input: { conversationId, text: 'live 1' } });
    await visitor.ok(SEND, { input: { conversationId, text: 'live 2' } });
    for (const e of await first.waitFor(2)) take(e.conversationEvents.message!);
    await first.close();

    // Offline: both sides keep writing.
    for (let i = 0; i < 4; i++) {
      await owner.client.ok(AGENT_REPLY, { input: { conversationId, text: `while away ${i}` } });
    }
    await visitor.ok(SEND, { input: { conversationId, text: 'sent from another tab' } });

    // Reconnect: subscribe first, then fetch after the last seen sequence, then merge by id.
    const second = live<VisitorFeed>(visitorToken, FULL_CONVERSATION_EVENTS, { id: conversationId });
    await second.start();
    await owner.client.ok(AGENT_REPLY, { input: { conversationId, text: 'after reconnect' } });
    const missed = await visitor.ok<{ conversation: { messages: ChatMessage[] } }>(TRANSCRIPT, { id: conversationId, after: lastSeq });
    const count = received.size;
    for (const m of missed.conversation.messages) take(m);
    expect(received.size).toBeGreaterThanOrEqual(count + 5);
    for (const e of await second.waitFor(1)) take(e.conversationEvents.message!);

    const seqs = [...received.values()].map((m) => m.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(new Set([...received.values()].map((m) => m.text)).size).toBe(11);
  });

  it('signed visitor identity: verified with the store secret; another device joins the same visitor', async () => {
    const owner = await signUpStore(t.client());
    const publicKey = await createWidgetKey(owner.client);
    const db = new Database({ connectionString: t.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ identity_secret: string }>('SELECT identity_secret FROM widget_keys WHERE public_key = $1', [publicKey]);
    await db.end();
    const secret = rows[0].identity_secret;

    const laptop = t.client();
    const onLaptop = await startVisitor(laptop, publicKey);
    const chat = await laptop.ok<Sent>(SEND, { input: { text: 'from my laptop' } });

    const forged = await laptop.request(IDENTIFY, { input: { publicKey, customerId: 'cust-7', signature: signVisitorIdentity('guess', 'cust-7') } }, { origin: STORE_ORIGIN });
    expect(errorCode(forged)).toBe('FORBIDDEN');
    const identified = await laptop.ok<{ identifyVisitor: { visitorId: string } }>(
      IDENTIFY,
      { input: { publicKey, customerId: 'cust-7', signature: signVisitorIdentity(secret, 'cust-7'), name: 'Jane Doe', email: 'Jane@Example.com' } },
      { origin: STORE_ORIGIN },
    );
    expect(identified.identifyVisitor.visitorId).toBe(onLaptop.visitorId);

    const phone = t.client();
    await startVisitor(phone, publicKey);
    const phoneChat = await phone.ok<Sent>(SEND, { input: { text: 'from my phone' } });
    const joined = await phone.ok<{ identifyVisitor: { token: string; visitorId: string } }>(
      IDENTIFY,
      { input: { publicKey, customerId: 'cust-7', signature: signVisitorIdentity(secret, 'cust-7') } },
      { origin: STORE_ORIGIN },
    );
    expect(joined.identifyVisitor.visitorId).toBe(onLaptop.visitorId);
    phone.token = joined.identifyVisitor.token;
    const mine = await phone.ok<{ visitorConversations: Array<{ id: string }> }>(`query { visitorConversations { id } }`);
    expect(mine.visitorConversations.map((c) => c.id).sort()).toEqual([chat.sendMessage.conversationId, phoneChat.sendMessage.conversationId].sort());

    const staffView = await owner.client.ok<{ conversation: { visitor: { displayName: string; email: string } } }>(
      `query($id: ID!) { conversation(id: $id) { visitor { displayName email } } }`,
      { id: chat.sendMessage.conversationId },
    );
    expect(staffView.conversation.visitor).toEqual({ displayName: 'Jane Doe', email: 'jane@example.com' });
    // The laptop's old token still names the same visitor; the phone's anonymous visitor is left with nothing.
    const phoneAnonymous = await phone.ok<{ visitorConversations: unknown[] }>(`query { visitorConversations { id } }`, {}, { token: (await startVisitor(t.client(), publicKey)).token });
    expect(phoneAnonymous.visitorConversations).toEqual([]);
  });

  it('canned replies: saved per store, found by shortcut or text, shortcuts unique; another store sees none', async () => {
    const owner = await signUpStore(t.client());
    const save = `mutation($input: CannedReplyInput!) { saveCannedReply(input: $input) { id shortcut text } }`;
    const list = `query($search: String) { cannedReplies(search: $search) { shortcut text } }`;
    const shipping = await owner.client.ok<{ saveCannedReply: { id: string; shortcut: string } }>(save, {
      input: { shortcut: '/Shipping', text: 'We ship within 2 working days.' },
    });
    expect(shipping.saveCannedReply.shortcut).toBe('shipping');
    await owner.client.ok(save, { input: { shortcut: 'returns', text: 'You can return anything within 60 days.' } });
    expect(errorCode(await owner.client.request(save, { input: { shortcut: 'shipping', text: 'again' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await owner.client.request(save, { input: { shortcut: 'no spaces', text: 'x' } }))).toBe('BAD_USER_INPUT');

    type Replies = { cannedReplies: Array<{ shortcut: string; text: string }> };
    expect((await owner.client.ok<Replies>(list)).cannedReplies.map((r) => r.shortcut)).toEqual(['returns', 'shipping']);
    expect((await owner.client.ok<Replies>(list, { search: '/sh' })).cannedReplies.map((r) => r.shortcut)).toEqual(['shipping']);
    expect((await owner.client.ok<Replies>(list, { search: '60 days' })).cannedReplies.map((r) => r.shortcut)).toEqual(['returns']);

    await owner.client.ok(save, { input: { id: shipping.saveCannedReply.id, shortcut: 'shipping', text: 'We ship the same day.' } });
    expect((await owner.client.ok<Replies>(list, { search: 'ship' })).cannedReplies[0].text).toBe('We ship the same day.');

    const other = await signUpStore(t.client());
    expect((await other.client.ok<Replies>(list)).cannedReplies).toEqual([]);
    expect(errorCode(await other.client.request(`mutation($id: ID!) { deleteCannedReply(id: $id) }`, { id: shipping.saveCannedReply.id }))).toBe('NOT_FOUND');
    expect((await owner.client.ok<{ deleteCannedReply: boolean }>(`mutation($id: ID!) { deleteCannedReply(id: $id) }`, { id: shipping.saveCannedReply.id })).deleteCannedReply).toBe(true);
    expect((await owner.client.ok<Replies>(list)).cannedReplies.map((r) => r.shortcut)).toEqual(['returns']);
  });

  it('CSAT: the visitor rates a resolved conversation; staff see the rating live', async () => {
    const { owner, visitor, conversationId } = await chatting();
    const rate = `mutation($input: RateConversationInput!) { rateConversation(input: $input) { status csatScore csatComment } }`;
    expect(errorCode(await visitor.request(rate, { input: { conversationId, score: 5 } }))).toBe('BAD_USER_INPUT');
    await owner.client.ok(RESOLVE, { id: conversationId });
    const staffFeed = live<{ tenantConversationEvents: { type: string; conversation: { csatScore: number | null } } }>(
      owner.token,
      `subscription { tenantConversationEvents { type conversation { csatScore } } }`,
    );
    await staffFeed.start();
    expect(errorCode(await visitor.request(rate, { input: { conversationId, score: 6 } }))).toBe('BAD_USER_INPUT');
    const rated = await visitor.ok<{ rateConversation: { csatScore: number; csatComment: string } }>(rate, {
      input: { conversationId, score: 4, comment: '  Quick and friendly  ' },
    });
    expect(rated.rateConversation).toEqual({ status: 'RESOLVED', csatScore: 4, csatComment: 'Quick and friendly' });
    const [event] = await staffFeed.waitFor(1);
    expect(event.tenantConversationEvents).toEqual({ type: 'CONVERSATION_UPDATED', conversation: { csatScore: 4 } });
    expect(errorCode(await owner.client.request(rate, { input: { conversationId, score: 1 } }))).toBe('FORBIDDEN');
  });
});
