import { csvLine, importCatalog, search } from './support/catalog-fixtures';
import { createWidgetKey, SEND, startVisitor, waitForTranscript } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { settle } from './support/settle';
import { startTestApp, TestApp } from './support/test-app';

const HEADER = 'sku,name,description,brand,category,price,stock';
const CATALOG = [
  HEADER,
  csvLine(['BIKE-1', 'Trailblazer Mountain Bike', 'Aluminium frame with 21 gears', 'Rockrider', 'Sports > Bikes', 450, 3]),
  csvLine(['BIKE-2', 'City Commuter Bike', 'Upright frame and a rear rack', 'Rockrider', 'Sports > Bikes', 380, 5]),
  csvLine(['HOOD-1', 'Essentials Hoodie', 'Cotton blend hoodie for everyday wear', 'Adidas', 'Clothing > Hoodies', 50, 12]),
].join('\n');

const TERMS = `query($range: AnalyticsRangeInput!, $gaps: Boolean) { analyticsSearchTerms(range: $range, withoutResultsOnly: $gaps) { term searches misses } }`;
const GAPS = `query($range: AnalyticsRangeInput!) { analyticsDemandGaps(range: $range) { term searches misses lastMissedOn } }`;
const SEARCH_FIGURES = `query($range: AnalyticsRangeInput!) { analyticsSummary(range: $range) { current { searches searchesWithoutResult } } }`;

interface Term {
  term: string;
  searches: number;
  misses: number;
}

describe('analytics: searches shoppers make in the storefront', () => {
  let t: TestApp;
  let store: SignedUpStore;
  let other: SignedUpStore;
  let shopper: GraphQLClient;
  let publicKey: string;
  // New stores count in UTC; a day either side keeps the test clear of midnight.
  const today = new Date().toISOString().slice(0, 10);
  const around = { from: shiftDay(today, -1), to: shiftDay(today, 1) };


  async function terms(client: GraphQLClient, gaps = false): Promise<Term[]> {
    return (await client.ok<{ analyticsSearchTerms: Term[] }>(TERMS, { range: around, gaps })).analyticsSearchTerms;
  }

  beforeAll(async () => {
    t = await startTestApp();
    store = await signUpStore(t.client(), 'Bike Shop');
    other = await signUpStore(t.client(), 'Other Shop');
    expect(await importCatalog(store.client, 'CSV', CATALOG)).toMatchObject({ status: 'succeeded', errors: [] });
    publicKey = await createWidgetKey(store.client);
    shopper = t.client();
    await startVisitor(shopper, publicKey);
  }, 120_000);

  afterAll(() => t?.close(), 30_000);

  it('turns a storefront search that finds nothing into a demand gap', async () => {
    expect((await search(shopper, 'Unicorn  Saddle')).totalCount).toBe(0);
    await settle(t.app);
    const gaps = (await store.client.ok<{ analyticsDemandGaps: Array<Term & { lastMissedOn: string }> }>(GAPS, { range: around })).analyticsDemandGaps;
    expect(gaps).toEqual([{ term: 'unicorn saddle', searches: 1, misses: 1, lastMissedOn: today }]);
  });

  it('counts a search once with its result, however many pages the shopper turns', async () => {
    const firstPage = await search(shopper, 'bike', { first: 1 });
    expect(firstPage.totalCount).toBe(2);
    await search(shopper, 'bike', { first: 1, after: firstPage.pageInfo.endCursor });
    await settle(t.app);
    // As many searches each: the one that found nothing first.
    expect(await terms(store.client)).toEqual([
      { term: 'unicorn saddle', searches: 1, misses: 1 },
      { term: 'bike', searches: 1, misses: 0 },
    ]);
  });

  it('leaves out what the staff search for in the admin', async () => {
    expect((await search(store.client, 'stock check zzz')).totalCount).toBe(0);
    expect((await search(store.client, 'bike')).totalCount).toBe(2);
    await settle(t.app);
    // As many searches each: the one that found nothing first.
    expect(await terms(store.client)).toEqual([
      { term: 'unicorn saddle', searches: 1, misses: 1 },
      { term: 'bike', searches: 1, misses: 0 },
    ]);
  });

  it('counts a search the assistant runs for a visitor once, not again as a storefront search', async () => {
    const before = (await store.client.ok<{ analyticsSummary: { current: { searches: number } } }>(SEARCH_FIGURES, { range: around })).analyticsSummary.current;
    const sent = await shopper.ok<{ sendMessage: { conversationId: string; seq: number } }>(SEND, { input: { text: 'Do you have hoodies under $52?' } });
    await waitForTranscript(shopper, sent.sendMessage.conversationId, (messages) => messages.some((m) => m.author === 'BOT' && m.seq > sent.sendMessage.seq));
    await settle(t.app);
    const after = (await store.client.ok<{ analyticsSummary: { current: { searches: number } } }>(SEARCH_FIGURES, { range: around })).analyticsSummary.current;
    expect(after.searches).toBe(before.searches + 1);
  });

  it("keeps one store's searches out of another's figures", async () => {
    expect(await terms(other.client)).toEqual([]);
    const otherShopper = t.client();
    await startVisitor(otherShopper, await createWidgetKey(other.client));
    await search(otherShopper, 'penny farthing');
    await settle(t.app);
    expect(await terms(other.client, true)).toEqual([{ term: 'penny farthing', searches: 1, misses: 1 }]);
    expect((await terms(store.client, true)).map((term) => term.term)).not.toContain('penny farthing');
    expect((await terms(other.client)).map((term) => term.term)).not.toContain('unicorn saddle');
  });
});

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
