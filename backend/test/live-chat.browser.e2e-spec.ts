import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { DEMO_STORE } from '../src/seed/demo-store';
import { artifact, launchChromium, openWidget, sendInWidget } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

// Booting the server with the demo store and a browser takes a while on a busy machine.
jest.setTimeout(120_000);

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
    const { widget, composer } = await openWidget(visitor);
    await sendInWidget(composer, 'Hello! Is the Joust Duffle Bag waterproof?');
    await widget.getByText('Is the Joust Duffle Bag waterproof?').waitFor();
    // The assistant answers from the catalog: the product with its price.
    await widget.locator('.messages .message.bot').filter({ hasText: /Joust Duffle Bag — \$/ }).waitFor();
    await visitor.screenshot({ path: artifact('widget-conversation.png') });

    // Live on the admin page, without a reload.
    const item = admin.getByTestId('conversation-item').first();
    await item.waitFor();
    await admin.getByTestId('conversation-item').filter({ hasText: /Visitor \d{4}/ }).first().click();
    await admin.getByTestId('message').filter({ hasText: 'Is the Joust Duffle Bag waterproof?' }).waitFor();
    await admin.locator('[data-testid="message"][data-author="BOT"]').filter({ hasText: /Joust Duffle Bag — \$/ }).waitFor();

    // And the next message arrives in the open transcript live.
    await composer.fill('Thanks, one more question about sizes');
    await composer.press('Enter');
    await admin.getByTestId('message').filter({ hasText: 'one more question about sizes' }).waitFor();
    await admin.screenshot({ path: artifact('admin-conversation-live.png') });
    expect(await admin.getByTestId('message').count()).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('an agent takes over in the admin, replies and hands back; the visitor is told each step in the widget', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(`${t.url}/`);
    const { widget, composer } = await openWidget(visitor);
    await sendInWidget(composer, 'Can a real person check my order?');
    const botReplies = widget.locator('.messages .message.bot');
    await botReplies.first().waitFor();
    // Asking for a person puts the conversation in the queue, and the visitor is told.
    await widget.getByText(/they will answer in this chat/).waitFor();

    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await admin.goto(`${t.url}/admin/`);
    await admin.getByLabel('Email').fill(DEMO_STORE.ownerEmail);
    await admin.getByLabel('Password', { exact: true }).fill(DEMO_STORE.ownerPassword);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('link', { name: 'Conversations' }).click();
    // The newest conversation is on top.
    await admin.getByTestId('conversation-item').first().click();
    await admin.locator('[data-testid="message"][data-author="VISITOR"]').filter({ hasText: 'Can a real person check my order?' }).waitFor();
    await admin.locator('[data-testid="message"][data-author="BOT"]').first().waitFor();

    await admin.getByTestId('take-over').click();
    await admin.getByTestId('conversation-owner').filter({ hasText: 'Assigned to you' }).waitFor();
    await widget.getByText(`${DEMO_STORE.ownerName} from our team joined the conversation.`).waitFor();
    await widget.getByText('A team member is here').waitFor();

    // The visitor types: the agent sees it; the bot stays silent from now on.
    await composer.pressSequentially('Great, it is order 1001', { delay: 20 });
    await admin.getByTestId('visitor-typing').filter({ hasText: /is typing/ }).waitFor();
    await composer.press('Enter');
    await admin.locator('[data-testid="message"][data-author="VISITOR"]').filter({ hasText: 'Great, it is order 1001' }).waitFor();

    const agentComposer = admin.getByTestId('agent-composer');
    await agentComposer.pressSequentially('Let me look that up', { delay: 20 });
    await widget.getByText(`${DEMO_STORE.ownerName} is typing…`).waitFor();
    await agentComposer.press('Enter');
    await widget.getByText('Let me look that up').waitFor();
    await admin.getByRole('radio', { name: 'Note' }).click();
    await agentComposer.fill('Customer asked about order 1001');
    await agentComposer.press('Enter');
    await admin.locator('[data-testid="message"][data-internal]').filter({ hasText: 'Customer asked about order 1001' }).waitFor();
    await admin.screenshot({ path: artifact('admin-takeover.png') });
    await visitor.screenshot({ path: artifact('widget-agent-reply.png') });

    await admin.getByTestId('hand-back').click();
    await widget.getByText(`${DEMO_STORE.ownerName} left the conversation. Our assistant is here to help again.`).waitFor();
    await composer.fill('Thanks! And do you have duffle bags?');
    await composer.press('Enter');
    await botReplies.nth(1).waitFor();
    await admin.locator('[data-testid="message"][data-author="BOT"]').nth(1).waitFor();
    await visitor.screenshot({ path: artifact('widget-handback.png') });
    await admin.screenshot({ path: artifact('admin-handback.png') });

    // The bot never answered while the agent had the conversation, and the note never reached the widget.
    await visitor.waitForTimeout(300);
    expect(await widget.locator('.messages').innerText()).not.toContain('Customer asked about order 1001');
    expect(await botReplies.count()).toBe(2);
    const authors = await admin.getByTestId('message').evaluateAll((items) => items.map((item) => item.getAttribute('data-author')));
    expect(authors).toEqual(['VISITOR', 'BOT', 'SYSTEM', 'SYSTEM', 'VISITOR', 'AGENT', 'AGENT', 'SYSTEM', 'VISITOR', 'BOT']);

    // Resolved: the visitor is asked for a rating, and the agent sees it.
    await admin.getByTestId('resolve').click();
    await widget.getByText('How did we do?').waitFor();
    await widget.getByRole('button', { name: '5 out of 5' }).click();
    await widget.getByText('Thanks for your feedback!').waitFor();
    await admin.getByTestId('csat').filter({ hasText: 'Rated 5/5' }).waitFor();
    await visitor.screenshot({ path: artifact('widget-rated.png') });
    await admin.screenshot({ path: artifact('admin-rated.png') });
  }, 90_000);

  it('the widget is usable at 360 px wide', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${t.url}/`);
    const { composer } = await openWidget(phone);
    await composer.waitFor();
    const box = await composer.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const fontSize = await composer.evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(16);
    await phone.screenshot({ path: artifact('widget-360.png') });
  }, 30_000);
});
