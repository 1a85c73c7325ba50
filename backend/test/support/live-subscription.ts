import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws subscription that buffers what arrives, so tests can await the next events. */
export class LiveSubscription<T> {
  readonly events: T[] = [];
  readonly errors: unknown[] = [];
  private waiters: Array<() => void> = [];
  private dispose?: () => void;
  private readonly client: Client;
  private started?: Promise<void>;

  constructor(wsUrl: string, token: string | undefined, private readonly query: string, private readonly variables: Record<string, unknown> = {}) {
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
  }

  /** Subscribes and resolves once the server has acknowledged the connection. */
  start(): Promise<void> {
    this.started ??= new Promise<void>((resolve, reject) => {
      const off = this.client.on('connected', () => {
        off();
        // The subscribe message is sent right after the ack; give the server a moment to register it.
        setTimeout(resolve, 50);
      });
      const offClosed = this.client.on('closed', (event) => {
        offClosed();
        reject(new Error(`connection closed: ${(event as { code?: number }).code}`));
      });
      this.dispose = this.client.subscribe<T>(
        { query: this.query, variables: this.variables },
        {
          next: (value) => {
            if (value.errors) this.errors.push(...value.errors);
            if (value.data) this.events.push(value.data as T);
            this.wake();
          },
          error: (error) => {
            this.errors.push(error);
            this.wake();
            reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: () => this.wake(),
        },
      );
    });
    return this.started;
  }

  /** Waits until at least `count` events arrived (or fails after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 15_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length < count) {
      if (this.errors.length) throw new Error(`subscription error: ${JSON.stringify(this.errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${count} events (got ${this.events.length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events.slice(0, count);
  }

  async close(): Promise<void> {
    this.dispose?.();
    await this.client.dispose();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }
}
