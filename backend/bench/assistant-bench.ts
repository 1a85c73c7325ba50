/**
 * npm run bench:assistant — time to first token of an assistant reply as a visitor gets it: from
 * sending a chat message to the first chunk of the reply on the conversation's subscription (the
 * message sent over the open live connection as the widget does, its write, the reply begun as it
 * arrives, guardrails, understanding, prompt building, the streaming client, the streaming checks
 * and live delivery), against the loopback fake model alone, which holds every first token for a
 * fixed 100 ms. The visitor and the fake model run in a process of their own, as they would
 * elsewhere; the visitor also times the fake model directly (provider_ttft_ms). engine_ttft_ms is
 * the reply engine's part alone (the admin playground's path: no transport, no job, no delivery).
 * All are medians of BENCH_RUNS interleaved runs (60 by default: with 20 the median of a 2-core
 * machine still moves by a millisecond or two from one run of the bench to the next). Prints one
 * line on stdout:
 *   bench=assistant ttft_ms=<n> provider_ttft_ms=<n> engine_ttft_ms=<n>
 */
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChatLimits } from '../src/modules/conversations/chat-limits';
import { EMPTY_STATE } from '../src/modules/assistant/providers/assistant-provider';
import { AssistantEngine } from '../src/modules/assistant/turn/assistant-engine';
import { TenantContext } from '../src/platform/context/tenant-context';
import type { VisitorReport, VisitorRequest } from './assistant-visitor';
import { createBenchStore } from './chat-bench-support';
import { startScratchApp } from './scratch-app';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARM_UP = 3;
const QUESTION = 'Which of your hoodies would you recommend for winter?';

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

/** The visitor process's next report (it also sends one unasked, when its model provider is up). */
function nextReport(visitor: ChildProcess): Promise<VisitorReport> {
  return new Promise<VisitorReport>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the visitor's process ended (${code})`));
    visitor.once('exit', onExit);
    visitor.once('message', (report) => {
      visitor.off('exit', onExit);
      resolve(report as VisitorReport);
    });
  });
}

async function measure(visitor: ChildProcess): Promise<void> {
  const request = (message: VisitorRequest) => {
    const answer = nextReport(visitor);
    visitor.send(message);
    return answer;
  };
  const timed = async (kind: 'ask' | 'provider') => {
    const report = await request({ kind });
    if (report.kind !== 'timed') throw new Error(`the visitor answered ${report.kind}`);
    return report.ms;
  };
  const providerStarted = await nextReport(visitor);
  if (providerStarted.kind !== 'provider') throw new Error('the model provider did not start');
  const app = await startScratchApp({ OPENAI_BASE_URL: providerStarted.url, OPENAI_API_KEY: 'sk-bench', OPENAI_MODEL: 'bench-model', ASSISTANT_VISITOR_MESSAGES_PER_HOUR: '1000000' });
  try {
    // One machine plays every visitor: lift the per-network allowances for the run.
    Object.assign(app.app.get(ChatLimits), { messagesPerVisitorPerMinute: 1e9, messagesPerIpPerMinute: 1e9, newConversationsPerVisitorPerHour: 1e9, newVisitorsPerIpPerHour: 1e9 });
    const store = await createBenchStore(app.url, 'Bench Store');
    const engine = app.app.get(AssistantEngine);
    const tenantId = store.tenantId;
    await request({ kind: 'open', url: app.url, wsUrl: app.url.replace(/^http/, 'ws') + '/graphql', publicKey: store.publicKey, question: QUESTION });
    // Warm-up: connection pools, JIT, first queries.
    for (let i = 0; i < WARM_UP; i++) {
      await timed('ask');
      await engineFirstToken(engine, tenantId);
      await timed('provider');
    }
    const shopdesk: number[] = [];
    const engineOnly: number[] = [];
    const provider: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      provider.push(await timed('provider'));
      shopdesk.push(await timed('ask'));
      engineOnly.push(await engineFirstToken(engine, tenantId));
    }
    const ttft = median(shopdesk);
    const providerTtft = median(provider);
    process.stderr.write(`runs=${RUNS} overhead=${(((ttft - providerTtft) / providerTtft) * 100).toFixed(1)}%\n`);
    process.stdout.write(`bench=assistant ttft_ms=${Math.round(ttft)} provider_ttft_ms=${Math.round(providerTtft)} engine_ttft_ms=${Math.round(median(engineOnly))}\n`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const visitor = fork(join(__dirname, 'assistant-visitor.ts'), [], { execArgv: ['-r', 'ts-node/register'], stdio: 'inherit' });
  try {
    await measure(visitor);
  } finally {
    visitor.disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
