/**
 * npm run bench:assistant — time to first token of an assistant reply through Shopdesk (guardrails,
 * understanding, prompt building, the streaming client) against the loopback fake model alone, which
 * holds every first token for a fixed 100 ms. Both are medians of BENCH_RUNS interleaved runs.
 * Prints one line on stdout:
 *   bench=assistant ttft_ms=<n> provider_ttft_ms=<n>
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { TenantContext } from '../src/platform/context/tenant-context';
import { EMPTY_STATE } from '../src/modules/assistant/providers/assistant-provider';
import { AssistantEngine } from '../src/modules/assistant/turn/assistant-engine';
import { FakeOpenAiServer } from '../test/support/fake-openai-server';
import { startScratchApp } from './scratch-app';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const FIRST_TOKEN_DELAY_MS = 100;
const QUESTION = 'Which of your hoodies would you recommend for winter?';

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

async function shopdeskFirstToken(engine: AssistantEngine, tenantId: string): Promise<number> {
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
  try {
    const signUp = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignUpInput!) { signUp(input: $input) { tenant { id } } }',
        variables: { input: { storeName: 'Bench Store', email: `bench${Date.now()}@example.com`, password: 'correct horse battery staple' } },
      }),
    });
    const tenantId = ((await signUp.json()) as { data: { signUp: { tenant: { id: string } } } }).data.signUp.tenant.id;
    const engine = app.app.get(AssistantEngine);
    // Warm-up: connection pools, JIT, first queries.
    for (let i = 0; i < 3; i++) {
      await shopdeskFirstToken(engine, tenantId);
      await providerFirstToken(url);
    }
    const shopdesk: number[] = [];
    const provider: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      provider.push(await providerFirstToken(url));
      shopdesk.push(await shopdeskFirstToken(engine, tenantId));
    }
    const ttft = median(shopdesk);
    const providerTtft = median(provider);
    process.stderr.write(`runs=${RUNS} overhead=${(((ttft - providerTtft) / providerTtft) * 100).toFixed(1)}%\n`);
    process.stdout.write(`bench=assistant ttft_ms=${Math.round(ttft)} provider_ttft_ms=${Math.round(providerTtft)}\n`);
  } finally {
    await app.close();
    await fake.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
