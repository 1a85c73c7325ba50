import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { artifact, launchChromium } from './support/browser';
import { createWidgetKey } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { readFile } from 'node:fs/promises';
import {
  ADD_TO_CART,
  ADVANCE,
  CHECKOUT,
  CustomerOrderShape,
  MARK_PAID,
  newShopper,
  ORDERS,
  OrderShape,
  REQUEST_RETURN,
  seedProducts,
  SHIP,
  stockOf,
  TRACK,
  UPDATE_SETTINGS,
} from './support/order-fixtures';
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
  let publicKey: string;
  let ids: Record<string, string>;
  const numbers: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    store = await signUpStore(t.client(), 'Harbor Outfitters');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [
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
    // Typing while the dialog still animates in can be lost on a busy machine.
    await page.locator('.mat-mdc-dialog-container.mdc-dialog--open').waitFor();
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

  it('filters by payment state and chat in the URL, exports the filtered list, and takes a return from request to refund', async () => {
    // A delivered order whose shopper sends one beanie of two back.
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['BEANIE'], quantity: 2 } });
    const { checkout } = await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email: 'lea@example.com', name: 'Lea Park' } });
    const number = checkout.order.number;
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: number } });
    const orderId = orders.edges[0].node.id;
    await store.client.ok(MARK_PAID, { id: orderId });
    await store.client.ok(SHIP, { input: { orderId, carrier: 'PostNord', trackingNumber: 'PN123' } });
    await store.client.ok(ADVANCE, { input: { orderId, to: 'DELIVERED' } });
    const { trackOrder } = await shopper.ok<{ trackOrder: CustomerOrderShape }>(TRACK, { input: { number } });
    await shopper.ok(REQUEST_RETURN, { input: { number, reason: 'Wrong colour', lines: [{ orderLineId: trackOrder.lines[0].id, quantity: 2 }] } });
    const stockBefore = await stockOf(store.client, ids['BEANIE']);

    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/orders?payment=paid&source=chat`);
    await page.getByTestId('order-row').first().waitFor();
    expect(await page.getByTestId('order-number').allTextContents()).toEqual([number]);
    await page.getByTestId('payment-filter').click();
    await page.getByRole('option', { name: 'Unpaid' }).click();
    await page.waitForURL(/payment=unpaid/);
    await page.getByTestId('order-row').nth(1).waitFor();
    expect(await page.getByTestId('order-number').allTextContents()).toEqual([numbers[2], numbers[1]]);
    expect(page.url()).toContain('source=chat');
    await page.screenshot({ path: artifact('admin-orders-filters.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const exported = csv.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
    expect(exported).toEqual([numbers[2], numbers[1]]);

    await page.goto(`${t.url}/admin/orders/${orderId}`);
    await page.getByTestId('returns-panel').waitFor();
    await page.getByTestId('return-approve').click();
    await page.getByTestId('return-status').filter({ hasText: 'Approved' }).waitFor();
    await page.getByTestId('return-receive').click();
    await page.locator('.mat-mdc-dialog-container.mdc-dialog--open').waitFor();
    // One beanie came back worn: only one goes back in stock.
    await page.getByTestId('restock-BEANIE').fill('1');
    await page.screenshot({ path: artifact('admin-return-receive-dialog.png') });
    await page.getByTestId('receive-confirm').click();
    await page.getByTestId('return-status').filter({ hasText: 'Received' }).waitFor();
    await page.getByTestId('return-refund').click();
    await page.getByTestId('return-status').filter({ hasText: 'Refunded' }).waitFor();
    await page.getByTestId('order-timeline').getByText('Return refunded: 58.00 USD').waitFor();
    await page.screenshot({ path: artifact('admin-order-return.png'), fullPage: true });

    expect(await stockOf(store.client, ids['BEANIE'])).toEqual({ ...stockBefore, onHand: stockBefore.onHand + 1, available: stockBefore.available + 1 });
    await context.close();
  });

  it('puts a draft order together from a product search and sends the invoice as a staff order', async () => {
    const parkasBefore = await stockOf(store.client, ids['PARKA']);
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/orders`);
    await page.getByTestId('new-draft-order').click();
    await page.getByRole('heading', { name: 'New draft order' }).waitFor();

    await page.getByTestId('draft-product-search').fill('parka');
    await page.getByTestId('draft-product-option').filter({ hasText: 'Storm parka' }).click();
    await page.getByTestId('draft-product-search').fill('beanie');
    await page.getByTestId('draft-product-option').filter({ hasText: 'Merino beanie' }).click();
    await page.getByTestId('draft-qty-BEANIE').fill('3');
    await page.getByTestId('draft-qty-BEANIE').press('Tab');
    await page.getByTestId('draft-email').fill('phone.customer@example.com');
    await page.getByTestId('draft-name').fill('Nora Phone');
    await page.getByTestId('draft-shipping').click();
    await page.getByRole('option', { name: 'Free shipping' }).click();
    await page.getByTestId('draft-save').click();
    // 189 + 3 × 29 = 276; free shipping; 8.25 % tax = 22.77.
    await page.getByTestId('draft-total').filter({ hasText: '$298.77' }).waitFor();
    expect(await page.getByTestId('draft-line').count()).toBe(2);
    await page.screenshot({ path: artifact('admin-draft-order.png'), fullPage: true });

    await page.getByTestId('draft-send').click();
    await page.getByTestId('order-detail-status').filter({ hasText: 'Awaiting payment' }).waitFor();
    expect(await page.getByTestId('order-total').textContent()).toBe('$298.77');
    expect(await page.getByTestId('order-timeline').locator('.event-message').first().textContent()).toBe('Order created by staff and invoiced to phone.customer@example.com');
    await page.screenshot({ path: artifact('admin-draft-order-invoiced.png'), fullPage: true });
    expect(await stockOf(store.client, ids['PARKA'])).toEqual({ ...parkasBefore, reserved: parkasBefore.reserved + 1, available: parkasBefore.available - 1 });
    await page.close();
  });

  it('splits an unpaid order into a payment plan and collects its instalments by hand', async () => {
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['PARKA'], quantity: 1 } });
    const { checkout } = await shopper.ok<{ checkout: { order: { number: string } } }>(CHECKOUT, { input: { email: 'omar@example.com', name: 'Omar Haddad' } });
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: OrderShape }> } }>(ORDERS, { filter: { search: checkout.order.number } });

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, store, t.url);
    await page.goto(`${t.url}/admin/orders/${orders.edges[0].node.id}`);
    await page.getByTestId('action-payment-plan').click();
    await page.locator('.mat-mdc-dialog-container.mdc-dialog--open').waitFor();
    await page.getByTestId('plan-instalments').fill('3');
    // 189 + 8.25 % tax = 204.59, split into 68.21 + 2 × 68.19.
    await page.getByTestId('plan-preview').filter({ hasText: '$68.21 now, then 2 × $68.19 every 30 days' }).waitFor();
    // Let the dialog finish animating in before the picture.
    await page.locator('.mat-mdc-dialog-container').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await page.screenshot({ path: artifact('admin-payment-plan-dialog.png') });
    await page.getByTestId('plan-confirm').click();

    const statuses = page.getByTestId('instalment-status');
    await page.getByTestId('payment-plan-panel').waitFor();
    expect((await statuses.allTextContents()).map((s) => s.trim())).toEqual(['Due', 'Due', 'Due']);
    // Only the first instalment can be collected while the order awaits payment.
    expect(await page.getByTestId('instalment-mark-paid').count()).toBe(1);
    await page.getByTestId('instalment-mark-paid').click();
    await page.getByTestId('order-detail-status').filter({ hasText: 'Paid' }).waitFor();
    await statuses.first().filter({ hasText: 'Paid' }).waitFor();

    // Paid by hand in this store: no payment links to send.
    expect(await page.getByTestId('instalment-send-link').count()).toBe(0);
    await page.getByTestId('instalment-mark-paid').first().click();
    await statuses.nth(1).filter({ hasText: 'Paid' }).waitFor();
    expect((await statuses.allTextContents()).map((s) => s.trim())).toEqual(['Paid', 'Paid', 'Due']);
    await page.getByTestId('payment-plan-panel').getByText('$68.19 still to pay').waitFor();
    await page.screenshot({ path: artifact('admin-payment-plan.png'), fullPage: true });
    await page.close();
  });
});
