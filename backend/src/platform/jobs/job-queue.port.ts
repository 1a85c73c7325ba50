/** Plain JSON a job needs; always carries the store it runs for so the processor can rebuild the context. */
export interface JobPayload {
  tenantId: string;
  [key: string]: unknown;
}

export interface JobOptions {
  /** Same id = same job: enqueuing twice runs it once. */
  jobId?: string;
  attempts?: number;
  delayMs?: number;
}

export type JobHandler<P extends JobPayload = JobPayload> = (payload: P, attempt: number) => Promise<void>;

/** One queue port, two adapters: Bull on Redis when REDIS_URL is set, in-process otherwise. */
export abstract class JobQueuePort {
  /** Whether a job enqueued here runs in this process, so work begun here for it can be handed over. */
  abstract readonly runsHere: boolean;
  abstract register<P extends JobPayload>(name: string, handler: JobHandler<P>, concurrency?: number): void;
  abstract enqueue<P extends JobPayload>(name: string, payload: P, options?: JobOptions): Promise<void>;
  /** Resolves when nothing is queued or running on this instance (tests, graceful shutdown). */
  abstract drain(): Promise<void>;
  abstract close(): Promise<void>;

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}

export const DEFAULT_JOB_ATTEMPTS = 5;

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s, ... capped at 30 s. */
export function backoffMs(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** (attempt - 1));
  return Math.round(base / 2 + Math.random() * (base / 2));
}
