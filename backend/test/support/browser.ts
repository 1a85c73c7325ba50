import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

export const ARTIFACTS_DIR = join(__dirname, '..', '..', '..', 'artifacts', 'screenshots');

/** Debian's Chromium, headless, with nothing that phones home. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function artifact(name: string): string {
  return join(ARTIFACTS_DIR, name);
}

/** Opens the chat widget shown on a page; its composer is where the visitor writes. */
export async function openWidget(page: Page): Promise<{ widget: Locator; composer: Locator }> {
  const widget = page.locator('shopdesk-chat');
  await widget.getByRole('button', { name: /chat/i }).first().click();
  return { widget, composer: widget.getByRole('textbox', { name: 'Message' }) };
}

/** Writes a message in the widget and sends it with Enter. */
export async function sendInWidget(composer: Locator, text: string): Promise<void> {
  await composer.fill(text);
  await composer.press('Enter');
}
