import { ChatApiError } from './chat-api-error';
import { ChatConnectionController } from './chat-connection.controller';
import type { ChatMessage } from './chat-types';
import { VisitorStorage } from './visitor-storage';
import { FakeChatTransport } from '../testing/fake-chat-transport';
import { settle } from '../testing/settle';
import { TestControllerHost } from '../testing/test-controller-host';

let server: FakeChatTransport;
let connection: ChatConnectionController;
let announced: ChatMessage[];

function texts(): string[] {
  return connection.messages.map((message) => message.text);
}

async function startWithConversation(): Promise<string> {
  await connection.start();
  connection.send('Hello');
  await settle();
  server.connectFeeds();
  await settle();
  return server.conversationIds()[0];
}

beforeEach(() => {
  localStorage.clear();
  server = new FakeChatTransport();
  announced = [];
  connection = new ChatConnectionController(new TestControllerHost(), (message) => announced.push(message));
  connection.hostConnected();
  connection.configure({
    publicKey: 'pk_test',
    apiBase: 'https://api.test',
    createTransport: async () => server,
    storage: new VisitorStorage('pk_test', localStorage),
  });
});

afterEach(() => connection.hostDisconnected());

describe('ChatConnectionController', () => {
  it('creates one conversation for messages typed before the first one was stored', async () => {
    connection.send('First');
    connection.send('Second');
    connection.send('Third');
    await settle(10);

    expect(server.conversationIds()).toHaveLength(1);
    const [conversationId] = server.conversationIds();
    expect(server.sendCalls.map((call) => call.input)).toEqual([
      { text: 'First' },
      { conversationId, text: 'Second' },
      { conversationId, text: 'Third' },
    ]);
    expect(texts()).toEqual(['First', 'Second', 'Third']);
    expect(connection.outbox).toEqual([]);
  });

  it('fetches what was missed when an event reveals a gap in the sequence', async () => {
    const conversationId = await startWithConversation();
    server.storeQuietly(conversationId, 'BOT', 'missed one');
    server.publish(conversationId, 'BOT', 'arrived live');
    await settle();

    expect(texts()).toEqual(['Hello', 'missed one', 'arrived live']);
    expect(server.fetchCalls.at(-1)?.afterSeq).toBe(1);
  });

  it('shows each message once when the feed repeats what a fetch already returned', async () => {
    const conversationId = await startWithConversation();
    const reply = server.publish(conversationId, 'BOT', 'Reply');
    server.deliver(conversationId, reply);
    server.connectFeeds();
    await settle();
    server.deliver(conversationId, reply);
    await settle();

    expect(texts()).toEqual(['Hello', 'Reply']);
    expect(announced.map((message) => message.text)).toEqual(['Hello', 'Reply']);
  });

  it('catches up page by page after a long disconnection', async () => {
    const conversationId = await startWithConversation();
    server.dropFeeds();
    for (let i = 1; i <= 120; i++) server.storeQuietly(conversationId, i % 2 ? 'AGENT' : 'VISITOR', `while away ${i}`);
    server.connectFeeds();
    await settle(10);

    expect(connection.messages).toHaveLength(121);
    expect(connection.messages.map((message) => message.seq)).toEqual(Array.from({ length: 121 }, (_, i) => i + 1));
    expect(connection.status).toBe('online');
  });

  it('does not announce the history of a restored conversation as new messages', async () => {
    const conversationId = await startWithConversation();
    server.publish(conversationId, 'BOT', 'Earlier reply');
    await settle();
    connection.hostDisconnected();

    announced = [];
    const reloaded = new ChatConnectionController(new TestControllerHost(), (message) => announced.push(message));
    reloaded.hostConnected();
    reloaded.configure({ publicKey: 'pk_test', apiBase: 'https://api.test', createTransport: async () => server });
    await reloaded.start();
    await settle();
    server.publish(conversationId, 'BOT', 'New reply');
    await settle();

    expect(reloaded.messages.map((message) => message.text)).toEqual(['Hello', 'Earlier reply', 'New reply']);
    expect(announced.map((message) => message.text)).toEqual(['New reply']);
    reloaded.hostDisconnected();
  });

  it('renews a token refused mid-conversation and sends the message with the new one', async () => {
    await startWithConversation();
    server.refusedTokens.add('token-1');
    connection.send('Still there?');
    await settle(10);

    expect(server.sessionCalls.map((call) => call.visitorToken)).toEqual([undefined, 'token-1', undefined]);
    expect(server.sendCalls.at(-1)).toEqual({ token: 'token-2', input: { text: 'Still there?' } });
    expect(texts()).toEqual(['Still there?']);
  });

  it('keeps a message that could not be sent so the visitor can retry it', async () => {
    await connection.start();
    server.nextSendError = new ChatApiError('RATE_LIMITED');
    connection.send('Too fast');
    await settle();

    expect(connection.outbox).toEqual([expect.objectContaining({ text: 'Too fast', state: 'failed', error: 'RATE_LIMITED' })]);
    connection.retry(connection.outbox[0].localId);
    await settle();
    expect(connection.outbox).toEqual([]);
    expect(texts()).toEqual(['Too fast']);
  });

  it('shows the assistant as typing until its reply arrives', async () => {
    const conversationId = await startWithConversation();
    expect(connection.awaitingReply).toBe(true);
    server.publish(conversationId, 'BOT', 'Answer');
    await settle();
    expect(connection.awaitingReply).toBe(false);
  });

  it('stops expecting a bot reply once the conversation waits for a human', async () => {
    const conversationId = await startWithConversation();
    server.setStatus(conversationId, 'WAITING_FOR_HUMAN');
    await settle();
    expect(connection.awaitingReply).toBe(false);
    expect(connection.conversationStatus).toBe('WAITING_FOR_HUMAN');
  });
});

