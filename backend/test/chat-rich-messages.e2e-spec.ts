import { createWidgetKey, SEND, startVisitor, waitForTranscript } from './support/chat-fixtures';
import { csvLine, importCatalog } from './support/catalog-fixtures';
import { FakeOpenAiServer } from './support/fake-openai-server';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { LiveSubscription } from './support/live-subscription';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = 'sku,name,description,brand,category,price,stock,status';
const CATALOG = [
  ['HOOD-1', 'Club Fleece Hoodie', 'Brushed fleece pullover hoodie with kangaroo pocket', 'Nike', 'Clothing > Hoodies', 55, 20, null],
  ['HOOD-2', 'Essentials Hoodie', 'Cotton blend hoodie for everyday wear', 'Adidas', 'Clothing > Hoodies', 50, 0, null],
];
const BLOCKS = `blocks {
  __typename
  ... on ProductCardsBlock { products { productId name price compareAtPrice currency inStock imageUrl variants { variantId label price available } } }
  ... on QuickRepliesBlock { replies { label text } }
  ... on ImageBlock { url alt }
  ... on OrderCardBlock { number status total createdAt }
  ... on CheckoutLinkBlock { orderNumber total paymentUrl expiresAt }
}`;
const RICH_TRANSCRIPT = `query($id: ID!) { conversation(id: $id) { id status messages(afterSeq: 0) { id seq author text systemEvent inReplyTo ${BLOCKS} } } }`;
const RICH_EVENTS = `subscription($id: ID!) {
  conversationEvents(conversationId: $id) { type delta { inReplyTo text } message { id author text inReplyTo ${BLOCKS} } }
}`;
const SET_PROVIDER = `mutation($input: AssistantSettingsInput!) { updateAssistantSettings(input: $input) { provider } }`;
const AGENT_REPLY = `mutation($input: AgentMessageInput!) { sendAgentMessage(input: $input) { id ${BLOCKS} } }`;
const LEAVE_CONTACT = `mutation($input: LeaveContactEmailInput!) { leaveContactEmail(input: $input) { id status } }`;

interface Block {
  __typename: string;
  products?: Array<{ productId: string; name: string; price: number; compareAtPrice: number | null; currency: string; inStock: boolean; imageUrl: string | null; variants: Array<{ variantId: string; label: string; price: number; available: number }> }>;
  replies?: Array<{ label: string; text: string }>;
  url?: string;
}
interface RichMessage {
  id: string;
  seq: number;
  author: string;
  text: string;
  systemEvent: string | null;
  inReplyTo: string | null;
  blocks: Block[];
}
interface RichEvent {
  conversationEvents: { type: string; delta: { inReplyTo: string; text: string } | null; message: (Omit<RichMessage, 'seq' | 'systemEvent'>) | null };
}

// Chat round trips run through jobs on a shared 2-core machine.
jest.setTimeout(30_000);

