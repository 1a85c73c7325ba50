/**
 * Live delivery fan-out: 1,000 staff subscribers of one store's conversation feed, on one instance
 * (and, when REDIS_URL or a local Redis answers, split across two instances sharing Redis). A visitor
 * writes; each message's delivery time is measured at every subscriber, from just before the send.
 *   npm run bench:fanout          (BENCH_SUBSCRIBERS=1000 BENCH_MESSAGES=20 by default)
 * Prints: bench=fanout instances=<n> subscribers=<n> messages=<n> deliveries=<n> p50_ms=<n> p99_ms=<n>
 */
import 'reflect-metadata';
import type { Client } from 'graphql-ws';
import Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { ChatLimits } from '../src/modules/conversations/chat-limits';
import { createBenchStore, gql, inBatches, percentile, round, SEND, startVisitor, subscribe } from './chat-bench-support';
import { BenchInstance, startBenchDeployment } from './chat-bench-app';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20);
const FEED = `subscription { tenantConversationEvents { message { id seq author text } } }`;

async function redisUrl(): Promise<string | null> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG' ? url : null;
  } catch {
    return null;
  } finally {
    redis.disconnect();
  }
}

async function run(instances: BenchInstance[]): Promise<void> {
  for (const instance of instances) {
    Object.assign(instance.app.get(ChatLimits), { messagesPerVisitorPerMinute: 1e9, messagesPerIpPerMinute: 1e9 });
  }
  const [first] = instances;
  const store = await createBenchStore(first.url, 'Fanout Bench Store');
  const visitorToken = await startVisitor(first.url, store.publicKey);
  const opened = await gql<{ sendMessage: { conversationId: string } }>(first.url, SEND, { input: { text: 'hello' } }, visitorToken);
  const conversationId = opened.sendMessage.conversationId;

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const clients: Client[] = [];
  await inBatches(Array.from({ length: SUBSCRIBERS }), 50, async (_, i) => {
    const instance = instances[i % instances.length];
    clients.push(
      await subscribe(instance.wsUrl, store.ownerToken, FEED, {}, (message) => {
        const t0 = sentAt.get(message.text);
        if (t0 !== undefined && message.author === 'VISITOR') latencies.push(performance.now() - t0);
      }),
    );
  });
  await new Promise((r) => setTimeout(r, 500));

  for (let m = 0; m < MESSAGES; m++) {
    const text = `fan-out message ${m}`;
    const expected = latencies.length + SUBSCRIBERS;
    sentAt.set(text, performance.now());
    await gql(first.url, SEND, { input: { conversationId, text } }, visitorToken);
    const deadline = Date.now() + 10_000;
    while (latencies.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    // Let the bot's reply pass before the next message, so each send meets an idle server.
    await new Promise((r) => setTimeout(r, 100));
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `bench=fanout instances=${instances.length} subscribers=${clients.length} messages=${MESSAGES} deliveries=${latencies.length}/${MESSAGES * SUBSCRIBERS} p50_ms=${round(percentile(latencies, 50))} p99_ms=${round(percentile(latencies, 99))}`,
  );
  await Promise.all(clients.map((client) => client.dispose()));
}

async function main(): Promise<void> {
  const single = await startBenchDeployment(1);
  try {
    await run(single.instances);
  } finally {
    await single.close();
  }
  const redis = await redisUrl();
  if (!redis) {
    console.log('bench=fanout instances=2 skipped=no_redis');
    return;
  }
  const env = { REDIS_URL: redis, REDIS_PREFIX: `bench${process.pid}` };
  const pair = await startBenchDeployment(2, env);
  try {
    await run(pair.instances);
  } finally {
    await pair.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
