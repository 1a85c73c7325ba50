import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** What the fake model does for one request. */
export type FakeReply =
  | { kind: 'text'; text: string; chunkSize?: number; firstTokenDelayMs?: number; usage?: { prompt: number; completion: number } }
  | { kind: 'tool_calls'; calls: Array<{ name: string; arguments: Record<string, unknown> | string }>; usage?: { prompt: number; completion: number } }
  | { kind: 'status'; status: number; body?: string }
  /** Sends some text and then ends the stream with no finish reason and no [DONE]. */
  | { kind: 'cut'; text: string }
  /** A `data:` line that is not JSON. */
  | { kind: 'garbled' }
  /** Holds the response without a byte for `delayMs`, then answers `then`. */
  | { kind: 'slow'; delayMs: number; then: FakeReply };

export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: Array<{ role: string; content: string | null; tool_call_id?: string; tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }> }>;
  tools?: Array<{ function: { name: string } }>;
}

export interface RecordedRequest {
  body: ChatRequestBody;
  authorization: string | undefined;
  /** The client closed the connection before the answer was complete. */
  cutShortByClient: boolean;
}

/**
 * An OpenAI-compatible chat-completions server on loopback for tests and the benchmark: SSE
 * `data:` chunks and `[DONE]`, tool calls split across chunks, usage, error statuses, slow, cut and
 * garbled streams. Replies are taken from a script in order, then from `fallback`.
 */
export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: FakeReply[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<import('node:net').Socket>();
  fallback: (body: ChatRequestBody) => FakeReply = () => ({ kind: 'text', text: 'How can I help you today?' });

  /** The base URL to configure (ends in /v1). */
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/v1`;
    return this.url;
  }

  script(...replies: FakeReply[]): void {
    this.queue.push(...replies);
  }

  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
    this.fallback = () => ({ kind: 'text', text: 'How can I help you today?' });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequestBody;
    const recorded: RecordedRequest = { body, authorization: req.headers.authorization, cutShortByClient: false };
    this.requests.push(recorded);
    res.on('close', () => (recorded.cutShortByClient = !res.writableFinished));
    await this.send(res, this.queue.shift() ?? this.fallback(body), body);
  }

  private async send(res: ServerResponse, reply: FakeReply, body: ChatRequestBody): Promise<void> {
    if (reply.kind === 'slow') {
      await sleep(reply.delayMs);
      if (res.destroyed || res.socket?.destroyed) return;
      return this.send(res, reply.then, body);
    }
    if (reply.kind === 'status') {
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body ?? JSON.stringify({ error: { message: 'fake failure' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const id = `chatcmpl-${Date.now()}`;
    const event = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      event({ id, object: 'chat.completion.chunk', model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] });
    if (reply.kind === 'garbled') {
      chunk({ role: 'assistant', content: '' });
      res.write('data: {"choices": [ this is not json\n\n');
      res.end();
      return;
    }
    if (reply.kind === 'cut') {
      chunk({ role: 'assistant', content: '' });
      chunk({ content: reply.text });
      res.end();
      return;
    }
    if (reply.kind === 'text') {
      if (reply.firstTokenDelayMs) await sleep(reply.firstTokenDelayMs);
      if (res.destroyed || res.socket?.destroyed) return;
      chunk({ role: 'assistant', content: '' });
      const size = reply.chunkSize ?? 8;
      for (let i = 0; i < reply.text.length; i += size) chunk({ content: reply.text.slice(i, i + size) });
      chunk({}, 'stop');
    } else {
      chunk({ role: 'assistant', content: null });
      reply.calls.forEach((call, index) => {
        const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
        const half = Math.ceil(args.length / 2);
        chunk({ tool_calls: [{ index, id: `call_${index}_${Date.now()}`, type: 'function', function: { name: call.name, arguments: args.slice(0, half) } }] });
        chunk({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
      });
      chunk({}, 'tool_calls');
    }
    const usage = reply.usage ?? { prompt: 100, completion: 20 };
    event({ id, object: 'chat.completion.chunk', model: body.model, choices: [], usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion } });
    res.write('data: [DONE]\n\n');
    res.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
