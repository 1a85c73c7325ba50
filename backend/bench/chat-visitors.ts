/**
 * The visitors of bench:chat, in a process of their own like browsers would be, so their HTTP and
 * WebSocket work does not share the server's event loop. Driven by chat-bench.ts over IPC:
 *   parent → { kind: 'start', url, wsUrl, publicKey, visitors, turns }
 *   child  → { kind: 'ready', conversationIds }
 *   parent → { kind: 'go' }
 *   child  → { kind: 'done', latencies, seconds }
 */
import { performance } from 'node:perf_hooks';
import type { Client } from 'graphql-ws';
import { gql, inBatches, LiveMessage, SEND, startVisitor, subscribe } from './chat-bench-support';

export interface StartVisitors {
  kind: 'start';
  url: string;
  wsUrl: string;
  publicKey: string;
  visitors: number;
  turns: number;
}

export type VisitorsMessage = { kind: 'ready'; conversationIds: string[] } | { kind: 'done'; latencies: number[]; seconds: number };

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

function send(message: VisitorsMessage): void {
  process.send!(message);
}

async function open(start: StartVisitors, clients: Client[]): Promise<Visitor[]> {
  const visitors: Visitor[] = [];
  await inBatches(Array.from({ length: start.visitors }), 10, async () => {
    const token = await startVisitor(start.url, start.publicKey);
    const first = await gql<{ sendMessage: { conversationId: string } }>(start.url, SEND, { input: { text: 'hello' } }, token);
    const visitor: Visitor = { token, conversationId: first.sendMessage.conversationId, lastBotSeq: 0, waiter: null };
    clients.push(await subscribe(start.wsUrl, token, EVENTS, { id: visitor.conversationId }, (m) => onReply(visitor, m)));
    visitors.push(visitor);
  });
  return visitors;
}

async function talk(start: StartVisitors, visitors: Visitor[]): Promise<void> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    visitors.map(async (visitor, v) => {
      for (let turn = 0; turn < start.turns; turn++) {
        const t0 = performance.now();
        const sent = await gql<{ sendMessage: { seq: number } }>(
          start.url,
          SEND,
          { input: { conversationId: visitor.conversationId, text: `Do you have a rain jacket in size ${(turn % 5) + 36}? (visitor ${v})` } },
          visitor.token,
        );
        await replyAfter(visitor, sent.sendMessage.seq);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  send({ kind: 'done', latencies, seconds: (performance.now() - started) / 1000 });
}

const clients: Client[] = [];
let visitors: Visitor[] = [];
let start: StartVisitors | null = null;
process.on('message', (message: StartVisitors | { kind: 'go' }) => {
  const fail = (error: unknown) => {
    console.error(error);
    process.exit(1);
  };
  if (message.kind === 'start') {
    start = message;
    open(message, clients)
      .then((opened) => {
        visitors = opened;
        send({ kind: 'ready', conversationIds: opened.map((v) => v.conversationId) });
      })
      .catch(fail);
  } else if (message.kind === 'go' && start) {
    talk(start, visitors).catch(fail);
  }
});
process.on('disconnect', () => {
  void Promise.all(clients.map((c) => c.dispose())).finally(() => process.exit(0));
});
