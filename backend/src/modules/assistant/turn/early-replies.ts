/** Why a reply begun early stops: its message was not stored, no reply job came for it, or it began from an outdated view. */
export class ReplyAbandonedError extends Error {
  constructor(reason = 'The message was not stored for this reply') {
    super(reason);
  }
}

/** A reply begun before its message was stored, waiting for the reply job to take it over. */
interface EarlyReply<R, A> {
  run: Promise<R>;
  adopt: (handover: A) => void;
  abandon: (reason: ReplyAbandonedError) => void;
  expiry: NodeJS.Timeout;
}

/**
 * Replies begun while the visitor's message is still being written, keyed by the message's id.
 * A reply may read and think ahead, but it may neither act nor show anything until its reply job
 * adopts it (the message is then stored): the work receives a gate that opens on adoption and
 * fails on abandonment; it opens with what the job hands over (`A`). A reply nobody adopts in time
 * is abandoned.
 */
export class EarlyReplies<R, A = void> {
  private readonly pending = new Map<string, EarlyReply<R, A>>();

  constructor(
    private readonly maxInFlight: number,
    private readonly adoptWithinMs: number,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** Begins `work` for a message; false (nothing begun) when too many are already waiting. */
  begin(messageId: string, work: (adopted: Promise<A>) => Promise<R>): boolean {
    if (this.pending.size >= this.maxInFlight || this.pending.has(messageId)) return false;
    let adopt: (handover: A) => void = () => undefined;
    let abandon: (reason: ReplyAbandonedError) => void = () => undefined;
    const adopted = new Promise<A>((resolve, reject) => {
      adopt = resolve;
      abandon = reject;
    });
    // Whoever waits on the gate sees the rejection; nobody waiting is not a failure.
    adopted.catch(() => undefined);
    const expiry = setTimeout(() => this.abandon(messageId), this.adoptWithinMs);
    expiry.unref();
    let run: Promise<R>;
    try {
      // At once: the work's first reads then go out ahead of the message's own write.
      run = work(adopted);
    } catch (error) {
      run = Promise.reject(error);
    }
    const reply: EarlyReply<R, A> = { run, adopt, abandon, expiry };
    this.pending.set(messageId, reply);
    // An abandoned reply's result or failure goes nowhere.
    reply.run.catch(() => undefined);
    return true;
  }

  /** The reply begun for a message, from now on free to act and show; undefined if none was begun or it was abandoned. */
  adopt(messageId: string, handover: A): Promise<R> | undefined {
    const reply = this.take(messageId);
    if (!reply) return undefined;
    reply.adopt(handover);
    return reply.run;
  }

  abandon(messageId: string): void {
    this.take(messageId)?.abandon(new ReplyAbandonedError());
  }

  private take(messageId: string): EarlyReply<R, A> | undefined {
    const reply = this.pending.get(messageId);
    if (!reply) return undefined;
    this.pending.delete(messageId);
    clearTimeout(reply.expiry);
    return reply;
  }
}
