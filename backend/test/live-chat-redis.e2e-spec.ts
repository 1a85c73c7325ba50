import { describeWhen, testServices } from '@shopdesk/testing';
import { signUpStore } from './support/fixtures';
import {
  CONVERSATION_EVENTS,
  createWidgetKey,
  FULL_CONVERSATION_EVENTS,
  FullEvent,
  LiveEvent,
  SEND,
  SET_TYPING,
  startVisitor,
  TAKE_OVER,
  TENANT_EVENTS,
  waitForTranscript,
} from './support/chat-fixtures';
import { LiveSubscription } from './support/live-subscription';
import { createTestDatabase, dropTestDatabase, startTestApp, TestApp } from './support/test-app';

// Booting servers and waiting for live events can be slow on a busy machine.
jest.setTimeout(60_000);

interface TenantEvent {
  tenantConversationEvents: { conversation: { id: string }; message: { seq: number; author: string; text: string } };
}

describeWhen(testServices.redisUrl, 'Redis is not reachable')('live chat across two instances sharing Redis', () => {
  let database: string;
  let one: TestApp;
  let two: TestApp;
  const subscriptions: Array<LiveSubscription<unknown>> = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    // A prefix of its own keeps this run's queues and channels apart from other runs on the same Redis.
    const env = { REDIS_URL: testServices.redisUrl!, REDIS_PREFIX: `t${process.pid}${Date.now().toString(36)}` };
    one = await startTestApp({ database, env });
    two = await startTestApp({ database, env });
  });
  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.close()));
    await one?.close();
    await two?.close();
    await dropTestDatabase(database);
  });

  it('delivers a message sent through one instance to subscribers on the other, with the bot reply', async () => {
    const owner = await signUpStore(one.client(), 'Two Instance Store');
    const publicKey = await createWidgetKey(owner.client);
    const staffOnTwo = new LiveSubscription<TenantEvent>(two.wsUrl, owner.token, TENANT_EVENTS);
    subscriptions.push(staffOnTwo as LiveSubscription<unknown>);
    await staffOnTwo.start();

    const visitorOnOne = one.client();
    const session = await startVisitor(visitorOnOne, publicKey);
    const first = await visitorOnOne.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'hi from instance one' } });
    const conversationId = first.sendMessage.conversationId;

    const staffEvents = await staffOnTwo.waitFor(2, 10_000);
    expect(staffEvents.map((e) => [e.tenantConversationEvents.message.seq, e.tenantConversationEvents.message.author])).toEqual([
      [1, 'VISITOR'],
      [2, 'BOT'],
    ]);
    expect(staffEvents[0].tenantConversationEvents.message.text).toBe('hi from instance one');

    // The visitor's own subscription on instance two sees messages written through instance one.
    const visitorOnTwo = new LiveSubscription<LiveEvent>(two.wsUrl, session.token, CONVERSATION_EVENTS, { id: conversationId });
    subscriptions.push(visitorOnTwo as LiveSubscription<unknown>);
    await visitorOnTwo.start();
    await visitorOnOne.ok(SEND, { input: { conversationId, text: 'second message' } });
    const visitorEvents = await visitorOnTwo.waitFor(2, 10_000);
    expect(visitorEvents.map((e) => e.conversationEvents.message!.seq)).toEqual([3, 4]);
  });

  it('an agent on one instance takes over a conversation served by the other: the bot is silent, typing crosses over', async () => {
    const owner = await signUpStore(one.client(), 'Takeover Across Instances');
    const publicKey = await createWidgetKey(owner.client);
    const visitor = two.client();
    const session = await startVisitor(visitor, publicKey);
    const first = await visitor.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'hello' } });
    const conversationId = first.sendMessage.conversationId;
    await waitForTranscript(visitor, conversationId, (m) => m.length === 2, 10_000);

    const feed = new LiveSubscription<{ conversationEvents: FullEvent }>(two.wsUrl, session.token, FULL_CONVERSATION_EVENTS, { id: conversationId });
    subscriptions.push(feed as LiveSubscription<unknown>);
    await feed.start();
    await owner.client.ok(TAKE_OVER, { id: conversationId });
    await owner.client.ok(SET_TYPING, { id: conversationId, active: true });
    await visitor.ok(SEND, { input: { conversationId, text: 'are you a person?' } });
    const events = await feed.waitFor(3, 10_000);
    expect(events.map((e) => e.conversationEvents.type)).toEqual(['MESSAGE_CREATED', 'TYPING', 'MESSAGE_CREATED']);
    expect(events[0].conversationEvents.conversation.status).toBe('ASSIGNED');
    await new Promise((r) => setTimeout(r, 500));
    const { messages } = await waitForTranscript(visitor, conversationId, () => true);
    expect(messages.map((m) => m.author)).toEqual(['VISITOR', 'BOT', 'SYSTEM', 'VISITOR']);
  });

  it('shares login rate limits between instances', async () => {
    const owner = await signUpStore(one.client());
    const login = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    for (let i = 0; i < 5; i++) {
      const target = i % 2 === 0 ? one : two;
      await target.client().request(login, { input: { email: owner.email, password: 'wrong password!!' } });
    }
    const res = await two.client().request(login, { input: { email: owner.email, password: owner.password } });
    expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
