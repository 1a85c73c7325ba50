import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { DEMO_STORE } from '../src/seed/demo-store';
import { artifact, launchChromium, openWidget, sendInWidget } from './support/browser';
import { SEND, startVisitor, waitForTranscript } from './support/chat-fixtures';
import { GraphQLClient } from './support/graphql-client';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

// Booting the server with the demo store and a browser takes a while on a busy machine.
jest.setTimeout(150_000);

/** Pictures an agent sends live on an https host; the browser pages answer for it, the machine has no internet. */
const IMAGE_HOST = 'https://images.shopdesk.test';
const OTHER_STORE_CONVERSATIONS = `query { conversations(first: 10) { edges { node { id } } } }`;
const LEAVE_CONTACT = `mutation($input: LeaveContactEmailInput!) { leaveContactEmail(input: $input) { id status } }`;

/** Starts a conversation with `text` and waits for the assistant's answer; resolves to the conversation id. */
async function askAssistant(visitor: GraphQLClient, text: string): Promise<string> {
  const { sendMessage } = await visitor.ok<{ sendMessage: { conversationId: string; seq: number } }>(SEND, { input: { text } });
  await waitForTranscript(visitor, sendMessage.conversationId, (messages) => messages.some((m) => m.author === 'BOT' && m.seq > sendMessage.seq));
  return sendMessage.conversationId;
}

