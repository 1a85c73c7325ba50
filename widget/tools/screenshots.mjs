// Screenshots of the demo storefront with the widget, for eyeballing layout changes.
// Serves dist/ the way the backend does (/ → demo page, /widget/** → dist/widget/**), with /graphql either
// missing (as without a backend) or answered by a small in-memory stand-in, then drives Chromium.
// Usage: node widget/tools/screenshots.mjs [outDir]   (run the widget build first; default outDir /tmp/shopdesk-widget-shots)
import { mkdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { WebSocketServer } from 'ws';
import { outDir as distDir } from './widget-bundle.mjs';

const shotsDir = path.resolve(process.argv[2] ?? '/tmp/shopdesk-widget-shots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.txt': 'text/plain' };

function startServer({ withApi, sessionDelayMs = 0 }) {
  const messages = [];
  const sockets = new Set();
  const addMessage = (author, text) => {
    const message = {
      id: `m${messages.length + 1}`,
      conversationId: 'c1',
      seq: messages.length + 1,
      author,
      text,
      createdAt: new Date().toISOString(),
    };
    messages.push(message);
    for (const send of sockets) send(message);
    return message;
  };

  let replies = 0;
  const graphql = async (body) => {
    const { query, variables } = JSON.parse(body);
    if (query.includes('startVisitorSession')) {
      await new Promise((resolve) => setTimeout(resolve, sessionDelayMs));
      return {
        startVisitorSession: {
          token: 'visitor-token',
          visitorId: 'v1',
          settings: { storeName: 'Luma', greeting: 'Hi! I can help with sizes, stock and orders.', primaryColor: '#b4532a', position: 'right' },
        },
      };
    }
    if (query.includes('sendMessage')) {
      const stored = addMessage('VISITOR', variables.input.text);
      const reply = replies++
        ? 'Standard delivery to Germany takes 2–3 working days and is free over €80.'
        : 'The Merino Crew Sweater is in stock in M in oat and charcoal. [View it](https://luma.example/merino-crew) — want me to add one to your bag?';
      // The second reply takes long enough for the typing indicator to be photographed.
      setTimeout(() => addMessage('BOT', reply), replies > 1 ? 5000 : 500);
      return { sendMessage: stored };
    }
    if (query.includes('conversation(')) {
      return { conversation: { id: 'c1', status: 'BOT', messages: messages.filter((m) => m.seq > variables.afterSeq) } };
    }
    return null;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/graphql') {
      if (!withApi) return res.writeHead(404).end();
      let body = '';
      for await (const chunk of req) body += chunk;
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ data: await graphql(body) }));
    }
    const file = url.pathname === '/' ? path.join(distDir, 'demo/index.html') : url.pathname.startsWith('/widget/') ? path.join(distDir, url.pathname.slice('/widget/'.length)) : null;
    if (!file || !file.startsWith(distDir)) return res.writeHead(404).end();
    try {
      let content = await readFile(file);
      if (url.pathname === '/') content = content.toString().replace('__SHOPDESK_DEMO_KEY__', 'pk_demo');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(content);
    } catch {
      res.writeHead(404).end();
    }
  });

  if (withApi) {
    // Just enough graphql-transport-ws for one subscription.
    const wss = new WebSocketServer({ server, path: '/graphql' });
    wss.on('connection', (socket) => {
      socket.on('message', (raw) => {
        const message = JSON.parse(raw.toString());
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
        if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
        if (message.type === 'subscribe') {
          const send = (m) =>
            socket.send(JSON.stringify({ type: 'next', id: message.id, payload: { data: { conversationEvents: { type: 'MESSAGE_CREATED', conversation: { id: 'c1', status: 'BOT' }, message: m } } } }));
          sockets.add(send);
          socket.on('close', () => sockets.delete(send));
        }
      });
    });
  }

  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

async function shoot(browser, url, name, { width, height, open = false, converse = false }) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('shopdesk-chat') !== undefined);
  if (open) {
    await page.locator('shopdesk-chat .launcher').click();
    await page.waitForTimeout(700);
  }
  if (converse) {
    await page.locator('shopdesk-chat textarea').fill('Do you have the merino crew sweater in medium?');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1200);
    await page.locator('shopdesk-chat textarea').fill('Great, and how long does shipping take to Berlin?\nI need it by Friday.');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    await page.locator('shopdesk-chat textarea').fill('Thanks!');
  }
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  const focused = await page.evaluate(() => document.querySelector('shopdesk-chat')?.shadowRoot?.activeElement?.tagName ?? null);
  console.log(`${file}  focus=${focused}${problems.length ? `  errors: ${problems.join(' | ')}` : ''}`);
  await page.close();
}

await mkdir(shotsDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const offline = await startServer({ withApi: false });
  await shoot(browser, offline.url, 'closed-1280', { width: 1280, height: 800 });
  await shoot(browser, offline.url, 'no-backend-open-1280', { width: 1280, height: 800, open: true });
  await shoot(browser, offline.url, 'no-backend-open-360', { width: 360, height: 740, open: true });
  offline.server.close();

  for (const [name, viewport] of [['conversation-1280', { width: 1280, height: 800 }], ['conversation-360', { width: 360, height: 740 }]]) {
    const online = await startServer({ withApi: true });
    await shoot(browser, online.url, name, { ...viewport, open: true, converse: true });
    online.server.close();
  }

  const slow = await startServer({ withApi: true, sessionDelayMs: 5000 });
  await shoot(browser, slow.url, 'connecting-360', { width: 360, height: 740, open: true });
  await shoot(browser, slow.url, 'closed-360', { width: 360, height: 740 });
  slow.server.close();
} finally {
  await browser.close();
}
