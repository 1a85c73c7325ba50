/**
 * npm run bench:assistant — time to first token of an assistant reply as a visitor gets it: from
 * sending a chat message to the first chunk of the reply on the conversation's subscription
 * (the HTTP mutation, the reply job, guardrails, understanding, prompt building, the streaming
 * client, the streaming checks and live delivery), against the loopback fake model alone, which
 * holds every first token for a fixed 100 ms. engine_ttft_ms is the reply engine's part alone
 * (the admin playground's path: no HTTP, no job, no delivery). All are medians of BENCH_RUNS
 * interleaved runs. Prints one line on stdout:
 *   bench=assistant ttft_ms=<n> provider_ttft_ms=<n> engine_ttft_ms=<n>
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { ChatLimits } from '../src/modules/conversations/chat-limits';
import { EMPTY_STATE } from '../src/modules/assistant/providers/assistant-provider';
import { AssistantEngine } from '../src/modules/assistant/turn/assistant-engine';
import { TenantContext } from '../src/platform/context/tenant-context';
import { FakeOpenAiServer } from '../test/support/fake-openai-server';
import { createBenchStore, gql, SEND, startVisitor, subscribeEvents } from './chat-bench-support';
import { startScratchApp } from './scratch-app';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const FIRST_TOKEN_DELAY_MS = 100;
const QUESTION = 'Which of your hoodies would you recommend for winter?';
const EVENTS = `subscription($id: ID!) { conversationEvents(conversationId: $id) { type delta { text } message { author } } }`;

interface LiveEvent {
  type: string;
  delta: { text: string } | null;
  message: { author: string } | null;
}

async function providerFirstToken(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body: JSON.stringify({ model: 'bench-model', stream: true, messages: [{ role: 'user', content: QUESTION }] }),
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended before any content');
    text += decoder.decode(value, { stream: true });
    if (/"content":"[^"]/.test(text)) {
      const elapsed = performance.now() - started;
      await reader.cancel();
      return elapsed;
    }
  }
}

/** A visitor with an open conversation and its live subscription; `ask` times one message to the first streamed chunk. */
async function openChat(appUrl: string, wsUrl: string, publicKey: string): Promise<{ ask: () => Promise<number>; close: () => Promise<void> }> {
  const token = await startVisitor(appUrl, publicKey);
  const first = await gql<{ sendMessage: { conversationId: string } }>(appUrl, SEND, { input: { text: 'hello' } }, token);
  const conversationId = first.sendMessage.conversationId;
  let waiter: ((event: LiveEvent) => void) | null = null;
  const client = await subscribeEvents<LiveEvent>(wsUrl, token, EVENTS, { id: conversationId }, (event) => waiter?.(event));
  const nextReplyDone = () => new Promise<void>((resolve) => (waiter = (e) => e.message?.author === 'BOT' && resolve()));
  const ask = async (): Promise<number> => {
    let firstChunk: number | null = null;
    const replied = new Promise<void>((resolve) => {
      waiter = (event) => {
        if (event.type === 'MESSAGE_DELTA') firstChunk ??= performance.now() - started;
        if (event.message?.author === 'BOT') resolve();
      };
    });
    const started = performance.now();
    await gql(appUrl, SEND, { input: { conversationId, text: QUESTION } }, token);
    await replied;
    if (firstChunk === null) throw new Error('the reply was not streamed');
    return firstChunk;
  };
  // The greeting's reply may still be on its way.
  await Promise.race([nextReplyDone(), new Promise((r) => setTimeout(r, 2000))]);
  return { ask, close: () => client.dispose() as Promise<void> };
}

async function engineFirstToken(engine: AssistantEngine, tenantId: string): Promise<number> {
  const started = performance.now();
  let first: number | null = null;
  await engine.run({
    toolCtx: TenantContext.anonymous({ tenantId }),
    conversationId: null,
    visitorId: null,
    text: QUESTION,
    locale: 'en',
    storeName: 'Bench Store',
    history: [],
    state: EMPTY_STATE,
    dryRun: true,
    onDelta: () => {
      first ??= performance.now() - started;
    },
  });
  if (first === null) throw new Error('the assistant streamed nothing');
  return first;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const fake = new FakeOpenAiServer();
  fake.fallback = () => ({ kind: 'text', text: 'Our warmest hoodie is a great pick for winter.', firstTokenDelayMs: FIRST_TOKEN_DELAY_MS });
  const url = await fake.start();
  const app = await startScratchApp({ OPENAI_BASE_URL: url, OPENAI_API_KEY: 'sk-bench', OPENAI_MODEL: 'bench-model' });
  // One machine plays every visitor: lift the per-network allowances for the run.
  Object.assign(app.app.get(ChatLimits), { messagesPerVisitorPerMinute: 1e9, messagesPerIpPerMinute: 1e9, newConversationsPerVisitorPerHour: 1e9, newVisitorsPerIpPerHour: 1e9 });
  const wsUrl = app.url.replace(/^http/, 'ws') + '/graphql';
  try {
    const store = await createBenchStore(app.url, 'Bench Store');
    const engine = app.app.get(AssistantEngine);
    const tenantId = store.tenantId;
    const chat = await openChat(app.url, wsUrl, store.publicKey);
    try {
      // Warm-up: connection pools, JIT, first queries.
      for (let i = 0; i < WARM_UP; i++) {
        await chat.ask();
        await engineFirstToken(engine, tenantId);
        await providerFirstToken(url);
      }
      const shopdesk: number[] = [];
      const engineOnly: number[] = [];
      const provider: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        provider.push(await providerFirstToken(url));
        shopdesk.push(await chat.ask());
        engineOnly.push(await engineFirstToken(engine, tenantId));
      }
      const ttft = median(shopdesk);
      const providerTtft = median(provider);
      process.stderr.write(`runs=${RUNS} overhead=${(((ttft - providerTtft) / providerTtft) * 100).toFixed(1)}%\n`);
      process.stdout.write(`bench=assistant ttft_ms=${Math.round(ttft)} provider_ttft_ms=${Math.round(providerTtft)} engine_ttft_ms=${Math.round(median(engineOnly))}\n`);
    } finally {
      await chat.close();
    }
  } finally {
    await app.close();
    await fake.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