async function signInToConversations(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Email').fill(DEMO_STORE.ownerEmail);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_STORE.ownerPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Conversations' }).click();
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: staff see what the visitor saw and send pictures', () => {
  let t: TestApp;
  let browser: Browser;
  let otherStore: SignedUpStore;
  let publicKey: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    ({ publicKey } = await t.app.get(DemoSeedService).ensureDemoStore([t.url]));
    otherStore = await signUpStore(t.client(), 'Quiet Neighbour');
    browser = await launchChromium(testServices.chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('an agent sees the product cards the assistant sent, then replies with a picture the widget shows', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(`${t.url}/`);
    const picture = await visitor.screenshot({ clip: { x: 0, y: 0, width: 240, height: 160 } });
    const { widget, composer } = await openWidget(visitor);
    await sendInWidget(composer, 'Hello! Is the Joust Duffle Bag waterproof?');
    await widget.locator('shopdesk-product-card').first().waitFor();

    const admin = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    for (const page of [admin, visitor]) {
      await page.route(`${IMAGE_HOST}/**`, (route) => route.fulfill({ contentType: 'image/png', body: picture }));
    }
    await signInToConversations(admin, t.url);
    await admin.getByTestId('conversation-item').first().click();

    // The assistant's reply shows its products to staff, each linking to the product in the admin.
    const card = admin.locator('[data-testid="message"][data-author="BOT"] [data-testid="product-card"]').filter({ hasText: 'Joust Duffle Bag' }).first();
    await card.waitFor();
    await expect(card.getByRole('link', { name: 'Joust Duffle Bag' }).getAttribute('href')).resolves.toMatch(/^\/admin\/products\/[0-9a-f-]{36}$/);
    await expect(card.innerText()).resolves.toMatch(/\$\d+(\.\d\d)?[\s\S]*(In stock|Out of stock)/);
    await admin.screenshot({ path: artifact('admin-conversation-product-cards.png') });

    await admin.getByTestId('take-over').click();
    await admin.getByTestId('conversation-owner').filter({ hasText: 'Assigned to you' }).waitFor();

    // An http address is refused before anything is sent.
    await admin.getByTestId('attach-image').click();
    const imageUrl = admin.getByTestId('image-url');
    await imageUrl.fill('http://images.shopdesk.test/bag.png');
    await imageUrl.press('Enter');
    await admin.getByRole('alert').filter({ hasText: 'it must start with https://' }).waitFor();

    // An https address the server does not accept (no public host) comes back with the server's reason.
    await imageUrl.fill('https://localhost/bag.png');
    await imageUrl.press('Enter');
    const agentComposer = admin.getByTestId('agent-composer');
    await agentComposer.fill('Here is the bag in the rain');
    await agentComposer.press('Enter');
    await admin.getByRole('alert').filter({ hasText: 'imageUrl must be an https address' }).waitFor();
    await expect(agentComposer.inputValue()).resolves.toBe('Here is the bag in the rain');
    await admin.getByRole('button', { name: 'Remove image' }).click();
    // Removing the image clears the server's complaint about it (once the composer has re-rendered).
    await admin.getByText('imageUrl must be an https address').waitFor({ state: 'detached' });

    await admin.getByTestId('attach-image').click();
    await imageUrl.fill(`${IMAGE_HOST}/bag.png`);
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await admin.getByTestId('image-preview').getByRole('img', { name: 'Image to send' }).waitFor();
    await admin.screenshot({ path: artifact('admin-image-preview.png') });
    await agentComposer.press('Enter');

    const sent = admin.locator('[data-testid="message"][data-author="AGENT"]').filter({ hasText: 'Here is the bag in the rain' });
    await expect(sent.getByTestId('message-image').getAttribute('src')).resolves.toBe(`${IMAGE_HOST}/bag.png`);
    // The message can arrive over the subscription before the send completes; the preview clears once it has.
    await admin.getByTestId('image-preview').waitFor({ state: 'detached' });

    await widget.getByText('Here is the bag in the rain').waitFor();
    const shown = widget.locator(`img.picture[src="${IMAGE_HOST}/bag.png"]`);
    await shown.waitFor();
    await expect(shown.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
    await shown.scrollIntoViewIfNeeded();
    await admin.screenshot({ path: artifact('admin-image-sent.png') });
    await visitor.screenshot({ path: artifact('widget-agent-image.png') });

    // The other store's staff see none of it.
    const { conversations } = await otherStore.client.ok<{ conversations: { edges: unknown[] } }>(OTHER_STORE_CONVERSATIONS);
    expect(conversations.edges).toEqual([]);
  }, 120_000);

  it('a question left after hours shows the visitor email in the list, the header and the transcript', async () => {
    const visitor = t.client();
    await startVisitor(visitor, publicKey, t.url);
    const { leaveContactEmail } = await visitor.ok<{ leaveContactEmail: { id: string; status: string } }>(LEAVE_CONTACT, {
      input: { email: 'ana@example.com', message: 'Do you ship to Portugal?' },
    });
    expect(leaveContactEmail.status).toBe('WAITING_FOR_HUMAN');

    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInToConversations(admin, t.url);
    const item = admin.locator(`[data-testid="conversation-item"][data-conversation-id="${leaveContactEmail.id}"]`);
    await item.getByTestId('email-contact').waitFor();
    // Only the conversation waiting for an email reply is marked.
    await expect(admin.getByTestId('email-contact').count()).resolves.toBe(1);
    await item.click();

    await admin.locator('[data-testid="message"][data-author="VISITOR"]').filter({ hasText: 'Do you ship to Portugal?' }).waitFor();
    const notice = admin.getByTestId('contact-left');
    await expect(notice.getByRole('link', { name: 'ana@example.com' }).getAttribute('href')).resolves.toBe('mailto:ana@example.com');
    await expect(admin.getByTestId('visitor-email').getAttribute('href')).resolves.toBe('mailto:ana@example.com');
    await admin.screenshot({ path: artifact('admin-contact-left.png') });

    // Once someone takes it, the list no longer flags it as waiting for an email reply.
    await admin.getByTestId('take-over').click();
    await admin.getByTestId('conversation-owner').filter({ hasText: 'Assigned to you' }).waitFor();
    await item.getByTestId('email-contact').waitFor({ state: 'detached' });
  }, 60_000);

  it('staff see the replies the assistant suggested to the visitor, muted', async () => {
    const visitor = t.client();
    await startVisitor(visitor, publicKey, t.url);
    const conversationId = await askAssistant(visitor, 'hello');

    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signInToConversations(admin, t.url);
    await admin.locator(`[data-testid="conversation-item"][data-conversation-id="${conversationId}"]`).click();
    const bot = admin.locator('[data-testid="message"][data-author="BOT"]').first();
    await bot.getByText('Suggested to the visitor').waitFor();
    await expect(bot.getByTestId('quick-reply').allInnerTexts()).resolves.toEqual(['Browse products', 'Track my order', 'Talk to a person']);
    // Chips, not buttons: staff cannot tap them for the visitor.
    await expect(bot.getByRole('button').count()).resolves.toBe(0);
    await admin.screenshot({ path: artifact('admin-conversation-quick-replies.png') });
  }, 60_000);
});