describe('ChatConnectionController with a team member', () => {
  it('shows who is typing on the team side, and clears it when their message arrives', async () => {
    const conversationId = await startWithConversation();
    server.typing(conversationId, 'Alice', true);
    expect(connection.agentTyping).toEqual({ name: 'Alice' });
    server.publish(conversationId, 'AGENT', 'Hi, Alice here', { authorName: 'Alice' });
    await settle();
    expect(connection.agentTyping).toBeNull();
    expect(connection.messages.at(-1)).toEqual(expect.objectContaining({ author: 'AGENT', authorName: 'Alice' }));
  });

  it('asks for a person: the status changes and the bot is no longer awaited', async () => {
    const conversationId = await startWithConversation();
    expect(await connection.requestHuman()).toBe(true);
    expect(server.humanRequests).toEqual([conversationId]);
    expect(connection.conversationStatus).toBe('WAITING_FOR_HUMAN');
    expect(connection.awaitingReply).toBe(false);
  });

  it('tells the team the visitor is typing, few times, and stops when the message is sent', async () => {
    const conversationId = await startWithConversation();
    for (let i = 0; i < 5; i++) connection.composing(true);
    connection.send('A question');
    await settle();
    expect(server.typingCalls).toEqual([
      { conversationId, active: true },
      { conversationId, active: false },
    ]);
  });

  it('applies an identity given before the chat started once the session opens, keeping the conversation', async () => {
    const conversationId = await startWithConversation();
    connection.hostDisconnected();
    const storage = new VisitorStorage('pk_test', localStorage);
    const later = new ChatConnectionController(new TestControllerHost(), () => undefined);
    later.hostConnected();
    later.configure({ publicKey: 'pk_test', apiBase: 'https://api.test', createTransport: async () => server, storage });
    await later.identify({ customerId: 'cust-1', signature: 'abc' });
    expect(server.identifyCalls).toEqual([]);
    await later.start();
    await settle();
    expect(server.identifyCalls).toEqual([expect.objectContaining({ publicKey: 'pk_test', identity: { customerId: 'cust-1', signature: 'abc' } })]);
    expect(storage.token).toMatch(/-identified$/);
    later.send('Still here');
    await settle();
    expect(server.messagesOf(conversationId).map((m) => m.text)).toEqual(['Hello', 'Still here']);
    later.hostDisconnected();
  });
});

describe('ChatConnectionController streamed replies', () => {
  it('collects the chunks of a reply as a draft until the stored reply replaces it', async () => {
    const conversationId = await startWithConversation();
    const [question] = server.messagesOf(conversationId);

    server.streamChunk(conversationId, question.id, 'We have ');
    server.streamChunk(conversationId, question.id, 'three hoodies');
    expect([...connection.drafts.values()]).toEqual(['We have three hoodies']);
    expect(connection.awaitingReply).toBe(false);

    server.publish(conversationId, 'BOT', 'We have 3 hoodies.', { inReplyTo: question.id });
    server.streamChunk(conversationId, question.id, ' (late)');

    expect(connection.drafts.size).toBe(0);
    expect(texts()).toEqual(['Hello', 'We have 3 hoodies.']);
  });

  it('drops drafts when the feed drops: the stored reply comes with the catch-up', async () => {
    const conversationId = await startWithConversation();
    const [question] = server.messagesOf(conversationId);
    server.streamChunk(conversationId, question.id, 'We have ');

    server.dropFeeds();
    expect(connection.drafts.size).toBe(0);

    server.storeQuietly(conversationId, 'BOT', 'We have 3 hoodies.');
    server.connectFeeds();
    await settle();
    expect(texts()).toEqual(['Hello', 'We have 3 hoodies.']);
  });
});
