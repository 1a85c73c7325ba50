import { describeWhen, testServices } from '@shopdesk/testing';
import { signUpStore } from './support/fixtures';
import { CONVERSATION_EVENTS, createWidgetKey, LiveEvent, SEND, startVisitor, TENANT_EVENTS } from './support/chat-fixtures';
import { LiveSubscription } from './support/live-subscription';
import { createTestDatabase, dropTestDatabase, startTestApp, TestApp } from './support/test-app';

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
