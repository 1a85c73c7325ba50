import { describeWhen, testServices } from '@shopdesk/testing';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { artifact, launchChromium } from './support/browser';
import { addTeamMember } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SETTINGS = `query {
  store { name timeZone }
  widgetAppearance { primaryColor position launcherText assistantName }
  businessHours { enabled offlineMessage days { day open close } }
  widgetKeys { publicKey allowedOrigins }
  orderSettings { taxRatePercent freeShippingOver paymentPlanMinimum paymentPlanInstalments }
  discountCodes { code kind value usageLimit expiresAt }
  cannedReplies { shortcut text }
  apiKeys { name scopes prefix }
}`;

interface Settings {
  store: { name: string; timeZone: string };
  widgetAppearance: { primaryColor: string; position: string; launcherText: string; assistantName: string };
  businessHours: { enabled: boolean; offlineMessage: string; days: Array<{ day: number; open: string; close: string }> };
  widgetKeys: Array<{ publicKey: string; allowedOrigins: string[] }>;
  orderSettings: { taxRatePercent: number; freeShippingOver: number | null; paymentPlanMinimum: number | null; paymentPlanInstalments: number };
  discountCodes: Array<{ code: string; kind: string; value: number; usageLimit: number | null; expiresAt: string | null }>;
  cannedReplies: Array<{ shortcut: string; text: string }>;
  apiKeys: Array<{ name: string; scopes: string[]; prefix: string }>;
}

