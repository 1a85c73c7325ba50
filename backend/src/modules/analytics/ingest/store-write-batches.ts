type Work<T> = (batch: T) => Promise<void>;

interface Pending<T> {
  work: Work<T>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for one store's analytics writes: while a store's transaction is in flight, later
 * events wait and then go together in the next one, so a busy chat costs one transaction (and one
 * lock) per batch instead of one per event, and an idle store still writes at once. Events run in
 * the order they came (after `gatherMs`, when set). When a batch fails, its events are retried one by one, so one bad event
 * never takes the others down with it.
 */
export class StoreWriteBatches<T> {
  private readonly queues = new Map<string, Array<Pending<T>>>();

  constructor(
    /** Runs the works in one transaction of the store, handing each the same batch context. */
    private readonly commit: (tenantId: string, works: Array<Work<T>>) => Promise<void>,
    private readonly maxBatch = 200,
    /**
     * How long an idle store's first event waits before its transaction starts, so that the events
     * right behind it (a reply, its turn, its intent) share the transaction.
     */
    private readonly gatherMs = 0,
  ) {}

  run(tenantId: string, work: Work<T>): Promise<void> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(tenantId);
      if (queue) {
        queue.push({ work, resolve, reject });
        return;
      }
      this.queues.set(tenantId, [{ work, resolve, reject }]);
      void this.drain(tenantId);
    });
  }

  private async drain(tenantId: string): Promise<void> {
    if (this.gatherMs > 0) await new Promise((resolve) => setTimeout(resolve, this.gatherMs));
    const queue = this.queues.get(tenantId)!;
    while (queue.length) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        await this.commit(
          tenantId,
          batch.map((pending) => pending.work),
        );
        batch.forEach((p) => p.resolve());
      } catch {
        for (const pending of batch) {
          await this.commit(tenantId, [pending.work]).then(pending.resolve, pending.reject);
        }
      }
    }
    this.queues.delete(tenantId);
  }
}
