import { createWidgetKey, RESOLVE, SEND, startVisitor, waitForTranscript } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SUMMARY = `query($range: AnalyticsRangeInput!) { analyticsSummary(range: $range) { current { csatAverage csatResponses } } }`;
const RATE = `mutation($input: RateConversationInput!) { rateConversation(input: $input) { id } }`;

interface Summary {
  analyticsSummary: { current: { csatAverage: number | null; csatResponses: number } };
}

jest.setTimeout(30_000);

describe('CSAT in analytics, from a real chat', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Rated Store');
    other = await signUpStore(t.client(), 'Unrated Store');
  }, 60_000);
  afterAll(() => t?.close());

  const today = () => new Date().toISOString().slice(0, 10);
  const csat = async (store: SignedUpStore) => (await store.client.ok<Summary>(SUMMARY, { range: { from: today(), to: today() } })).analyticsSummary.current;

  it('counts a rating as soon as the visitor gives it, and changes it when they change their mind', async () => {
    const visitor = t.client();
    await startVisitor(visitor, await createWidgetKey(owner.client));
    const sent = await visitor.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text: 'hello' } });
    const id = sent.sendMessage.conversationId;
    await waitForTranscript(visitor, id, (m) => m.some((x) => x.author === 'BOT'));
    await owner.client.ok(RESOLVE, { id });

    await visitor.ok(RATE, { input: { conversationId: id, score: 4, comment: 'Quick answer' } });
    await waitUntil(async () => (await csat(owner)).csatResponses === 1);
    expect(await csat(owner)).toEqual({ csatAverage: 4, csatResponses: 1 });

    await visitor.ok(RATE, { input: { conversationId: id, score: 2 } });
    await waitUntil(async () => (await csat(owner)).csatAverage === 2);
    expect(await csat(owner)).toEqual({ csatAverage: 2, csatResponses: 1 });
    expect(await csat(other)).toEqual({ csatAverage: null, csatResponses: 0 });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 100));
  }
}
