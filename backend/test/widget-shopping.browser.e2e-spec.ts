import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { DEMO_STORE } from '../src/seed/demo-store';
import { artifact, launchChromium } from './support/browser';
import { FAKE_STRIPE_KEY, FAKE_WEBHOOK_SECRET, FakeStripeServer } from './support/fake-stripe-server';
import { LOGIN, signUpStore, SignedUpStore } from './support/fixtures';
import { ORDERS } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const UPDATE_BUSINESS_HOURS = `mutation($input: UpdateBusinessHoursInput!) { updateBusinessHours(input: $input) { enabled } }`;
const UPDATE_ORDER_SETTINGS = `mutation($input: UpdateOrderSettingsInput!) { updateOrderSettings(input: $input) { paymentPlanMinimum } }`;

// The demo catalog, a browser and a loopback Stripe take a while to boot on a busy machine.
jest.setTimeout(180_000);

/** Opens the chat on the demo storefront and asks the assistant for hoodies; resolves to the first product card. */
async function askForHoodies(page: Page, baseUrl: string): Promise<{ widget: Locator; card: Locator }> {
  await page.goto(`${baseUrl}/`);
  const widget = page.locator('shopdesk-chat');
  await widget.getByRole('button', { name: 'Open chat' }).click();
  const composer = widget.getByRole('textbox', { name: 'Message' });
  await composer.fill('show me hoodies');
  await composer.press('Enter');
  const card = widget.locator('shopdesk-product-card').first();
  await card.getByRole('button', { name: 'Add to cart' }).waitFor();
  return { widget, card };
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: a visitor shops in the widget and pays', () => {
  let t: TestApp;
  let stripe: FakeStripeServer;
  let browser: Browser;
  let otherStore: SignedUpStore;

  beforeAll(async () => {
    stripe = await new FakeStripeServer().start();
    t = await startTestApp({
      env: { SERVE_STATIC: 'true', STRIPE_SECRET_KEY: FAKE_STRIPE_KEY, STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET, STRIPE_API_URL: stripe.url },
      distDir: join(__dirname, '..', '..', 'dist'),
    });
    await t.app.get(DemoSeedService).ensureDemoStore([t.url]);
    otherStore = await signUpStore(t.client(), 'Quiet Neighbour');
    browser = await launchChromium(testServices.chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await stripe?.stop();
  });

  it('adds a hoodie from the assistant card, checks out in the cart and pays; staff see the order paid', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const { widget, card } = await askForHoodies(visitor, t.url);
    await visitor.screenshot({ path: artifact('widget-product-cards.png') });

    await card.getByRole('button', { name: 'Add to cart' }).click();
    await card.getByText('Added to your cart.').waitFor();
    await widget.getByRole('button', { name: 'Cart (1)' }).waitFor();
    // The store's own bag follows the chat cart (Shopdesk.on('cart')) and opens it (Shopdesk.openCart()).
    await widget.getByRole('button', { name: 'Close chat' }).first().click();
    await visitor.getByRole('link', { name: 'Bag (1)' }).click();
    const drawer = widget.locator('shopdesk-cart-drawer');
    await drawer.getByRole('button', { name: /^One more / }).click();
    await widget.getByRole('button', { name: 'Cart (2)' }).waitFor();
    expect(await drawer.getByLabel(/^Quantity of /).inputValue()).toBe('2');
    await drawer.getByLabel('Email').fill('shopper@example.com');
    await drawer.getByLabel('Name (optional)').fill('Sam Shopper');
    await drawer.getByRole('button', { name: 'Check out' }).click();

    const pay = drawer.getByRole('link', { name: /^Pay \$\d+\.\d\d/ });
    await pay.waitFor();
    await visitor.screenshot({ path: artifact('widget-cart-checkout.png') });
    const reserved = await drawer.getByText(/^Order \S+ is reserved for you\.$/).innerText();
    const orderNumber = /^Order (\S+) is reserved/.exec(reserved)![1];
    const session = stripe.sessionByOrderNumber(orderNumber);
    expect(await pay.getAttribute('href')).toBe(session.url);
    expect(await pay.getAttribute('target')).toBe('_blank');
    expect(await pay.getAttribute('rel')).toContain('noopener');
    expect(session.customer_email).toBe('shopper@example.com');
    // The order took the cart's lines.
    await widget.getByRole('button', { name: 'Cart', exact: true }).waitFor();

    const { completed } = stripe.pay(session.id);
    expect((await stripe.deliver(t.url, completed)).status).toBe(200);

    const admin = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await admin.goto(`${t.url}/admin/`);
    await admin.getByLabel('Email').fill(DEMO_STORE.ownerEmail);
    await admin.getByLabel('Password', { exact: true }).fill(DEMO_STORE.ownerPassword);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('link', { name: 'Orders' }).click();
    const row = admin.getByTestId('order-row').filter({ hasText: orderNumber });
    await row.locator('sd-order-status-chip[data-status="PAID"]').waitFor();
    await admin.screenshot({ path: artifact('admin-orders-paid-from-widget.png') });

    // The other store saw none of it.
    const { orders } = await otherStore.client.ok<{ orders: { totalCount: number } }>(ORDERS, {});
    expect(orders.totalCount).toBe(0);
  });

  it('is usable 360 px wide: the cards scroll sideways and the cart drawer fits the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const { widget, card } = await askForHoodies(phone, t.url);
    const carousel = widget.locator('.carousel');
    expect(await carousel.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await phone.screenshot({ path: artifact('widget-product-cards-360.png') });

    await card.getByRole('button', { name: 'Add to cart' }).click();
    await card.getByText('Added to your cart.').waitFor();
    await widget.getByRole('button', { name: 'Cart (1)' }).click();
    const email = widget.locator('shopdesk-cart-drawer').getByLabel('Email');
    await email.waitFor();
    expect(await email.evaluate((element) => getComputedStyle(element).fontSize)).toBe('16px');
    const drawer = widget.locator('shopdesk-cart-drawer');
    await drawer.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    const box = await drawer.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: artifact('widget-cart-360.png') });

    // Escape closes the drawer first and gives focus back to the cart button.
    await phone.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await widget.getByRole('button', { name: 'Cart (1)' }).evaluate((button) => button.matches(':focus'))).toBe(true);
  });

  it('with a payment plan, the checkout asks for the first instalment now and says how the rest is paid', async () => {
    const staff = t.client();
    const { login } = await staff.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: DEMO_STORE.ownerEmail, password: DEMO_STORE.ownerPassword },
    });
    staff.token = login.accessToken;
    await staff.ok(UPDATE_ORDER_SETTINGS, { input: { paymentPlanMinimum: 1, paymentPlanInstalments: 3 } });
    try {
      const visitor = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const { widget, card } = await askForHoodies(visitor, t.url);
      await card.getByRole('button', { name: 'Add to cart' }).click();
      await widget.getByRole('button', { name: 'Cart (1)' }).click();
      const drawer = widget.locator('shopdesk-cart-drawer');
      await drawer.getByLabel('Email').fill('planner@example.com');
      await drawer.getByRole('button', { name: 'Check out' }).click();

      const pay = drawer.getByRole('link', { name: /^Pay \$\d+\.\d\d now/ });
      await pay.waitFor();
      const note = drawer.getByText(/^First of 3 instalments; \$\d+\.\d\d in all\. We'll send links for the rest\.$/);
      await note.waitFor();
      await visitor.screenshot({ path: artifact('widget-checkout-instalments.png') });
      // The button names what the payment page charges: the first instalment, not the total.
      const orderNumber = /^Order (\S+) is reserved/.exec(await drawer.getByText(/^Order \S+ is reserved for you\.$/).innerText())![1];
      const session = stripe.sessionByOrderNumber(orderNumber);
      expect(await pay.innerText()).toMatch(new RegExp(`^Pay \\$${(session.amount_total / 100).toFixed(2).replace('.', '\\.')} now`));
      const total = Number(/\$(\d+\.\d\d) in all/.exec(await note.innerText())![1]);
      expect(session.amount_total).toBeLessThan(Math.round(total * 100));
    } finally {
      await staff.ok(UPDATE_ORDER_SETTINGS, { input: { paymentPlanMinimum: null } });
    }
  });

  it('outside business hours says when the team is back and takes an email instead of queueing the visitor', async () => {
    const staff = t.client();
    const { login } = await staff.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { email: DEMO_STORE.ownerEmail, password: DEMO_STORE.ownerPassword },
    });
    staff.token = login.accessToken;
    // Open on one weekday three days from now only, so the store is closed whenever the test runs.
    const day = (new Date().getUTCDay() + 3) % 7;
    await staff.ok(UPDATE_BUSINESS_HOURS, {
      input: { enabled: true, days: [{ day, open: '09:00', close: '17:00' }], offlineMessage: 'Our team is out right now.' },
    });

    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${t.url}/`);
    const widget = phone.locator('shopdesk-chat');
    await widget.getByRole('button', { name: 'Open chat' }).click();
    const banner = widget.locator('shopdesk-offline-notice .banner');
    await banner.waitFor();
    expect((await banner.innerText()).replace(/\s+/g, ' ')).toMatch(/^Our team is out right now\. Back \w+ \d+, \d{4}, \d+:00/);
    const composer = widget.getByRole('textbox', { name: 'Message' });
    await composer.fill('Can someone call me about a wholesale order?');
    await composer.press('Enter');
    await widget.locator('.messages .message.bot').first().waitFor();
    // The action under the conversation (the assistant may offer the same words as a quick reply).
    await widget.locator('.actions').getByRole('button', { name: 'Talk to a person' }).click();
    const notice = widget.locator('shopdesk-offline-notice');
    await notice.getByLabel('Email', { exact: true }).fill('wholesale@example.com');
    await notice.getByLabel('Message (optional)').fill('About 40 hoodies for our team');
    await notice.getByRole('button', { name: 'Send' }).click();
    await notice.getByText('Thanks! We will write to wholesale@example.com.').waitFor();
    await phone.screenshot({ path: artifact('widget-offline-hours-360.png') });
  });
});
