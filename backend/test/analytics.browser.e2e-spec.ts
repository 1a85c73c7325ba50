import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Browser, Page } from 'playwright-core';
import { seedAnalyticsHistory } from '../bench/analytics-history';
import { AnalyticsIngestService } from '../src/modules/analytics/ingest/analytics-ingest.service';
import { InventoryService } from '../src/modules/inventory/inventory.service';
import { TenantContext } from '../src/platform/context/tenant-context';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { DEMO_STORE } from '../src/seed/demo-store';
import { SEND, startVisitor } from './support/chat-fixtures';
import { LOGIN } from './support/fixtures';
import { artifact, launchChromium } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

const PRODUCTS = ['Joust Duffle Bag', 'Strive Shoulder Pack', 'Crown Summit Backpack', 'Wayfarer Messenger Bag', 'Rival Field Messenger', 'Fusion Backpack', 'Push It Messenger Bag', 'Overnight Duffle'];
const TERMS = ['waterproof hiking boots', 'kids raincoat', 'gift card', 'yoga mat', 'backpack', 'duffle bag', 'messenger bag', 'water bottle', 'hoodie', 'running shorts'];
const INTENTS = ['product_search', 'delivery_period', 'track_order', 'check_refund_policy', 'product_question', 'check_payment_methods', 'greeting'];

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: the analytics dashboard and reports', () => {
  let t: TestApp;
  let browser: Browser;
  let token: string;
  let publicKey: string;

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${t.url}/admin/`);
    await page.getByLabel('Email').fill(DEMO_STORE.ownerEmail);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_STORE.ownerPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signed in once the start page, the dashboard, is shown.
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    ({ publicKey } = await t.app.get(DemoSeedService).ensureDemoStore([t.url]));
    const login = await t.client().ok<{ login: { accessToken: string; tenant: { id: string } } }>(LOGIN, {
      input: { email: DEMO_STORE.ownerEmail, password: DEMO_STORE.ownerPassword },
    });
    token = login.login.accessToken;
    const pool = new Pool({ connectionString: t.databaseUrl, max: 2 });
    try {
      await seedAnalyticsHistory(pool, t.app.get(AnalyticsIngestService), login.login.tenant.id, 'UTC', new Date().toISOString().slice(0, 10), {
        days: 90,
        conversations: 2400,
        orders: 500,
        searches: 4000,
        products: PRODUCTS,
        terms: TERMS,
        gapTerms: 3,
        intents: INTENTS,
      });
      // A few units of each product that sold: the fast sellers run out within days.
      const sold = await pool.query<{ variant_id: string }>(`SELECT DISTINCT variant_id FROM analytics_variant_daily WHERE tenant_id = $1`, [login.login.tenant.id]);
      await t.app
        .get(InventoryService)
        .setOnHandMany(TenantContext.system(login.login.tenant.id, 'test'), sold.rows.map((row, i) => ({ variantId: row.variant_id, onHand: 4 + i * 6 })), 'test');
    } finally {
      await pool.end();
    }
    browser = await launchChromium(testServices.chromiumPath!);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 30_000);

  it('shows the headline figures the API computes, with charts and demand gaps', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await signIn(page);
    const kpis = page.getByRole('region', { name: 'Key figures' });
    await kpis.waitFor();

    const today = new Date();
    const from = new Date(today.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
    const expected = await t.client().ok<{ analyticsSummary: { current: { conversations: number; handoffRate: number } } }>(
      `query($range: AnalyticsRangeInput!) { analyticsSummary(range: $range) { current { conversations handoffRate } } }`,
      { range: { from, to: today.toISOString().slice(0, 10) } },
      { token },
    );
    const conversations = expected.analyticsSummary.current.conversations;
    expect(conversations).toBeGreaterThan(0);
    await expect(kpis.locator('sd-kpi-card').filter({ hasText: 'Conversations' }).locator('.value').innerText()).resolves.toBe(conversations.toLocaleString('en'));
    await expect(kpis.locator('sd-kpi-card').filter({ hasText: 'Handoff rate' }).locator('.value').innerText()).resolves.toBe(
      `${Math.round(expected.analyticsSummary.current.handoffRate * 100)}%`,
    );
    const csat = await t.client().ok<{ analyticsSummary: { current: { csatAverage: number } } }>(
      `query($range: AnalyticsRangeInput!) { analyticsSummary(range: $range) { current { csatAverage } } }`,
      { range: { from, to: today.toISOString().slice(0, 10) } },
      { token },
    );
    await expect(kpis.locator('sd-kpi-card').filter({ hasText: 'Customer satisfaction' }).locator('.value').innerText()).resolves.toBe(
      `${csat.analyticsSummary.current.csatAverage.toFixed(1)} / 5`,
    );
    // Five Chart.js charts (trend with forecast, statuses, intents, messages, sentiment), the searches that never find
    // anything and the products about to run out.
    await page.locator('sd-analytics-chart canvas').nth(4).waitFor();
    await expect(page.locator('sd-analytics-chart canvas').count()).resolves.toBe(5);
    await page.getByText('“waterproof hiking boots”').waitFor();
    await page.locator('sd-stock-out-table').getByText('Joust Duffle Bag').waitFor();
    await page.screenshot({ path: artifact('admin-dashboard.png'), fullPage: true });
    // The page scrolls inside the shell, so the lower panels get screenshots of their own.
    await page.getByRole('heading', { name: 'Conversations and revenue' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: artifact('admin-dashboard-charts.png') });
    await page.getByRole('heading', { name: 'Stock running out' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: artifact('admin-dashboard-lists.png') });

    // Weeks instead of days: the choice goes into the URL.
    await page.getByRole('radio', { name: 'Weeks' }).click();
    await page.waitForURL(/by=week/);
    await page.locator('mat-progress-bar').waitFor({ state: 'detached' });
    await page.screenshot({ path: artifact('admin-dashboard-weeks.png'), fullPage: true });

    // Drill-down: a click on a week in the trend chart shows that week day by day.
    const trend = page.locator('sd-analytics-chart canvas').first();
    const box = (await trend.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/by=day/);
    const drilled = new URL(page.url()).searchParams;
    const days = (Date.parse(drilled.get('to')!) - Date.parse(drilled.get('from')!)) / 86_400_000 + 1;
    expect(days).toBeGreaterThanOrEqual(1);
    expect(days).toBeLessThanOrEqual(7);
    await page.locator('mat-progress-bar').waitFor({ state: 'detached' });
    await page.screenshot({ path: artifact('admin-dashboard-drill-down.png'), fullPage: true });
  }, 60_000);

  it("opens the conversations behind the figures, filtered to the dashboard's period", async () => {
    const started: string[] = [];
    for (const text of ['Do you have a duffle bag?', 'Where is my order?', 'Can I pay by invoice?']) {
      const visitor = t.client();
      await startVisitor(visitor, publicKey, t.url);
      started.push((await visitor.ok<{ sendMessage: { conversationId: string } }>(SEND, { input: { text } }, { origin: t.url })).sendMessage.conversationId);
    }
    // The last one started before the dashboard's 30 days.
    const pool = new Pool({ connectionString: t.databaseUrl, max: 1 });
    await pool.query(`UPDATE conversations SET created_at = now() - interval '40 days' WHERE id = $1`, [started[2]]);
    await pool.end();

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page);
    await page.getByRole('region', { name: 'Key figures' }).locator('sd-kpi-card').filter({ hasText: 'Conversations' }).getByRole('link', { name: 'See them' }).click();
    await page.waitForURL(/\/admin\/conversations\?/);
    const query = new URL(page.url()).searchParams;
    const today = new Date().toISOString().slice(0, 10);
    expect([query.get('from'), query.get('to')]).toEqual([new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10), today]);
    const list = page.getByRole('list', { name: 'Conversations' });
    const item = (id: string) => list.locator(`a[href*="/conversations/${id}"]`);
    await item(started[0]).waitFor();
    await item(started[1]).waitFor();
    await expect(list.getByRole('link').count()).resolves.toBe(2);
    await expect(page.getByLabel('Started from').inputValue()).resolves.not.toBe('');
    await page.screenshot({ path: artifact('admin-conversations-started-filter.png') });

    // Cleared, the list shows conversations of any day again, and the URL forgets the dates.
    await page.getByRole('button', { name: 'Clear start days' }).click();
    await page.waitForURL((url) => !url.searchParams.has('from'));
    await item(started[2]).waitFor();
    await expect(list.getByRole('link').count()).resolves.toBe(3);
    await expect(page.getByLabel('Started from').inputValue()).resolves.toBe('');
  }, 60_000);

  it('lists the demand gaps with how often and when they were last searched for', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Demand gaps' }).click();
    await page.getByRole('heading', { name: 'Demand gaps' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '“waterproof hiking boots”' });
    await row.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const gaps = await t.client().ok<{ analyticsDemandGaps: Array<{ term: string; misses: number; lastMissedOn: string }> }>(
      `query($range: AnalyticsRangeInput!) { analyticsDemandGaps(range: $range) { term misses lastMissedOn } }`,
      { range: { from, to: today } },
      { token },
    );
    const expected = gaps.analyticsDemandGaps.find((g) => g.term === 'waterproof hiking boots')!;
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe(expected.misses.toLocaleString('en'));
    await expect(row.locator('td').nth(3).innerText()).resolves.toBe(expected.lastMissedOn);
    await page.screenshot({ path: artifact('admin-demand-gaps.png'), fullPage: true });
  }, 60_000);

  it('writes a report on demand and shows it with its recommendations', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page);
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Pick a report' }).waitFor();
    await page.getByRole('button', { name: 'Generate now' }).click();
    await page.waitForURL(/\/admin\/reports\/[0-9a-f-]{36}$/);
    await page.getByText(/^Written on demand/).waitFor();
    await page.getByRole('heading', { name: /^Store report/ }).first().waitFor();
    await page.getByText(/conversations started/).waitFor();
    await page.getByRole('heading', { name: 'Recommendations' }).waitFor();
    await page.getByText(/People searched for "waterproof hiking boots"/).waitFor();
    await page.getByText(/Restock "Joust Duffle Bag": \d+ left, selling [\d.]+ a day, runs out around \d{4}-\d{2}-\d{2}\./).waitFor();
    // The new report is listed and marked as the open one.
    await page.locator('a[aria-current="page"]').filter({ hasText: 'On demand' }).waitFor();
    await page.screenshot({ path: artifact('admin-report.png'), fullPage: true });
  }, 60_000);
});
