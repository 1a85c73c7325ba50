import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { artifact, launchChromium } from './support/browser';
import { csvLine, importCatalog } from './support/catalog-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CATALOG_CSV = [
  ['sku', 'name', 'description', 'brand', 'category', 'price', 'stock'],
  ['BOT-HOOD-1', 'Club Fleece Hoodie', 'Brushed fleece pullover hoodie with kangaroo pocket', 'Nike', 'Clothing > Hoodies', '55.00', '20'],
  ['BOT-HOOD-2', 'Heavyweight Zip Hoodie', 'Thick cotton zip hoodie', 'Northwind', 'Clothing > Hoodies', '89.00', '6'],
  ['BOT-MUG', 'Summit Enamel Mug', 'Enamel steel mug', 'Northwind', 'Gear > Kitchen', '14.50', '40'],
]
  .map(csvLine)
  .join('\n');

const RETURNS_POLICY = `# Returns

Unworn items can be returned within 30 days of delivery.

## Refunds

Refunds reach your card within 5 working days after we receive the parcel.`;

const SETTINGS = `query { assistantSettings { persona languages handoffSentimentThreshold provider hasApiKey } }`;
const AGENT_EMAIL = 'agent.ada@example.com';
const AGENT_PASSWORD = 'agent password 123';

async function signIn(page: Page, email: string, password: string, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('store-name').waitFor();
}

