/** How often "still typing" is repeated while keys keep coming, and how long a pause ends it. */
export const TYPING_REPEAT_MS = 3_000;
export const TYPING_IDLE_MS = 4_000;

/**
 * Turns keystrokes into few typing signals: one when typing starts, a repeat every few seconds
 * while it goes on (so the other side's indicator does not time out), and one when it stops.
 */
export class TypingThrottle {
  private active = false;
  private lastSent = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly signal: (active: boolean) => void,
    private readonly now: () => number = Date.now,
  ) {}

  keystroke(): void {
    const now = this.now();
    if (!this.active || now - this.lastSent >= TYPING_REPEAT_MS) {
      this.active = true;
      this.lastSent = now;
      this.signal(true);
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(), TYPING_IDLE_MS);
  }

  /** Sent, cleared or left: the indicator goes off at once. */
  stop(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!this.active) return;
    this.active = false;
    this.signal(false);
  }
}
