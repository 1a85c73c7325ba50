/**
 * Chat turn benchmark: N visitors, each over its own graphql-ws subscription, write in turn; a turn
 * is the time from sending a message to the bot's reply arriving on the subscription. Every SQL
 * statement the server ran for the measured turns (the visitor's message, the reply job, the bot's
 * message, the turn log, analytics) is recorded, the data is put back as it was before the turns, and
 * the recorded statements are run again through `pg` alone, as many at a time as the server's pool
 * allows, each visitor's in order: that is the floor.
 *   npm run bench:chat            (BENCH_VISITORS=50 BENCH_TURNS=10 by default; BENCH_SHOW_STATEMENTS=1
 *                                 lists the recorded statements per turn)
 * Prints: bench=chat visitors=<n> turns_per_s=<n> p50_ms=<n> p99_ms=<n> floor_turns_per_s=<n> cpu_ms_per_turn=<n>
 * (cpu_ms_per_turn: the server's CPU time per measured turn; the visitors run in a process of their
 * own, as browsers would. It varies far less than throughput on a busy machine.)
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ChatLimits } from '../src/modules/conversations/chat-limits';
import { EventBus } from '../src/platform/events/event-bus';
import { createBenchStore, percentile, round } from './chat-bench-support';
import { StartVisitors, VisitorsMessage } from './chat-visitors';
import { startBenchDeployment } from './chat-bench-app';
import { DatabaseSnapshot } from './database-snapshot';
import { RecordedUnit, StatementRecorder } from './statement-recorder';
import { replayUnits } from './statement-replay';

const VISITORS = Number(process.env.BENCH_VISITORS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 10);
/** The server's pool size (DatabaseModule), so the floor gets the same number of connections. */
const POOL_SIZE = 20;
/** Analytics writes trail a reply by a moment; they belong to the turns that caused them. */
const TRAILING_WORK_MS = 1000;

async function main(): Promise<void> {
  const deployment = await startBenchDeployment(1);
  const scratch = deployment.instances[0];
  const wsUrl = scratch.wsUrl;
  // Every visitor comes from 127.0.0.1: lift the per-network allowances for the run.
  Object.assign(scratch.app.get(ChatLimits), {
    messagesPerVisitorPerMinute: 1e9,
    messagesPerIpPerMinute: 1e9,
    newConversationsPerVisitorPerHour: 1e9,
    newVisitorsPerIpPerHour: 1e9,
  });
  const closers: Array<() => Promise<void>> = [];
  try {
    const store = await createBenchStore(scratch.url, 'Chat Bench Store');
    const visitors = fork(join(__dirname, 'chat-visitors.ts'), [], { execArgv: ['-r', 'ts-node/register'], stdio: 'inherit' });
    closers.push(async () => void visitors.disconnect());
    const next = () =>
      new Promise<VisitorsMessage>((resolve, reject) => {
        visitors.once('message', (message) => resolve(message as VisitorsMessage));
        visitors.once('exit', (code) => reject(new Error(`the visitors' process ended (${code})`)));
      });
    const start: StartVisitors = { kind: 'start', url: scratch.url, wsUrl, publicKey: store.publicKey, visitors: VISITORS, turns: TURNS };
    visitors.send(start);
    const ready = await next();
    if (ready.kind !== 'ready') throw new Error('the visitors did not get ready');
    // Let the greetings settle so they are not counted as replies to measured turns.
    await new Promise((r) => setTimeout(r, 500));
    await scratch.app.get(EventBus).idle();
    const pool = new Pool({ connectionString: deployment.databaseUrl, max: POOL_SIZE });
    closers.push(() => pool.end());
    const snapshot = await DatabaseSnapshot.take(pool);
    const recorder = new StatementRecorder();
    recorder.start();

    const cpuBefore = process.cpuUsage();
    visitors.send({ kind: 'go' });
    const done = await next();
    if (done.kind !== 'done') throw new Error('the visitors did not finish');
    const cpu = process.cpuUsage(cpuBefore);
    const latencies = done.latencies.sort((a, b) => a - b);
    const turnsPerSecond = latencies.length / done.seconds;
    await new Promise((r) => setTimeout(r, TRAILING_WORK_MS));
    await scratch.app.get(EventBus).idle();
    recorder.stop();

    await snapshot.restore();
    // A visitor's turns follow one another, on the server as in the replay.
    const conversationIds = new Set(ready.conversationIds);
    const conversationOf = (unit: RecordedUnit): string | null => {
      for (const statement of unit.statements) {
        const id = statement.values.find((value) => typeof value === 'string' && conversationIds.has(value));
        if (id) return id as string;
      }
      return null;
    };
    const replay = await replayUnits(pool, recorder.units, POOL_SIZE, conversationOf);
    await snapshot.drop();
    const floor = latencies.length / replay.seconds;
    process.stderr.write(
      `floor: ${recorder.statementCount} statements in ${recorder.units.length} transactions or single statements (${round(recorder.statementCount / latencies.length)} a turn), ${replay.failedUnits} failed on replay\n`,
    );
    if (process.env.BENCH_SHOW_STATEMENTS) process.stderr.write(statementShapes(recorder, latencies.length));
    console.log(
      `bench=chat visitors=${VISITORS} turns_per_s=${round(turnsPerSecond)} p50_ms=${round(percentile(latencies, 50))} p99_ms=${round(percentile(latencies, 99))} floor_turns_per_s=${round(floor)} cpu_ms_per_turn=${round((cpu.user + cpu.system) / 1000 / latencies.length, 2)}`,
    );
  } finally {
    await Promise.all(closers.map((close) => close().catch(() => undefined)));
    await deployment.close();
  }
}

/** The recorded statements by kind, per turn, most frequent first (BENCH_SHOW_STATEMENTS=1). */
function statementShapes(recorder: StatementRecorder, turns: number): string {
  const counts = new Map<string, number>();
  for (const unit of recorder.units) {
    for (const { text } of unit.statements) {
      const shape = text.replace(/\s+/g, ' ').trim().slice(0, 110);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([shape, count]) => `${(count / turns).toFixed(2).padStart(6)}  ${shape}\n`)
    .join('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