function language(page: Page, name: string) {
  return page.getByTestId('languages').getByRole('option', { name });
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: staff set up the chatbot, its knowledge base and try it', () => {
  let t: TestApp;
  let browser: Browser;
  let store: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    store = await signUpStore(t.client(), 'Northwind Outfitters');
    other = await signUpStore(t.client(), 'Other Outfitters');
    expect(await importCatalog(store.client, 'CSV', CATALOG_CSV)).toMatchObject({ status: 'succeeded' });
    browser = await launchChromium(testServices.chromiumPath!);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 30_000);

  it('the settings tab saves the persona and reply languages, and a reload shows them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, store.email, store.password, t.url);
    await page.getByRole('link', { name: 'Chatbot' }).click();
    await page.waitForURL(/\/admin\/chatbot\/settings$/);
    const persona = page.getByTestId('persona');
    await persona.waitFor();
    expect(await language(page, 'English').getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: artifact('admin-chatbot-settings.png'), fullPage: true });

    await persona.fill('Mia, our outdoor gear expert');
    await language(page, 'Deutsch').click();
    // A threshold outside -1..0 is explained and blocks the save.
    await page.getByLabel('Upset below').fill('0.5');
    await page.getByLabel('Upset below').blur();
    await page.getByText('Between -1 and 0').waitFor();
    await page.getByRole('heading', { name: 'Handing over to a person' }).evaluate((heading) => heading.scrollIntoView());
    expect(await page.getByTestId('save-settings').isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('admin-chatbot-settings-invalid.png') });
    await page.getByLabel('Upset below').fill('-0.4');
    await page.getByTestId('save-settings').click();
    await page.getByText('Chatbot settings saved').waitFor();
    await page.getByTestId('save-settings').waitFor({ state: 'detached' });

    await page.reload();
    await page.getByTestId('persona').waitFor();
    expect(await page.getByTestId('persona').inputValue()).toBe('Mia, our outdoor gear expert');
    expect(await language(page, 'Deutsch').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByLabel('Upset below').inputValue()).toBe('-0.4');
    await page.getByTestId('test-connection').click();
    await page.getByTestId('connection-result').filter({ hasText: 'Connected' }).waitFor();
    await page.screenshot({ path: artifact('admin-chatbot-settings-saved.png') });

    // The store's own model: the key is written once, then only shown as stored.
    await page.getByTestId('provider').click();
    await page.getByRole('option', { name: 'Your own OpenAI-compatible model' }).click();
    await page.getByLabel('Base URL').fill('http://127.0.0.1:9/v1');
    await page.getByLabel('Model name').fill('store-model');
    await page.getByLabel('API key').fill('sk-store-secret-123');
    await page.getByTestId('save-settings').click();
    await page.getByTestId('api-key').filter({ hasText: 'API key stored' }).waitFor();
    expect(await page.getByLabel('API key').count()).toBe(0);
    await page.getByTestId('test-connection').click();
    await page.getByTestId('connection-result').filter({ hasText: 'Failed' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 2000 });
    await page.screenshot({ path: artifact('admin-chatbot-settings-model.png') });

    expect((await store.client.ok<{ assistantSettings: Record<string, unknown> }>(SETTINGS)).assistantSettings).toEqual({
      persona: 'Mia, our outdoor gear expert',
      languages: ['en', 'de'],
      handoffSentimentThreshold: -0.4,
      provider: 'OPENAI',
      hasApiKey: true,
    });
    expect((await other.client.ok<{ assistantSettings: Record<string, unknown> }>(SETTINGS)).assistantSettings).toEqual({
      persona: '',
      languages: ['en'],
      handoffSentimentThreshold: -0.5,
      provider: 'PLATFORM',
      hasApiKey: false,
    });
    // The playground below answers with the built-in rules, not the unreachable endpoint.
    await store.client.ok(`mutation { updateAssistantSettings(input: { provider: RULES }) { provider } }`);
  }, 90_000);

  it('a document added in the knowledge base is previewed as passages and found by test retrieval', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, store.email, store.password, t.url);
    await page.goto(`${t.url}/admin/chatbot/knowledge`);
    await page.getByText('No documents yet').waitFor();
    await page.screenshot({ path: artifact('admin-chatbot-knowledge-empty.png') });

    await page.getByTestId('new-document').click();
    await page.getByTestId('doc-title').fill('Returns policy');
    await page.getByTestId('doc-body').fill(RETURNS_POLICY);
    await page.getByTestId('doc-chunk').nth(1).waitFor();
    expect(await page.getByTestId('doc-chunk').allInnerTexts()).toEqual([
      expect.stringMatching(/^Returns\s+Unworn items can be returned within 30 days/),
      expect.stringMatching(/^Refunds\s+Refunds reach your card/),
    ]);
    await page.screenshot({ path: artifact('admin-chatbot-knowledge-editor.png') });
    await page.getByTestId('doc-save').click();
    await page.getByText('Document added').waitFor();
    const row = page.getByTestId('document-row').filter({ hasText: 'Returns policy' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Policy/);

    await page.getByTestId('retrieval-question').fill('how long do refunds take?');
    await page.getByTestId('retrieval-test').click();
    await page.waitForURL(/q=how/);
    const passage = page.getByTestId('retrieval-passage').first();
    await passage.waitFor();
    expect(await passage.innerText()).toMatch(/Returns policy[\s\S]*Refunds[\s\S]*5 working days/);
    await page.screenshot({ path: artifact('admin-chatbot-knowledge.png'), fullPage: true });

    // The other store's assistant knows nothing of it.
    const theirs = await other.client.ok<{ searchKnowledge: unknown[] }>(`query { searchKnowledge(question: "refunds") { title } }`);
    expect(theirs.searchKnowledge).toEqual([]);
  }, 90_000);

  it('the playground shows the intent, a product search and the reply for a shopper question', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, store.email, store.password, t.url);
    await page.goto(`${t.url}/admin/chatbot/playground`);
    await page.getByText('No tries yet').waitFor();
    await page.getByTestId('playground-text').fill('do you have hoodies under $60?');
    await page.getByTestId('playground-ask').click();
    const attempt = page.getByTestId('playground-try').first();
    await attempt.waitFor();
    expect(await attempt.getByTestId('playground-intent').innerText()).toBe('product_search');
    expect(await attempt.getByTestId('playground-tool').first().innerText()).toMatch(/search_products[\s\S]*60/);
    const reply = await attempt.getByTestId('playground-reply').innerText();
    expect(reply).toContain('Club Fleece Hoodie');
    expect(reply).not.toContain('Heavyweight Zip Hoodie');
    await page.screenshot({ path: artifact('admin-chatbot-playground.png'), fullPage: true });
  }, 90_000);

  it('an agent only gets the playground', async () => {
    const invited = await store.client.ok<{ inviteMember: { token: string } }>(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, {
      input: { email: AGENT_EMAIL, role: 'AGENT' },
    });
    await t.client().ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token: invited.inviteMember.token, password: AGENT_PASSWORD, name: 'Agent Ada' },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, AGENT_EMAIL, AGENT_PASSWORD, t.url);
    await page.goto(`${t.url}/admin/chatbot`);
    await page.waitForURL(/\/admin\/chatbot\/playground$/);
    await page.getByTestId('playground-text').waitFor();
    expect(await page.getByTestId('tab-settings').count()).toBe(0);
    await page.goto(`${t.url}/admin/chatbot/settings`);
    await page.getByText('Only managers and admins change the chatbot').waitFor();
    await page.screenshot({ path: artifact('admin-chatbot-agent.png') });
  }, 90_000);
});
