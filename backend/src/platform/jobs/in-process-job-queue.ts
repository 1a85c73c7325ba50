import { Logger } from '@nestjs/common';
import { backoffMs, DEFAULT_JOB_ATTEMPTS, JobHandler, JobOptions, JobPayload, JobQueuePort } from './job-queue.port';

interface Registration {
  handler: JobHandler;
  concurrency: number;
  running: number;
  waiting: Array<() => void>;
}

/** Runs jobs in this process with the same retry semantics as the Bull adapter. For single-instance setups. */
export class InProcessJobQueue extends JobQueuePort {
  readonly runsHere = true;
  private readonly logger = new Logger('Jobs');
  private readonly registrations = new Map<string, Registration>();
  private readonly seenJobIds = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private active = 0;
  private drainWaiters: Array<() => void> = [];
  private closed = false;

  register<P extends JobPayload>(name: string, handler: JobHandler<P>, concurrency = 4): void {
    this.registrations.set(name, { handler: handler as JobHandler, concurrency, running: 0, waiting: [] });
  }

  async enqueue<P extends JobPayload>(name: string, payload: P, options: JobOptions = {}): Promise<void> {
    if (this.closed) throw new Error('Job queue is closed');
    if (options.jobId) {
      const key = `${name}:${options.jobId}`;
      if (this.seenJobIds.has(key)) return;
      this.seenJobIds.add(key);
    }
    const data = JSON.parse(JSON.stringify(payload)) as P;
    this.schedule(name, data, 1, options.attempts ?? DEFAULT_JOB_ATTEMPTS, options.delayMs ?? 0);
  }

  private schedule(name: string, payload: JobPayload, attempt: number, attempts: number, delayMs: number): void {
    this.active++;
    // A job due now starts at once; a zero timer would wait a millisecond or more.
    if (delayMs <= 0) {
      queueMicrotask(() => void this.run(name, payload, attempt, attempts));
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.run(name, payload, attempt, attempts);
    }, delayMs);
    this.timers.add(timer);
  }

  private async run(name: string, payload: JobPayload, attempt: number, attempts: number): Promise<void> {
    const registration = this.registrations.get(name);
    try {
      if (!registration) throw new Error(`No processor registered for job "${name}"`);
      while (registration.running >= registration.concurrency) {
        await new Promise<void>((resolve) => registration.waiting.push(resolve));
      }
      registration.running++;
      try {
        await registration.handler(payload, attempt);
      } finally {
        registration.running--;
        registration.waiting.shift()?.();
      }
    } catch (error) {
      if (attempt < attempts && !this.closed) {
        this.logger.warn({ err: error, job: name, attempt }, 'Job failed, retrying');
        this.schedule(name, payload, attempt + 1, attempts, backoffMs(attempt));
      } else {
        this.logger.error({ err: error, job: name, attempt }, 'Job failed for good');
      }
    } finally {
      this.active--;
      if (this.active === 0) this.drainWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  async drain(): Promise<void> {
    if (this.active === 0) return;
    await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
