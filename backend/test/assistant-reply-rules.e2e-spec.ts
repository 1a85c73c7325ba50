import { Client } from 'pg';
import { createWidgetKey, SEND, startVisitor, waitForTranscript } from './support/chat-fixtures';
import { csvLine, importCatalog } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { GraphQLClient, RequestOptions } from './support/graphql-client';
import { ADD_TO_CART, CHECKOUT, MARK_PAID, newShopper, ORDERS, OrderShape, seedProducts, SHIP } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = 'sku,name,description,brand,category,price,stock,status';
const CATALOG = [
  ['HOOD-1', 'Club Fleece Hoodie', 'Brushed fleece pullover hoodie with kangaroo pocket', 'Nike', 'Clothing > Hoodies', 55, 20, null],
  ['HOOD-2', 'Essentials Hoodie', 'Cotton blend hoodie for everyday wear', 'Adidas', 'Clothing > Hoodies', 50, 12, null],
];
const UPDATE_SETTINGS = `mutation($input: AssistantSettingsInput!) { updateAssistantSettings(input: $input) { languages } }`;
const PREVIEW = `query Preview($text: String!, $locale: String) {
  assistantPreview(text: $text, locale: $locale) { reply toolCalls { name } groundingCorrections }
}`;

interface Sent {
  sendMessage: { id: string; conversationId: string; seq: number };
}
interface Preview {
  assistantPreview: { reply: string; toolCalls: Array<{ name: string }>; groundingCorrections: number };
}

// Chat round trips run through jobs on a shared 2-core machine; the default 5 s is too tight.
jest.setTimeout(30_000);

