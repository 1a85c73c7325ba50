import { describeWhen, testServices } from '@shopdesk/testing';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { DemoSeedService } from '../src/seed/demo-seed.service';
import { artifact, launchChromium, openWidget, sendInWidget } from './support/browser';
import { startTestApp, TestApp } from './support/test-app';

// Booting the server with the demo store and a browser takes a while on a busy machine.
jest.setTimeout(120_000);

/** A store's own website on another origin, embedding the widget from Shopdesk as the install guide says. */
function storeSite(shopdeskUrl: string, publicKey: string): Promise<{ server: Server; url: string }> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outdoor Store</title></head>
<body><h1>Outdoor Store</h1><p>Jackets, boots and bags.</p>
<script src="${shopdeskUrl}/widget/widget.js" data-key="${publicKey}" async></script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describeWhen(testServices.chromiumPath, 'Chromium is not installed')("browser: the widget on a store's own website", () => {
  let t: TestApp;
  let browser: Browser;
  let site: { server: Server; url: string };
  let other: { server: Server; url: string };

  beforeAll(async () => {
    t = await startTestApp({ env: { SERVE_STATIC: 'true' }, distDir: join(__dirname, '..', '..', 'dist') });
    const { publicKey } = await t.app.get(DemoSeedService).ensureDemoStore([]);
    site = await storeSite(t.url, publicKey);
    other = await storeSite(t.url, publicKey);
    // The key allows the store's site only; the other site embeds the same key without leave.
    await t.app.get(DemoSeedService).ensureDemoStore([site.url]);
    browser = await launchChromium(testServices.chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    site?.server.close();
    other?.server.close();
    await t?.close();
  });

  it('chats from another origin: the API answers the browser cross-origin and the assistant replies', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const blocked: string[] = [];
    visitor.on('console', (message) => message.type() === 'error' && blocked.push(message.text()));
    await visitor.goto(`${site.url}/`);
    const { widget, composer } = await openWidget(visitor);
    await sendInWidget(composer, 'Do you have a duffle bag?');
    await widget.locator('.messages .message.bot').filter({ hasText: /Duffle Bag — \$/ }).first().waitFor();
    await visitor.screenshot({ path: artifact('widget-on-store-site.png') });
    expect(blocked.filter((text) => /CORS|Access-Control/i.test(text))).toEqual([]);
  });

  it('refuses a site the key does not allow: the page reads the refusal, the visitor is told the chat is not available here and the site owner why', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const warnings: string[] = [];
    visitor.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const refusal = visitor.waitForResponse((response) => response.url() === `${t.url}/graphql` && response.request().method() === 'POST');
    await visitor.goto(`${other.url}/`);
    const { widget } = await openWidget(visitor);
    const body = (await (await refusal).json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await widget.getByText('The chat is not available on this website.').first().waitFor();
    await expect(widget.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);
    expect(warnings.some((text) => text.includes(`is not enabled for ${other.url}`) && text.includes('Settings → Widget'))).toBe(true);
    await visitor.screenshot({ path: artifact('widget-on-unlisted-site.png') });
  });
});
