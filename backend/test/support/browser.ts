import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

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