describe('assistant reply rules and reply language', () => {
  let t: TestApp;
  let other: SignedUpStore;
  let otherKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    other = await signUpStore(t.client(), 'Untouched Store');
    otherKey = await createWidgetKey(other.client);
  }, 60_000);
  afterAll(() => t.close(), 30_000);

  /** A store with the hoodie catalog, a widget key and the given assistant settings. */
  async function store(name: string, settings: Record<string, unknown>): Promise<{ owner: SignedUpStore; publicKey: string }> {
    const owner = await signUpStore(t.client(), name);
    expect(await importCatalog(owner.client, 'CSV', [HEADER, ...CATALOG.map(csvLine)].join('\n'))).toMatchObject({ status: 'succeeded' });
    await owner.client.ok(UPDATE_SETTINGS, { input: settings });
    return { owner, publicKey: await createWidgetKey(owner.client) };
  }

  async function visitorOf(publicKey: string): Promise<GraphQLClient> {
    const visitor = t.client();
    await startVisitor(visitor, publicKey);
    return visitor;
  }

  async function chat(visitor: GraphQLClient, conversationId: string | undefined, text: string, options: RequestOptions = {}): Promise<{ conversationId: string; reply: string; status: string; events: string[] }> {
    const sent = await visitor.ok<Sent>(SEND, { input: { conversationId, text } }, options);
    const id = sent.sendMessage.conversationId;
    const { conversation, messages } = await waitForTranscript(visitor, id, (m) => m.some((x) => x.author === 'BOT' && x.seq > sent.sendMessage.seq));
    const later = messages.filter((x) => x.seq > sent.sendMessage.seq);
    return { conversationId: id, reply: later.find((x) => x.author === 'BOT')!.text, status: conversation.status, events: later.map((x) => x.systemEvent ?? x.author) };
  }

  /** The conversation once the handoff queued after the reply has run. */
  async function handedOver(visitor: GraphQLClient, conversationId: string): Promise<string> {
    await waitForTranscript(visitor, conversationId, (m) => m.some((x) => x.systemEvent === 'HUMAN_REQUESTED'));
    // Read again: the transcript's conversation may have been read just before the handoff committed
    // and its messages just after.
    const { conversation } = await waitForTranscript(visitor, conversationId, () => true);
    return conversation.status;
  }

  async function turnStates(conversationId: string): Promise<Array<{ language?: string; unresolvedTurns?: number }>> {
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const turns = await db.query(`SELECT state FROM assistant_turns WHERE conversation_id = $1 ORDER BY created_at`, [conversationId]);
      return turns.rows.map((r) => r.state);
    } finally {
      await db.end();
    }
  }

  it('answers in the language the visitor writes, keeps it for short messages, and localizes figures', async () => {
    const { publicKey } = await store('Sprachladen', { languages: ['en', 'de', 'fr'] });
    const visitor = await visitorOf(publicKey);
    const asked = await chat(visitor, undefined, 'Haben Sie Hoodies?');
    expect(asked.reply).toMatch(/^Das habe ich zu/);
    expect(asked.reply).toContain('Essentials Hoodie — 50,00\u00a0$, auf Lager (12 verfügbar)');
    const thanks = await chat(visitor, asked.conversationId, 'danke');
    expect(thanks.reply).toBe('Gern geschehen! Kann ich Ihnen sonst noch helfen?');
    // The "track my order" quick reply, tapped in German, is understood like the English one.
    const tapped = await chat(visitor, asked.conversationId, 'Wo ist meine Bestellung?');
    expect(tapped.reply).toBe('Gern helfe ich Ihnen bei Ihrer Bestellung. Wie lautet Ihre Bestellnummer?');
    const english = await chat(visitor, asked.conversationId, 'Where is my order?');
    expect(english.reply).toBe('I can help with your order. What is your order number?');
    expect((await turnStates(asked.conversationId)).map((s) => s.language)).toEqual(['de', 'de', 'de', 'en']);
  });

  it("uses the browser's language for a message too short to tell, and the store's first language for one it does not speak", async () => {
    const { publicKey } = await store('Boutique', { languages: ['es', 'fr', 'en'] });
    const french = await visitorOf(publicKey);
    const hello = await chat(french, undefined, 'hello', { headers: { 'accept-language': 'fr-CH,fr;q=0.9' } });
    expect(hello.reply).toBe('Bonjour et bienvenue chez Boutique ! Posez-moi vos questions sur nos produits, votre commande ou tout autre sujet.');
    const italian = await visitorOf(publicKey);
    const ciao = await chat(italian, undefined, 'hello', { headers: { 'accept-language': 'it-IT' } });
    expect(ciao.reply).toMatch(/^¡Hola y bienvenido a Boutique!/);
  });

  it('answers in English when the store only speaks English, whatever the visitor writes', async () => {
    const { publicKey } = await store('English Only', { languages: ['en'] });
    const visitor = await visitorOf(publicKey);
    const asked = await chat(visitor, undefined, 'Wo ist meine Bestellung?', { headers: { 'accept-language': 'de-DE' } });
    expect(asked.reply).toBe('I can help with your order. What is your order number?');
  });

  it('passes grounding with localized prices in previews', async () => {
    const { owner } = await store('Vorschau', { languages: ['de', 'en'] });
    const { assistantPreview: p } = await owner.client.ok<Preview>(PREVIEW, { text: 'Haben Sie Hoodies?', locale: 'de' });
    expect(p.groundingCorrections).toBe(0);
    expect(p.reply).toContain('Club Fleece Hoodie — 55,00\u00a0$, auf Lager (20 verfügbar)');
  });

  it("hands over on one of the store's keywords, in any case; another store's visitor is not affected", async () => {
    const { publicKey } = await store('Keyword Store', { handoffKeywords: ['refund', 'speak to a manager'] });
    const visitor = await visitorOf(publicKey);
    const first = await chat(visitor, undefined, 'do you have hoodies?');
    expect(first.status).toBe('BOT');
    const asked = await chat(visitor, first.conversationId, 'I want my REFUND now');
    expect(asked.reply).toBe("I've asked a member of our team to join this chat. They'll answer here as soon as they can.");
    expect(await handedOver(visitor, first.conversationId)).toBe('WAITING_FOR_HUMAN');

    const stranger = await visitorOf(otherKey);
    const theirs = await chat(stranger, undefined, 'I want my REFUND now');
    expect(theirs.reply).not.toMatch(/asked a member of our team/);
    expect(theirs.status).toBe('BOT');
  });

  it('hands over an unhappy visitor with an apology when the store asks for it, and only below its threshold', async () => {
    const { publicKey } = await store('Careful Store', { handoffOnNegativeSentiment: true, handoffSentimentThreshold: -0.6 });
    const visitor = await visitorOf(publicKey);
    const mild = await chat(visitor, undefined, 'the hoodie is nice but delivery was slow');
    expect(mild.reply).not.toMatch(/asked a member of our team/);
    const angry = await chat(visitor, mild.conversationId, 'This is terrible, I am very angry');
    expect(angry.reply).toBe("I'm sorry to hear that. I've asked a member of our team to join this chat. They'll answer here as soon as they can.");
    expect(await handedOver(visitor, mild.conversationId)).toBe('WAITING_FOR_HUMAN');
  });

  it('hands over after the set number of turns in a row it could not help with', async () => {
    const { publicKey } = await store('Patient Store', { handoffAfterUnresolvedTurns: 2 });
    const visitor = await visitorOf(publicKey);
    const miss = await chat(visitor, undefined, 'do you sell spaceships?');
    expect(miss.reply).toMatch(/couldn't find anything matching/);
    const hit = await chat(visitor, miss.conversationId, 'do you have hoodies?');
    expect(hit.reply).toContain('Essentials Hoodie');
    const again = await chat(visitor, miss.conversationId, 'do you sell spaceships?');
    expect(again.reply).not.toMatch(/asked a member of our team/);
    // Out of scope counts as well.
    const twice = await chat(visitor, miss.conversationId, 'what about submarines?');
    expect(twice.reply).toMatch(/^I'm the shopping assistant of Patient Store[\s\S]*\n\nI've asked a member of our team to join this chat/);
    expect(await handedOver(visitor, miss.conversationId)).toBe('WAITING_FOR_HUMAN');
    expect((await turnStates(miss.conversationId)).map((s) => s.unresolvedTurns)).toEqual([1, 0, 1, 0]);
  });

  it("limits each visitor's messages per day to the store's number, without limiting previews", async () => {
    const { owner, publicKey } = await store('Visitor Budget Store', { visitorMessagesPerDay: 2 });
    const visitor = await visitorOf(publicKey);
    const first = await chat(visitor, undefined, 'do you have hoodies?');
    await chat(visitor, first.conversationId, 'do you have hoodies?');
    const over = await chat(visitor, first.conversationId, 'do you have hoodies?');
    expect(over.reply).toBe("I can't answer more questions right now. Please try again a little later, or ask for a member of our team.");
    const fresh = await visitorOf(publicKey);
    expect((await chat(fresh, undefined, 'do you have hoodies?')).reply).toContain('Essentials Hoodie');
    for (let i = 0; i < 3; i++) expect((await owner.client.ok<Preview>(PREVIEW, { text: 'do you have hoodies?' })).assistantPreview.reply).toContain('Essentials Hoodie');
  });

  it("limits the store's assistant messages per day across visitors", async () => {
    const { publicKey } = await store('Store Budget Store', { tenantMessagesPerDay: 2, languages: ['de', 'en'] });
    for (let i = 0; i < 2; i++) expect((await chat(await visitorOf(publicKey), undefined, 'do you have hoodies?')).reply).toContain('Essentials Hoodie');
    const late = await chat(await visitorOf(publicKey), undefined, 'Haben Sie Hoodies?');
    expect(late.reply).toBe('Im Moment kann ich keine weiteren Fragen beantworten. Bitte versuchen Sie es etwas später noch einmal oder fragen Sie nach einem Mitglied unseres Teams.');
    const stranger = await visitorOf(otherKey);
    expect((await chat(stranger, undefined, 'hello')).reply).toMatch(/Welcome to Untouched Store/);
  });

  it('understands a cancellation asked in German and says why it cannot be done, with the status in words', async () => {
    const { owner, publicKey } = await store('Bestellladen', { languages: ['en', 'de'] });
    const shopper = await newShopper(t.url, publicKey);
    const ids = await seedProducts(owner.client, [{ sku: 'SCARF-1', name: 'Wool scarf', price: 30, stock: 5 }]);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['SCARF-1'], quantity: 1 } });
    const number = (await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email: 'jonas@example.com' } })).checkout.order.number;
    const { orders } = await owner.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } });
    await owner.client.ok(MARK_PAID, { id: orders.edges[0].node.id });
    await owner.client.ok(SHIP, { input: { orderId: orders.edges[0].node.id, carrier: 'DHL', trackingNumber: 'T-42' } });

    const german = await visitorOf(publicKey);
    const asGerman = { headers: { 'accept-language': 'de-DE,de;q=0.9' } };
    const ask = await chat(german, undefined, 'Ich möchte meine Bestellung stornieren', asGerman);
    expect(ask.reply).toMatch(/Bestellnummer/);
    await chat(german, ask.conversationId, number, asGerman);
    const refused = await chat(german, ask.conversationId, 'jonas@example.com', asGerman);
    expect(refused.reply).toBe(`Die Bestellung ${number} kann nicht mehr storniert werden (Status: versandt).`);
  });
});