async function signIn(page: Page, email: string, password: string, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('store-name').waitFor();
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')('browser: staff manage the store settings in the admin', () => {
  let t: TestApp;
  let browser: Browser;
  let store: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    store = await signUpStore(t.client(), 'Lantern Tea House');
    other = await signUpStore(t.client(), 'Other Tea House');
    browser = await launchChromium(testServices.chromiumPath!);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('saves the store, the widget look, a widget key and the business hours, each tab in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, store.email, store.password, t.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings\/store$/);

    // Store: the time zone is picked from the IANA list.
    await page.getByTestId('store-name-input').fill('Lantern Tea House & Co');
    await page.getByTestId('store-time-zone').fill('berlin');
    await page.getByRole('option', { name: 'Europe/Berlin' }).click();
    await page.getByTestId('store-save').click();
    await page.getByText('Store settings saved').waitFor();
    await page.screenshot({ path: artifact('admin-settings-store.png') });

    // Widget: the preview follows the form before saving.
    await page.getByTestId('tab-widget').click();
    await page.waitForURL(/\/settings\/widget$/);
    await page.getByTestId('appearance-colour').fill('#0f766e');
    await page.getByTestId('appearance-position').getByText('Bottom left').click();
    await page.getByTestId('appearance-launcher-text').fill('Ask a tea expert');
    await page.getByTestId('appearance-assistant-name').fill('Mei');
    await page.getByTestId('preview-launcher').filter({ hasText: 'Ask a tea expert' }).waitFor();
    expect(await page.getByTestId('preview-launcher').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
    await page.getByTestId('appearance-save').click();
    await page.getByText('Widget look saved').waitFor();

    await page.getByTestId('key-new').click();
    await page.getByTestId('key-origins').fill('https://shop.example.com/path');
    await page.getByTestId('key-create').click();
    await page.getByText('is not a site address').waitFor();
    await page.getByTestId('key-origins').fill('https://lantern-tea.example\nhttps://*.lantern-tea.example');
    await page.getByTestId('key-create').click();
    const snippet = page.getByTestId('install-snippet');
    await snippet.waitFor();
    expect(await snippet.textContent()).toMatch(new RegExp(`^<script src="${t.url}/widget/widget.js" data-key="pk_[^"]+" async></script>$`));
    expect(await page.getByTestId('identity-secret').count()).toBe(0);
    await page.getByTestId('secret-toggle').click();
    await page.getByTestId('identity-secret').waitFor();
    await page.screenshot({ path: artifact('admin-settings-widget.png'), fullPage: true });

    // Business hours: weekdays 09:00–17:30, with the store zone shown.
    await page.getByTestId('tab-hours').click();
    await page.waitForURL(/\/settings\/hours$/);
    await page.getByTestId('hours-time-zone').filter({ hasText: 'Europe/Berlin' }).waitFor();
    await page.getByTestId('hours-enabled').click();
    for (const day of [1, 2, 3, 4, 5]) {
      const row = page.getByTestId(`day-${day}`);
      await row.getByRole('checkbox').check();
      await row.getByTestId('closes').fill('17:30');
    }
    const friday = page.getByTestId('day-5');
    await friday.getByTestId('opens').fill('18:00');
    await friday.getByText('Closes before it opens').waitFor();
    expect(await page.getByTestId('hours-save').isDisabled()).toBe(true);
    await friday.getByTestId('opens').fill('09:00');
    await page.getByTestId('offline-message').fill('We are brewing. Back at nine.');
    await page.getByTestId('hours-save').click();
    await page.getByText('Business hours saved').waitFor();
    await page.screenshot({ path: artifact('admin-settings-hours.png'), fullPage: true });

    const saved = await store.client.ok<Settings>(SETTINGS);
    expect(saved.store).toEqual({ name: 'Lantern Tea House & Co', timeZone: 'Europe/Berlin' });
    expect(saved.widgetAppearance).toEqual({ primaryColor: '#0f766e', position: 'left', launcherText: 'Ask a tea expert', assistantName: 'Mei' });
    expect(saved.businessHours).toEqual({
      enabled: true,
      offlineMessage: 'We are brewing. Back at nine.',
      days: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '17:30' })),
    });
    expect(saved.widgetKeys.map((k) => k.allowedOrigins)).toEqual([['https://lantern-tea.example', 'https://*.lantern-tea.example']]);

    // A reload keeps the tab and shows what was saved.
    await page.reload();
    await page.getByTestId('day-3').getByTestId('closes').waitFor();
    expect(await page.getByTestId('day-3').getByTestId('closes').inputValue()).toBe('17:30');

    // Checkout: tax, free shipping and a discount code.
    await page.getByTestId('tab-checkout').click();
    await page.waitForURL(/\/settings\/checkout$/);
    await page.getByTestId('checkout-tax').fill('19');
    await page.getByTestId('checkout-free-over').fill('60');
    // Large orders in instalments: a count outside 2-12 is explained before anything is sent.
    await page.getByTestId('checkout-plan-from').fill('250');
    await page.getByTestId('checkout-plan-instalments').fill('13');
    await page.getByTestId('checkout-plan-instalments').blur();
    await page.getByText('From 2 to 12').waitFor();
    expect(await page.getByTestId('checkout-save').isDisabled()).toBe(true);
    await page.getByTestId('checkout-plan-instalments').fill('4');
    await page.getByTestId('checkout-save').click();
    await page.getByText('Checkout settings saved').waitFor();
    await page.reload();
    // The saved figures fill the form once it has loaded.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="checkout-plan-from"]')?.value === '250');
    expect(await page.getByTestId('checkout-plan-instalments').inputValue()).toBe('4');
    await page.getByTestId('discount-new').click();
    await page.getByTestId('discount-code').fill('first-brew');
    await page.getByTestId('discount-value').fill('120');
    await page.getByTestId('discount-create').click();
    await page.getByText('A percentage cannot exceed 100 %').waitFor();
    await page.getByTestId('discount-value').fill('15');
    await page.getByTestId('discount-limit').fill('100');
    await page.getByTestId('discount-expiry').fill('2030-06-30');
    await page.getByTestId('discount-create').click();
    await page.getByTestId('discount-row').filter({ hasText: 'FIRST-BREW' }).filter({ hasText: '15 % off' }).filter({ hasText: '0 of 100 used' }).waitFor();
    await page.screenshot({ path: artifact('admin-settings-checkout.png'), fullPage: true });

    // Correcting the code: the dialog opens with it as saved, and the code text itself cannot change.
    await page.getByTestId('discount-row').filter({ hasText: 'FIRST-BREW' }).getByTestId('discount-edit').click();
    await page.getByRole('heading', { name: 'Edit FIRST-BREW' }).waitFor();
    expect(await page.getByTestId('discount-code').isDisabled()).toBe(true);
    expect(await page.getByTestId('discount-code').inputValue()).toBe('FIRST-BREW');
    expect(await page.getByTestId('discount-value').inputValue()).toBe('15');
    expect(await page.getByTestId('discount-limit').inputValue()).toBe('100');
    expect(await page.getByTestId('discount-expiry').inputValue()).toBe('2030-06-30');
    await page.getByTestId('discount-value').fill('20');
    await page.screenshot({ path: artifact('admin-discount-edit.png') });
    await page.getByTestId('discount-save').click();
    await page.getByText('FIRST-BREW saved').waitFor();
    await page.getByTestId('discount-row').filter({ hasText: 'FIRST-BREW' }).filter({ hasText: '20 % off' }).filter({ hasText: '0 of 100 used' }).waitFor();
    await page.screenshot({ path: artifact('admin-discount-edited.png'), fullPage: true });

    // Canned replies: create and edit one.
    await page.getByTestId('tab-canned-replies').click();
    await page.getByTestId('canned-new').click();
    await page.getByTestId('canned-shortcut').fill('steeping');
    await page.getByTestId('canned-text').fill('Steep green tea at 80 °C for two minutes.');
    await page.getByTestId('canned-save').click();
    await page.getByTestId('canned-row').filter({ hasText: '/steeping' }).waitFor();
    await page.getByRole('button', { name: 'Edit /steeping' }).click();
    await page.getByTestId('canned-text').fill('Steep green tea at 80 °C for two to three minutes.');
    await page.getByTestId('canned-save').click();
    await page.getByTestId('canned-row').filter({ hasText: 'two to three minutes' }).waitFor();
    await page.screenshot({ path: artifact('admin-settings-canned-replies.png'), fullPage: true });

    // API keys: the secret is shown once, then only its prefix.
    await page.getByTestId('tab-api-keys').click();
    await page.getByTestId('api-key-new').click();
    // Once the scopes are listed, billing is not among them.
    await page.getByTestId('scope-orders:read').waitFor();
    expect(await page.getByTestId('scope-billing:manage').count()).toBe(0);
    await page.getByTestId('api-key-name').fill('ERP sync');
    await page.getByTestId('scope-orders:read').getByRole('checkbox').check();
    await page.getByTestId('scope-catalog:write').getByRole('checkbox').check();
    await page.getByTestId('api-key-create').click();
    const secret = (await page.getByTestId('api-key-secret').textContent())!.trim();
    expect(secret).toMatch(/^sk_/);
    await page.screenshot({ path: artifact('admin-settings-api-key-secret.png') });
    await page.getByTestId('api-key-done').click();
    const keyRow = page.getByTestId('api-key-row').filter({ hasText: 'ERP sync' });
    await keyRow.waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    await page.screenshot({ path: artifact('admin-settings-api-keys.png'), fullPage: true });
    const viaKey = await t.client().ok<{ orderSettings: { taxRatePercent: number } }>(`query { orderSettings { taxRatePercent } }`, {}, { token: secret });
    expect(viaKey.orderSettings.taxRatePercent).toBe(19);

    const more = await store.client.ok<Settings>(SETTINGS);
    expect(more.orderSettings).toEqual({ taxRatePercent: 19, freeShippingOver: 60, paymentPlanMinimum: 250, paymentPlanInstalments: 4 });
    expect(more.discountCodes).toEqual([{ code: 'FIRST-BREW', kind: 'percentage', value: 20, usageLimit: 100, expiresAt: '2030-06-30T23:59:59.999Z' }]);
    expect(more.cannedReplies).toEqual([{ shortcut: 'steeping', text: 'Steep green tea at 80 °C for two to three minutes.' }]);
    expect(more.apiKeys).toEqual([{ name: 'ERP sync', scopes: ['catalog:write', 'orders:read'], prefix: secret.slice(0, 10) }]);

    // The other store saw none of it.
    const untouched = await other.client.ok<Settings>(SETTINGS);
    expect(untouched.store).toEqual({ name: 'Other Tea House', timeZone: 'UTC' });
    expect(untouched.businessHours.enabled).toBe(false);
    expect(untouched.widgetKeys).toEqual([]);
    expect(untouched.widgetAppearance.launcherText).toBe('Chat with us');
    expect(untouched.discountCodes).toEqual([]);
    expect(untouched.cannedReplies).toEqual([]);
    expect(untouched.apiKeys).toEqual([]);
  });

  it('shows an agent the settings read-only, without widget keys', async () => {
    const { email } = await addTeamMember(store.client, t.client(), 'Agent Ren');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, email, 'correct horse battery staple', t.url);
    await page.goto(`${t.url}/admin/settings/hours`);
    await page.getByText('Only owners and admins can change the business hours.').waitFor();
    expect(await page.getByTestId('hours-save').count()).toBe(0);
    expect(await page.getByTestId('offline-message').isDisabled()).toBe(true);
    await page.screenshot({ path: artifact('admin-settings-hours-agent.png'), fullPage: true });

    await page.getByTestId('tab-widget').click();
    await page.getByText('Only owners and admins can change the widget.').waitFor();
    expect(await page.getByTestId('appearance-save').count()).toBe(0);
    expect(await page.getByTestId('key-new').count()).toBe(0);

    await page.getByTestId('tab-api-keys').click();
    await page.getByText('Only owners and admins can see and manage API keys.').waitFor();
    await page.getByTestId('tab-checkout').click();
    await page.getByText('Only staff who manage orders can change these.').waitFor();
    await page.getByTestId('discount-row').first().waitFor();
    expect(await page.getByTestId('discount-new').count()).toBe(0);
    expect(await page.getByTestId('discount-edit').count()).toBe(0);
  });

  it('invites a member with a join link, changes their role, revokes an invitation and removes a member', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, store.email, store.password, t.url);
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByTestId('member-row').filter({ hasText: store.email }).filter({ hasText: 'You' }).waitFor();

    const invite = async (email: string, role: string): Promise<string> => {
      await page.getByTestId('invite-new').click();
      await page.getByTestId('invite-email').fill(email);
      await page.getByTestId('invite-role').click();
      await page.getByRole('option', { name: role, exact: true }).click();
      await page.getByTestId('invite-send').click();
      const link = (await page.getByTestId('invitation-link').textContent())!.trim();
      await page.getByTestId('invite-done').click();
      return link;
    };
    const link = await invite('kai@lantern-tea.example', 'Manager');
    expect(link).toMatch(new RegExp(`^${t.url}/admin/join\\?token=`));
    await invite('gone@lantern-tea.example', 'Agent');
    await page.getByTestId('invitation-row').nth(1).waitFor();
    await page.screenshot({ path: artifact('admin-team.png'), fullPage: true });
    await page.getByTestId('invitation-row').filter({ hasText: 'gone@lantern-tea.example' }).getByTestId('invitation-revoke').click();
    await page.getByTestId('confirm').click();
    await page.getByText('Invitation revoked').waitFor();
    await page.getByTestId('invitation-row').filter({ hasText: 'gone@lantern-tea.example' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('invitation-row').allTextContents()).toEqual([expect.stringContaining('kai@lantern-tea.example')]);

    // The invited person opens the link in their own browser and lands signed in.
    const invitee = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const joinPage = await invitee.newPage();
    await joinPage.goto(link);
    await joinPage.getByTestId('join-name').fill('Kai Tanaka');
    await joinPage.getByTestId('join-password').fill('correct horse battery staple');
    await joinPage.screenshot({ path: artifact('admin-team-join.png') });
    await joinPage.getByTestId('join-submit').click();
    await joinPage.getByText('Kai Tanaka').waitFor();
    await invitee.close();

    await page.reload();
    const kai = page.getByTestId('member-row').filter({ hasText: 'kai@lantern-tea.example' });
    await kai.filter({ hasText: 'Kai Tanaka' }).waitFor();
    expect(await page.getByTestId('invitation-row').count()).toBe(0);
    await kai.getByTestId('member-role').click();
    await page.getByRole('option', { name: 'Agent', exact: true }).click();
    await page.getByText('Kai Tanaka is now Agent').waitFor();
    await page.screenshot({ path: artifact('admin-team-members.png'), fullPage: true });

    const { members } = await store.client.ok<{ members: Array<{ email: string; role: string; joinedAt: string }> }>(`query { members { email role joinedAt } }`);
    expect(members.find((m) => m.email === 'kai@lantern-tea.example')).toMatchObject({ role: 'AGENT', joinedAt: expect.any(String) });

    await kai.getByTestId('member-remove').click();
    await page.getByTestId('confirm').click();
    await page.getByText('Kai Tanaka removed').waitFor();
    await kai.waitFor({ state: 'detached' });
    // The other store's team is untouched.
    expect((await other.client.ok<{ members: unknown[] }>(`query { members { id } }`)).members).toHaveLength(1);
  });
});
