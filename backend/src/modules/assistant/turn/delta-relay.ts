/**
 * Coalesces a model's token-sized chunks into a few messages per second for the visitor's
 * subscription (the first goes out at once), strictly in order. `close` sends what is left and
 * waits, so the stored reply is always published after the last chunk.
 */
export class DeltaRelay {
  private pending = '';
  private started = false;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (text: string) => Promise<void>,
    private readonly intervalMs = 50,
  ) {}

  push(text: string): void {
    this.pending += text;
    // The time to the first words is what a visitor feels; only later chunks wait to be merged.
    if (!this.started) {
      this.started = true;
      this.flush();
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  async close(): Promise<void> {
    this.flush();
    await this.chain;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending) return;
    const text = this.pending;
    this.pending = '';
    // A lost chunk only costs the live preview; the stored reply follows regardless.
    this.chain = this.chain.then(() => this.send(text)).catch(() => undefined);
  }
}
