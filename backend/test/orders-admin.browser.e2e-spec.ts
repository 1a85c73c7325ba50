import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { artifact, launchChromium } from './support/browser';
import { createWidgetKey } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { ADD_TO_CART, CHECKOUT, newShopper, ORDERS, seedProducts, UPDATE_SETTINGS } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

async function signIn(page: Page, store: SignedUpStore, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Email').fill(store.email);
  await page.getByLabel('Password', { exact: true }).fill(store.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('store-name').waitFor();
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: staff follow chat orders in the admin', () => {
  let t: TestApp;
  let browser: Browser;
  let store: SignedUpStore;
  const numbers: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    store = await signUpStore(t.client(), 'Harbor Outfitters');
    const publicKey = await createWidgetKey(store.client);
    const ids = await seedProducts(store.client, [
      { sku: 'PARKA', name: 'Storm parka', price: 189, stock: 8 },
      { sku: 'BEANIE', name: 'Merino beanie', price: 29, stock: 30 },
    ]);
    await store.client.ok(UPDATE_SETTINGS, { input: { taxRatePercent: 8.25, flatShipping: 6.95, freeShippingOver: 150 } });
    for (const [sku, quantity, email, name] of [
      ['PARKA', 1, 'maya@example.com', 'Maya Lind'],
      ['BEANIE', 2, 'jon@example.com', 'Jon Berg'],
      ['BEANIE', 1, 'ines@example.com', 'Ines Costa'],
    ] as const) {
      const shopper = await newShopper(t.url, publicKey);
      await shopper.ok(ADD_TO_CART, { input: { variantId: ids[sku], quantity } });
      const { checkout } = await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email, name } });
      numbers.push(checkout.order.number);
    }
    browser = await launchChromium(testServices.chromiumPath!);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists chat orders with a status filter kept in the URL, and takes one from payment to shipped', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await signIn(page, store, t.url);
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByTestId('order-row').nth(2).waitFor();
    expect(await page.getByTestId('order-number').allTextContents()).toEqual([...numbers].reverse());
    await page.screenshot({ path: artifact('admin-orders-list.png') });

    await page.getByRole('link', { name: numbers[0] }).click();
    await page.getByTestId('order-detail-number').filter({ hasText: numbers[0] }).waitFor();
    await page.getByTestId('action-mark-paid').click();
    await page.getByTestId('order-detail-status').filter({ hasText: 'Paid' }).waitFor();
    await page.getByTestId('action-ship').click();
    await page.getByTestId('ship-carrier').fill('DHL Express');
    await page.getByTestId('ship-tracking').fill('JD014600006281');
    await page.getByTestId('ship-confirm').click();
    await page.getByTestId('order-detail-status').filter({ hasText: 'Shipped' }).waitFor();
    await page.getByTestId('order-tracking').filter({ hasText: 'DHL Express · JD014600006281' }).waitFor();
    const timeline = await page.getByTestId('order-timeline').locator('.event-message').allTextContents();
    expect(timeline).toEqual([
      'Order placed from the chat by maya@example.com',
      expect.stringMatching(/^Waiting for a manual payment/),
      expect.stringMatching(/^Paid 2\d\d\.\d\d USD$/),
      'Shipped with DHL Express, tracking number JD014600006281',
    ]);

    await page.getByTestId('action-refund').click();
    await page.getByTestId('refund-amount').fill('20');
    await page.getByTestId('refund-confirm').click();
    await page.getByTestId('order-timeline').getByText('Refunded 20.00 USD (Refund)').waitFor();
    await page.screenshot({ path: artifact('admin-order-detail.png'), fullPage: true });

    await page.goto(`${t.url}/admin/orders?status=awaiting_payment`);
    await page.getByTestId('order-row').nth(1).waitFor();
    expect(await page.getByTestId('order-number').allTextContents()).toEqual([numbers[2], numbers[1]]);
    await page.getByTestId('status-filter').click();
    await page.getByRole('option', { name: 'Shipped' }).click();
    await page.waitForURL(/status=shipped/);
    await page.getByTestId('order-row').first().waitFor();
    expect(await page.getByTestId('order-number').allTextContents()).toEqual([numbers[0]]);

    // Another store's staff find none of these orders.
    const other = await signUpStore(t.client(), 'Other Outfitters');
    expect((await other.client.ok<{ orders: { totalCount: number } }>(ORDERS, {})).orders.totalCount).toBe(0);
  });
});
