import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { DEMO_STORE } from '../src/seed/demo-store';
import { artifact, launchChromium } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: a visitor chats in the widget while staff watch in the admin', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    await t.app.get(DemoSeedService).ensureDemoStore([t.url]);
    browser = await launchChromium(testServices.chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a message written in the widget on the demo page appears live on the conversations page', async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const adminResponse = await admin.goto(`${t.url}/admin/`);
    expect(adminResponse!.headers()['x-frame-options']).toBe('DENY');
    await admin.getByLabel('Email').fill(DEMO_STORE.ownerEmail);
    await admin.getByLabel('Password', { exact: true }).fill(DEMO_STORE.ownerPassword);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('link', { name: 'Conversations' }).click();
    await admin.getByText('No conversations yet').waitFor();
    await admin.screenshot({ path: artifact('admin-conversations-empty.png') });

    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(`${t.url}/`);
    const widget = visitor.locator('shopdesk-chat');
    await widget.getByRole('button', { name: /chat/i }).first().click();
    const composer = widget.getByRole('textbox');
    await composer.fill('Hello! Is the Joust Duffle Bag waterproof?');
    await composer.press('Enter');
    await widget.getByText('Is the Joust Duffle Bag waterproof?').waitFor();
    await widget.getByText(/Welcome to Luma Demo Store/).waitFor();
    await visitor.screenshot({ path: artifact('widget-conversation.png') });

    // Live on the admin page, without a reload.
    const item = admin.getByTestId('conversation-item').first();
    await item.waitFor();
    await admin.getByTestId('conversation-item').filter({ hasText: /Visitor \d{4}/ }).first().click();
    await admin.getByTestId('message').filter({ hasText: 'Is the Joust Duffle Bag waterproof?' }).waitFor();
    await admin.getByTestId('message').filter({ hasText: /Welcome to Luma Demo Store/ }).waitFor();

    // And the next message arrives in the open transcript live.
    await composer.fill('Thanks, one more question about sizes');
    await composer.press('Enter');
    await admin.getByTestId('message').filter({ hasText: 'one more question about sizes' }).waitFor();
    await admin.screenshot({ path: artifact('admin-conversation-live.png') });
    expect(await admin.getByTestId('message').count()).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('the widget is usable at 360 px wide', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${t.url}/`);
    const widget = phone.locator('shopdesk-chat');
    await widget.getByRole('button', { name: /chat/i }).first().click();
    const composer = widget.getByRole('textbox');
    await composer.waitFor();
    const box = await composer.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const fontSize = await composer.evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(16);
    await phone.screenshot({ path: artifact('widget-360.png') });
  }, 30_000);
});
