// A shopper starts a return by chatting with the assistant: the model calls start_return, which
// checks the order is theirs and leaves the decision to staff.
jest.setTimeout(60_000);

import { createWidgetKey, SEND, startVisitor, waitForTranscript } from './support/chat-fixtures';
import { FakeOpenAiServer } from './support/fake-openai-server';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { ADD_TO_CART, ADVANCE, CHECKOUT, MARK_PAID, newShopper, ORDERS, OrderShape, RETURN_FIELDS, ReturnShape, seedProducts, SHIP } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const RETURNS = `query($id: ID!) { order(id: $id) { returns { ${RETURN_FIELDS} } } }`;

describe('assistant: start_return', () => {
  const fake = new FakeOpenAiServer();
  let t: TestApp;
  let store: SignedUpStore;
  let other: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    await fake.start();
    t = await startTestApp({ env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-fake', OPENAI_MODEL: 'fake-model' } });
    store = await signUpStore(t.client(), 'Returns By Chat');
    other = await signUpStore(t.client(), 'Other Returns Store');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [
      { sku: 'BOOT-42', name: 'Hiking boot', price: 120, stock: 10 },
      { sku: 'SOCK-3', name: 'Wool socks', price: 15, stock: 30 },
    ]);
  });
  beforeEach(() => fake.reset());
  afterAll(async () => {
    await t?.close();
    await fake.close();
  });

  const delivered = async (email: string) => {
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['BOOT-42'], quantity: 1 } });
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['SOCK-3'], quantity: 2 } });
    const number = (await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email } })).checkout.order.number;
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } });
    const id = orders.edges[0].node.id;
    await store.client.ok(MARK_PAID, { id });
    await store.client.ok(SHIP, { input: { orderId: id, carrier: 'DHL', trackingNumber: `T-${number}` } });
    await store.client.ok(ADVANCE, { input: { orderId: id, to: 'DELIVERED' } });
    return { id, number };
  };
  const returnsOf = async (client: SignedUpStore, id: string) =>
    (await client.client.request<{ order: { returns: ReturnShape[] } }>(RETURNS, { id })).data?.order?.returns ?? null;
  /** A new visitor asks; the fake model calls start_return with `args`, then answers from the tool result. */
  const chatReturn = async (args: Record<string, unknown>) => {
    fake.script({ kind: 'tool_calls', calls: [{ name: 'start_return', arguments: args }] });
    fake.fallback = (body) => {
      const tool = JSON.parse(body.messages.find((m) => m.role === 'tool')?.content ?? '{}') as { return_requested?: boolean; error?: string };
      return { kind: 'text', text: tool.return_requested ? 'Your return request is in; the store will reply with the next steps.' : `Sorry, I could not start it (${tool.error}).` };
    };
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    const sent = await visitor.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'I want to return my boots, they are too small' } });
    const { messages } = await waitForTranscript(visitor, sent.sendMessage.conversationId, (m) => m.some((x) => x.author === 'BOT'));
    return messages.find((m) => m.author === 'BOT')!.text;
  };

  it('starts a return of the items named, for the owner of the order, which staff then see', async () => {
    const { id, number } = await delivered('mia@example.com');
    const reply = await chatReturn({ order_number: number, email: 'mia@example.com', reason: 'Too small', skus: 'boot-42' });
    expect(reply).toBe('Your return request is in; the store will reply with the next steps.');
    const returns = (await returnsOf(store, id))!;
    expect(returns).toHaveLength(1);
    expect(returns[0]).toMatchObject({ status: 'REQUESTED', reason: 'Too small' });
    expect(returns[0].lines.map((l) => [l.sku, l.quantity])).toEqual([['BOOT-42', 1]]);
    // A second tenant's staff cannot see it.
    expect(await returnsOf(other, id)).toBeNull();
  });

  it('returns everything still returnable when no item is named, and nothing twice', async () => {
    const { id, number } = await delivered('leo@example.com');
    await chatReturn({ order_number: number, email: 'leo@example.com', reason: 'Changed my mind' });
    const lines = (await returnsOf(store, id))![0].lines.map((l) => [l.sku, l.quantity]).sort();
    expect(lines).toEqual([
      ['BOOT-42', 1],
      ['SOCK-3', 2],
    ]);
    expect(await chatReturn({ order_number: number, email: 'leo@example.com', reason: 'Again' })).toBe('Sorry, I could not start it (nothing_to_return).');
    expect((await returnsOf(store, id))!).toHaveLength(1);
  });

  it('refuses a visitor who cannot prove the order is theirs', async () => {
    const { id, number } = await delivered('ana@example.com');
    expect(await chatReturn({ order_number: number, email: 'someone.else@example.com', reason: 'Too big' })).toBe('Sorry, I could not start it (not_found_or_not_verified).');
    expect(await chatReturn({ order_number: number, reason: 'Too big' })).toBe('Sorry, I could not start it (not_found_or_not_verified).');
    expect(await returnsOf(store, id)).toEqual([]);
  });
});

describe('assistant: a return through the built-in rules', () => {
  let t: TestApp;
  let store: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Rules Returns');
  });
  afterAll(() => t?.close());

  it('asks for the order and the email, then starts the return', async () => {
    const publicKey = await createWidgetKey(store.client);
    const ids = await seedProducts(store.client, [{ sku: 'COAT-1', name: 'Rain coat', price: 90, stock: 5 }]);
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['COAT-1'], quantity: 1 } });
    const number = (await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email: 'kim@example.com' } })).checkout.order.number;
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } });
    const id = orders.edges[0].node.id;
    await store.client.ok(MARK_PAID, { id });
    await store.client.ok(SHIP, { input: { orderId: id, carrier: 'DHL', trackingNumber: 'T-1' } });

    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    const say = async (text: string, conversationId?: string) => {
      const sent = (await visitor.ok<{ sendMessage: { id: string; conversationId: string } }>(SEND, { input: { text, conversationId } })).sendMessage;
      const { messages } = await waitForTranscript(visitor, sent.conversationId, (m) => m.some((x) => x.author === 'BOT' && x.seq > m.find((y) => y.id === sent.id)!.seq));
      return { conversationId: sent.conversationId, reply: messages.filter((m) => m.author === 'BOT').at(-1)!.text };
    };
    const first = await say('I would like to return my rain coat please');
    expect(first.reply).toBe('I can help with your order. What is your order number?');
    const second = await say(`It is ${number}`, first.conversationId);
    expect(second.reply).toMatch(/email/i);
    const third = await say('kim@example.com', first.conversationId);
    expect(third.reply).toContain('Your return request is in');
    const returns = (await store.client.ok<{ order: { returns: ReturnShape[] } }>(RETURNS, { id })).order.returns;
    expect(returns.map((r) => [r.status, r.reason, r.lines.map((l) => l.sku)])).toEqual([['REQUESTED', 'I would like to return my rain coat please', ['COAT-1']]]);
  });
});
