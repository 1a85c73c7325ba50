import { addTeamMember } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

const FIELDS = 'id title kind format body size';
const CREATE = `mutation($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: KnowledgeDocumentInput!) { updateKnowledgeDocument(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteKnowledgeDocument(id: $id) }`;
const LIST = `query { knowledgeDocuments { ${FIELDS} } }`;
const GET = `query($id: ID!) { knowledgeDocument(id: $id) { ${FIELDS} } }`;
const SEARCH = `query($q: String!) { searchKnowledge(question: $q) { title kind heading content score } }`;
const PREVIEW_CHUNKS = `query($input: KnowledgeDocumentInput!) { previewKnowledgeChunks(input: $input) { heading content } }`;

interface Doc {
  id: string;
  title: string;
  kind: string;
  format: string;
  body: string;
  size: number;
}
interface Passages {
  searchKnowledge: Array<{ title: string; kind: string; heading: string; content: string; score: number }>;
}

const SHIPPING = `# Shipping

We ship to the EU, the UK and the US.

## Delivery times

Standard delivery takes 3 to 5 working days. Express delivery arrives the next working day if you order before 2 pm.

## Costs

Shipping is free on orders over 60 euros.`;

// Chat round trips run through jobs on a shared 2-core machine; the default 5 s is too tight.
jest.setTimeout(30_000);

describe('knowledge base', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Knowledge Store');
    other = await signUpStore(t.client(), 'Other Knowledge Store');
  }, 60_000);
  afterAll(() => t.close(), 30_000);

  it('stores documents, splits them under their headings and finds the passage that answers a question, typos included', async () => {
    const shipping = (await owner.client.ok<{ createKnowledgeDocument: Doc }>(CREATE, { input: { title: 'Shipping policy', body: SHIPPING } })).createKnowledgeDocument;
    expect(shipping).toMatchObject({ title: 'Shipping policy', kind: 'POLICY', format: 'MARKDOWN', size: SHIPPING.length });
    await owner.client.ok(CREATE, { input: { title: 'Payment FAQ', kind: 'FAQ', format: 'TEXT', body: 'We accept Visa, Mastercard and PayPal. Payment is taken when your order ships.' } });

    const express = await owner.client.ok<Passages>(SEARCH, { q: 'how long does express delivery take?' });
    expect(express.searchKnowledge[0]).toMatchObject({ title: 'Shipping policy', heading: 'Delivery times' });
    expect(express.searchKnowledge[0].content).toMatch(/next working day/);
    const free = await owner.client.ok<Passages>(SEARCH, { q: 'is shipping free?' });
    expect(free.searchKnowledge[0].heading).toBe('Costs');
    const paypal = await owner.client.ok<Passages>(SEARCH, { q: 'can I pay with paypal' });
    expect(paypal.searchKnowledge[0]).toMatchObject({ title: 'Payment FAQ', kind: 'FAQ' });
    const typo = await owner.client.ok<Passages>(SEARCH, { q: 'paymnt faq' });
    expect(typo.searchKnowledge[0].title).toBe('Payment FAQ');
    expect((await owner.client.ok<Passages>(SEARCH, { q: 'zebra migration patterns' })).searchKnowledge).toEqual([]);
  });

  it('previews how a draft would be split without saving it', async () => {
    const preview = await owner.client.ok<{ previewKnowledgeChunks: Array<{ heading: string; content: string }> }>(PREVIEW_CHUNKS, {
      input: { title: 'Draft returns', body: '# Returns\n\nReturn within 30 days.\n\n## Refunds\n\nRefunds take 5 days.' },
    });
    expect(preview.previewKnowledgeChunks).toEqual([
      { heading: 'Returns', content: 'Return within 30 days.' },
      { heading: 'Refunds', content: 'Refunds take 5 days.' },
    ]);
    const plain = await owner.client.ok<{ previewKnowledgeChunks: Array<{ heading: string }> }>(PREVIEW_CHUNKS, {
      input: { title: 'Draft returns', format: 'TEXT', body: '# Returns\n\nReturn within 30 days.' },
    });
    expect(plain.previewKnowledgeChunks).toEqual([{ heading: 'Draft returns', content: '# Returns\n\nReturn within 30 days.' }]);
    expect((await owner.client.ok<Passages>(SEARCH, { q: 'draft returns refunds' })).searchKnowledge.map((p) => p.title)).not.toContain('Draft returns');
  });

  it('re-indexes on update and forgets on delete', async () => {
    const doc = (await owner.client.ok<{ createKnowledgeDocument: Doc }>(CREATE, { input: { title: 'Gift cards', body: 'Gift cards never expire.' } })).createKnowledgeDocument;
    await owner.client.ok(UPDATE, { id: doc.id, input: { title: 'Gift cards', format: 'TEXT', body: 'Gift cards are valid for two years.' } });
    const found = await owner.client.ok<Passages>(SEARCH, { q: 'do gift cards expire' });
    expect(found.searchKnowledge.map((p) => p.content)).toEqual(['Gift cards are valid for two years.']);
    expect((await owner.client.ok<{ knowledgeDocument: Doc }>(GET, { id: doc.id })).knowledgeDocument.format).toBe('TEXT');
    expect((await owner.client.ok<{ deleteKnowledgeDocument: boolean }>(DELETE, { id: doc.id })).deleteKnowledgeDocument).toBe(true);
    expect((await owner.client.ok<Passages>(SEARCH, { q: 'gift cards' })).searchKnowledge).toEqual([]);
    expect(errorCode(await owner.client.request(CREATE, { input: { title: '  ', body: 'x' } }))).toBe('BAD_USER_INPUT');
  });

  it("keeps each store's documents to itself and to the staff who manage the assistant", async () => {
    const mine = (await owner.client.ok<{ knowledgeDocuments: Doc[] }>(LIST)).knowledgeDocuments;
    expect(mine.map((d) => d.title)).toEqual(['Payment FAQ', 'Shipping policy']);
    expect((await other.client.ok<{ knowledgeDocuments: Doc[] }>(LIST)).knowledgeDocuments).toEqual([]);
    expect((await other.client.ok<Passages>(SEARCH, { q: 'shipping' })).searchKnowledge).toEqual([]);
    expect(errorCode(await other.client.request(GET, { id: mine[0].id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(UPDATE, { id: mine[0].id, input: { title: 'Hacked', body: 'x' } }))).toBe('NOT_FOUND');
    expect((await other.client.ok<{ deleteKnowledgeDocument: boolean }>(DELETE, { id: mine[0].id })).deleteKnowledgeDocument).toBe(false);

    const agent = t.client();
    await addTeamMember(owner.client, agent, 'Agent Smith', 'AGENT');
    expect(errorCode(await agent.request(LIST))).toBe('FORBIDDEN');
    expect(errorCode(await agent.request(PREVIEW_CHUNKS, { input: { title: 'x', body: 'y' } }))).toBe('FORBIDDEN');
    expect((await owner.client.ok<{ knowledgeDocuments: Doc[] }>(LIST)).knowledgeDocuments).toHaveLength(2);
  });
});