describe('rich chat messages: cards, quick replies, streamed replies, images, contact after hours', () => {
  const fake = new FakeOpenAiServer();
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;
  let publicKey: string;

  beforeAll(async () => {
    await fake.start();
    t = await startTestApp({ env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-fake', OPENAI_MODEL: 'fake-model' } });
    owner = await signUpStore(t.client(), 'Rich Store');
    other = await signUpStore(t.client(), 'Other Rich Store');
    expect(await importCatalog(owner.client, 'CSV', [HEADER, ...CATALOG.map(csvLine)].join('\n'))).toMatchObject({ status: 'succeeded' });
    publicKey = await createWidgetKey(owner.client);
  }, 60_000);
  beforeEach(() => fake.reset());
  afterAll(async () => {
    await t?.close();
    await fake.close();
  });

  const useProvider = (provider: 'RULES' | 'PLATFORM') => owner.client.ok(SET_PROVIDER, { input: { provider } });
  const newVisitor = async () => {
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    return visitor;
  };
  const transcript = async (client: GraphQLClient, id: string) => (await client.ok<{ conversation: { status: string; messages: RichMessage[] } }>(RICH_TRANSCRIPT, { id })).conversation;
  const botReplyTo = async (visitor: GraphQLClient, text: string, conversationId?: string) => {
    const sent = (await visitor.ok<{ sendMessage: { id: string; conversationId: string } }>(SEND, { input: { text, conversationId } })).sendMessage;
    await waitForTranscript(visitor, sent.conversationId, (m) => m.some((x) => x.author === 'BOT' && x.seq > 0 && m.findIndex((y) => y.id === sent.id) < m.indexOf(x)));
    const messages = (await transcript(visitor, sent.conversationId)).messages;
    return { conversationId: sent.conversationId, reply: messages.find((m) => m.author === 'BOT' && m.inReplyTo === sent.id)! };
  };

  it('answers a product search with cards carrying the catalog price, stock and variants', async () => {
    await useProvider('RULES');
    const visitor = await newVisitor();
    const { reply } = await botReplyTo(visitor, 'show me hoodies');
    const cards = reply.blocks.find((b) => b.__typename === 'ProductCardsBlock')!;
    expect(cards.products!.map((p) => p.name).sort()).toEqual(['Club Fleece Hoodie', 'Essentials Hoodie']);
    const fleece = cards.products!.find((p) => p.name === 'Club Fleece Hoodie')!;
    expect(fleece).toMatchObject({ price: 55, compareAtPrice: null, currency: 'USD', inStock: true, imageUrl: null });
    expect(fleece.variants[0]).toMatchObject({ price: 55, available: 20 });
    expect(cards.products!.find((p) => p.name === 'Essentials Hoodie')).toMatchObject({ inStock: false });
  });

  it('offers quick replies the assistant understands when tapped', async () => {
    await useProvider('RULES');
    const visitor = await newVisitor();
    const { conversationId, reply } = await botReplyTo(visitor, 'hello');
    const replies = reply.blocks.find((b) => b.__typename === 'QuickRepliesBlock')!.replies!;
    expect(replies.map((r) => r.label)).toEqual(['Browse products', 'Track my order', 'Talk to a person']);

    const browse = await botReplyTo(visitor, replies[0].text, conversationId);
    expect(browse.reply.blocks.some((b) => b.__typename === 'ProductCardsBlock')).toBe(true);
    await visitor.ok(SEND, { input: { conversationId, text: replies[2].text } });
    await waitForTranscript(visitor, conversationId, (m) => m.some((x) => x.systemEvent === 'HUMAN_REQUESTED'));
    expect((await transcript(visitor, conversationId)).status).toBe('WAITING_FOR_HUMAN');
  });

  describe('with a model that streams', () => {
    const streamOf = async (visitor: GraphQLClient, modelText: string) => {
      const first = await botReplyTo(visitor, 'hi');
      const sub = new LiveSubscription<RichEvent>(t.wsUrl, visitor.token, RICH_EVENTS, { id: first.conversationId });
      await sub.start();
      fake.script({ kind: 'tool_calls', calls: [{ name: 'get_product', arguments: { sku: 'HOOD-1' } }] }, { kind: 'text', text: modelText, chunkSize: 4 });
      const sent = (await visitor.ok<{ sendMessage: { id: string } }>(SEND, { input: { conversationId: first.conversationId, text: 'tell me about the club fleece hoodie' } })).sendMessage;
      const deadline = Date.now() + 15_000;
      const isReply = (e: RichEvent) => e.conversationEvents.type === 'MESSAGE_CREATED' && e.conversationEvents.message?.inReplyTo === sent.id;
      while (!sub.events.some(isReply) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      await sub.close();
      const replyAt = sub.events.findIndex(isReply);
      expect(replyAt).toBeGreaterThan(-1);
      const deltas = sub.events.slice(0, replyAt).filter((e) => e.conversationEvents.type === 'MESSAGE_DELTA');
      expect(deltas.every((e) => e.conversationEvents.delta!.inReplyTo === sent.id)).toBe(true);
      return { streamed: deltas.map((e) => e.conversationEvents.delta!.text).join(''), reply: sub.events[replyAt].conversationEvents.message! };
    };

    it('streams the reply as it is written, then stores it with the product card', async () => {
      await useProvider('PLATFORM');
      const text = 'Good choice! The Club Fleece Hoodie costs $55.00 and we have 20 in stock. Anything else?';
      const { streamed, reply } = await streamOf(await newVisitor(), text);
      expect(streamed).toBe(text);
      expect(reply.text).toBe(text);
      expect(reply.blocks[0].products!.map((p) => p.name)).toEqual(['Club Fleece Hoodie']);
    });

    it('never streams a price the tools did not return: the stream stops and the stored reply is corrected', async () => {
      await useProvider('PLATFORM');
      const { streamed, reply } = await streamOf(await newVisitor(), 'Good choice! It costs $45.00 today. Enjoy it!');
      expect(streamed).toBe('Good choice! It costs ');
      expect(reply.text).not.toContain('45');
      expect(reply.text).toContain('$55.00');
    });
  });

  it('shows an https image an agent sends, and refuses other addresses', async () => {
    await useProvider('RULES');
    const visitor = await newVisitor();
    const { conversationId } = await botReplyTo(visitor, 'hello');
    const sent = await owner.client.ok<{ sendAgentMessage: { blocks: Block[] } }>(AGENT_REPLY, {
      input: { conversationId, text: 'This is the colour you asked about', imageUrl: 'https://cdn.example.com/hoodie-blue.jpg' },
    });
    expect(sent.sendAgentMessage.blocks).toEqual([{ __typename: 'ImageBlock', url: 'https://cdn.example.com/hoodie-blue.jpg', alt: null }]);
    const seen = (await transcript(visitor, conversationId)).messages.at(-1)!;
    expect(seen.blocks).toEqual(sent.sendAgentMessage.blocks);

    for (const imageUrl of ['javascript:alert(1)', 'http://cdn.example.com/x.jpg', 'data:image/png;base64,AAAA']) {
      const refused = await owner.client.request(AGENT_REPLY, { input: { conversationId, text: 'look', imageUrl } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps a question left after hours with the visitor email, for the team and not the bot', async () => {
    await useProvider('RULES');
    const visitor = await newVisitor();
    const left = await visitor.ok<{ leaveContactEmail: { id: string; status: string } }>(LEAVE_CONTACT, {
      input: { email: 'ana@example.com', message: 'Do you ship to Portugal?' },
    });
    expect(left.leaveContactEmail.status).toBe('WAITING_FOR_HUMAN');
    const id = left.leaveContactEmail.id;
    const { messages } = await waitForTranscript(visitor, id, (m) => m.some((x) => x.systemEvent === 'CONTACT_LEFT'));
    expect(messages.map((m) => [m.author, m.systemEvent])).toEqual([
      ['VISITOR', null],
      ['SYSTEM', 'CONTACT_LEFT'],
    ]);
    expect(messages[1].text).toContain('ana@example.com');
    // The bot stays quiet: the question waits for a person.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await transcript(owner.client, id)).messages.filter((m) => m.author === 'BOT')).toEqual([]);
    const staffView = await owner.client.ok<{ conversation: { visitor: { email: string | null } } }>(`query($id: ID!) { conversation(id: $id) { visitor { email } } }`, { id });
    expect(staffView.conversation.visitor.email).toBe('ana@example.com');

    const stranger = await other.client.request<{ conversation: unknown }>(`query($id: ID!) { conversation(id: $id) { id } }`, { id });
    expect(stranger.data?.conversation ?? null).toBeNull();
    const bad = await visitor.request(LEAVE_CONTACT, { input: { email: 'not-an-email', conversationId: id } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
