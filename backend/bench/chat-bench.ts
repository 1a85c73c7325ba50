/**
 * Chat turn benchmark: N visitors, each over its own graphql-ws subscription, write in turn; a turn
 * is the time from sending a message to the bot's reply arriving on the subscription. The same SQL
 * statements a turn runs are then replayed through `pg` alone, with the same concurrency, as the floor.
 *   npm run bench:chat            (BENCH_VISITORS=50 BENCH_TURNS=10 by default)
 * Prints: bench=chat visitors=<n> turns_per_s=<n> p50_ms=<n> p99_ms=<n> floor_turns_per_s=<n> cpu_ms_per_turn=<n>
 * (cpu_ms_per_turn: this process's CPU time per measured turn, server and bench clients together; it
 * varies far less than throughput on a busy machine.)
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { ChatLimits } from '../src/modules/conversations/chat-limits';
import { createBenchStore, gql, inBatches, LiveMessage, percentile, round, SEND, startVisitor, subscribe } from './chat-bench-support';
import { startBenchDeployment } from './chat-bench-app';

const VISITORS = Number(process.env.BENCH_VISITORS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 10);
/** TypeORM's default pool size, so the floor gets the same number of connections as the server. */
const POOL_SIZE = 10;

const EVENTS = `subscription($id: ID!) { conversationEvents(conversationId: $id) { message { id seq author text } } }`;

interface Visitor {
  token: string;
  conversationId: string;
  lastBotSeq: number;
  waiter: { afterSeq: number; resolve: () => void } | null;
}

function onReply(visitor: Visitor, message: LiveMessage): void {
  if (message.author !== 'BOT') return;
  visitor.lastBotSeq = Math.max(visitor.lastBotSeq, message.seq);
  if (visitor.waiter && visitor.lastBotSeq > visitor.waiter.afterSeq) {
    const { resolve } = visitor.waiter;
    visitor.waiter = null;
    resolve();
  }
}

function replyAfter(visitor: Visitor, seq: number): Promise<void> {
  if (visitor.lastBotSeq > seq) return Promise.resolve();
  return new Promise((resolve) => (visitor.waiter = { afterSeq: seq, resolve }));
}

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
    const visitors: Visitor[] = [];
    await inBatches(Array.from({ length: VISITORS }), 10, async () => {
      const token = await startVisitor(scratch.url, store.publicKey);
      const first = await gql<{ sendMessage: { conversationId: string; seq: number } }>(scratch.url, SEND, { input: { text: 'hello' } }, token);
      const visitor: Visitor = { token, conversationId: first.sendMessage.conversationId, lastBotSeq: 0, waiter: null };
      const client = await subscribe(wsUrl, token, EVENTS, { id: visitor.conversationId }, (m) => onReply(visitor, m));
      closers.push(() => client.dispose() as Promise<void>);
      visitors.push(visitor);
    });
    // Let the greetings settle so they are not counted as replies to measured turns.
    await new Promise((r) => setTimeout(r, 500));

    const latencies: number[] = [];
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      visitors.map(async (visitor, v) => {
        for (let turn = 0; turn < TURNS; turn++) {
          const t0 = performance.now();
          const sent = await gql<{ sendMessage: { seq: number } }>(
            scratch.url,
            SEND,
            { input: { conversationId: visitor.conversationId, text: `Do you have a rain jacket in size ${turn % 5 + 36}? (visitor ${v})` } },
            visitor.token,
          );
          await replyAfter(visitor, sent.sendMessage.seq);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    const turnsPerSecond = latencies.length / elapsed;

    const floor = await floorTurnsPerSecond(deployment.databaseUrl, visitors.length, TURNS);
    console.log(
      `bench=chat visitors=${visitors.length} turns_per_s=${round(turnsPerSecond)} p50_ms=${round(percentile(latencies, 50))} p99_ms=${round(percentile(latencies, 99))} floor_turns_per_s=${round(floor)} cpu_ms_per_turn=${round((cpu.user + cpu.system) / 1000 / latencies.length, 2)}`,
    );
  } finally {
    await Promise.all(closers.map((close) => close().catch(() => undefined)));
    await deployment.close();
  }
}

/**
 * The statements of one turn, as the server runs them, without the server: the visitor's token check
 * and message transaction, then the reply job's reads and the bot message transaction.
 */
async function floorTurnsPerSecond(databaseUrl: string, visitors: number, turns: number): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  try {
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM tenants LIMIT 1`);
    const tenantId = rows[0].id;
    const conversations: string[] = [];
    for (let i = 0; i < visitors; i++) {
      const visitorId = randomUUID();
      await pool.query(`INSERT INTO visitors (id, tenant_id, display_name) VALUES ($1, $2, 'Floor visitor')`, [visitorId, tenantId]);
      const c = await pool.query<{ id: string }>(`INSERT INTO conversations (tenant_id, visitor_id) VALUES ($1, $2) RETURNING id`, [tenantId, visitorId]);
      conversations.push(c.rows[0].id);
    }
    const write = async (conversationId: string, author: string, text: string, inReplyTo: string | null, lock: boolean): Promise<string> => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        if (lock) await client.query(`SELECT * FROM conversations c WHERE c.tenant_id = $1 AND c.id = $2 FOR UPDATE`, [tenantId, conversationId]);
        const updated = await client.query<{ last_seq: number }>(
          `UPDATE conversations SET last_seq = last_seq + 1, last_message_at = now(), last_message_preview = $3,
              unread_for_staff = CASE WHEN $4 = 'visitor' THEN unread_for_staff + 1 ELSE unread_for_staff END,
              unread_for_visitor = CASE WHEN $4 = 'visitor' THEN 0 ELSE unread_for_visitor + 1 END, updated_at = now()
            WHERE tenant_id = $1 AND id = $2 AND ($4 <> 'bot' OR status = 'bot') RETURNING last_seq`,
          [tenantId, conversationId, text.slice(0, 140), author],
        );
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO messages (tenant_id, conversation_id, seq, author, author_id, text, in_reply_to) VALUES ($1, $2, $3, $4, NULL, $5, $6)
            RETURNING id, created_at, internal`,
          [tenantId, conversationId, updated.rows[0].last_seq, author, text, inReplyTo],
        );
        await client.query(`SELECT * FROM conversations WHERE tenant_id = $1 AND id = $2`, [tenantId, conversationId]);
        await client.query('COMMIT');
        return inserted.rows[0].id;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    };
    const started = performance.now();
    await Promise.all(
      conversations.map(async (conversationId, v) => {
        for (let turn = 0; turn < turns; turn++) {
          await pool.query(`SELECT 1 FROM tenants WHERE id = $1 AND status = 'active'`, [tenantId]);
          const messageId = await write(conversationId, 'visitor', `Do you have a rain jacket in size ${turn % 5 + 36}? (visitor ${v})`, null, true);
          await pool.query(`SELECT * FROM conversations WHERE tenant_id = $1 AND id = $2`, [tenantId, conversationId]);
          await pool.query(`SELECT * FROM tenants WHERE id = $1`, [tenantId]);
          await write(conversationId, 'bot', 'Here is what I found for you.', messageId, false);
        }
      }),
    );
    return (visitors * turns) / ((performance.now() - started) / 1000);
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
