/**
 * The visitor and the model provider of bench:assistant, in a process of their own as they would
 * be on other machines, so neither the visitor's HTTP and WebSocket work nor the provider's share
 * the server's event loop. The fake model holds every first token for `firstTokenDelayMs`. The
 * visitor also times the model directly, as a client of its own. Driven by assistant-bench.ts:
 *   child  → { kind: 'provider', url }  (on start)
 *   parent → { kind: 'open', url, wsUrl, publicKey, question }   child → { kind: 'ready' }
 *   parent → { kind: 'ask' } or { kind: 'provider' }            child → { kind: 'timed', ms }
 */
import { performance } from 'node:perf_hooks';
import type { Client } from 'graphql-ws';
import { FakeOpenAiServer } from '../test/support/fake-openai-server';
import { gql, SEND, startVisitor, subscribeEvents } from './chat-bench-support';

const FIRST_TOKEN_DELAY_MS = 100;
const MODEL_REPLY = 'Our warmest hoodie is a great pick for winter.';

export interface OpenVisitor {
  kind: 'open';
  url: string;
  wsUrl: string;
  publicKey: string;
  question: string;
}

export type VisitorRequest = OpenVisitor | { kind: 'ask' } | { kind: 'provider' };
export type VisitorReport = { kind: 'provider'; url: string } | { kind: 'ready' } | { kind: 'timed'; ms: number };

const EVENTS = `subscription($id: ID!) { conversationEvents(conversationId: $id) { type delta { text } message { author } } }`;

interface LiveEvent {
  type: string;
  delta: { text: string } | null;
  message: { author: string } | null;
}

/** The model's own time to first token, asked the same question with a plain streaming request. */
async function providerFirstToken(providerUrl: string, question: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${providerUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body: JSON.stringify({ model: 'bench-model', stream: true, messages: [{ role: 'user', content: question }] }),
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

interface Chat {
  ask(): Promise<number>;
  client: Client;
}

/**
 * A visitor with an open conversation and its live subscription; `ask` times one message to the
 * first streamed chunk. Like the widget, the visitor writes over the open live connection.
 */
async function openChat(open: OpenVisitor): Promise<Chat> {
  const token = await startVisitor(open.url, open.publicKey);
  const first = await gql<{ sendMessage: { conversationId: string } }>(open.url, SEND, { input: { text: 'hello' } }, token);
  const conversationId = first.sendMessage.conversationId;
  let waiter: ((event: LiveEvent) => void) | null = null;
  const client = await subscribeEvents<LiveEvent>(open.wsUrl, token, EVENTS, { id: conversationId }, (event) => waiter?.(event));
  const greeted = new Promise<void>((resolve) => (waiter = (e) => e.message?.author === 'BOT' && resolve()));
  const ask = async (): Promise<number> => {
    let firstChunk: number | null = null;
    const replied = new Promise<void>((resolve) => {
      waiter = (event) => {
        if (event.type === 'MESSAGE_DELTA') firstChunk ??= performance.now() - started;
        if (event.message?.author === 'BOT') resolve();
      };
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: SEND, variables: { input: { conversationId, text: open.question } } },
        { next: (result) => result.errors && reject(new Error(JSON.stringify(result.errors))), error: reject, complete: resolve },
      );
    });
    await replied;
    if (firstChunk === null) throw new Error('the reply was not streamed');
    return firstChunk;
  };
  // The greeting's reply may still be on its way.
  await Promise.race([greeted, new Promise((r) => setTimeout(r, 2000))]);
  return { ask, client };
}

function report(message: VisitorReport): void {
  process.send!(message);
}

function fail(error: unknown): void {
  console.error(error);
  process.exit(1);
}

const provider = new FakeOpenAiServer();
provider.fallback = () => ({ kind: 'text', text: MODEL_REPLY, firstTokenDelayMs: FIRST_TOKEN_DELAY_MS });
let providerUrl = '';
provider.start().then((url) => {
  providerUrl = url;
  report({ kind: 'provider', url });
}, fail);

let chat: Chat | null = null;
let question = '';
process.on('message', (message: VisitorRequest) => {
  if (message.kind === 'open') {
    question = message.question;
    openChat(message)
      .then((opened) => {
        chat = opened;
        report({ kind: 'ready' });
      })
      .catch(fail);
  } else if (message.kind === 'ask' && chat) {
    chat.ask().then((ms) => report({ kind: 'timed', ms }), fail);
  } else if (message.kind === 'provider') {
    providerFirstToken(providerUrl, question).then((ms) => report({ kind: 'timed', ms }), fail);
  }
});
process.on('disconnect', () => {
  void Promise.all([chat?.client.dispose(), provider.close()]).finally(() => process.exit(0));
});
