import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { DEFAULT_JOB_ATTEMPTS, JobHandler, JobOptions, JobPayload, JobQueuePort } from './job-queue.port';

export const BULL_QUEUE_NAME = 'shopdesk';

/** Jobs on Redis through Bull: shared by every backend instance, survives restarts. */
@Injectable()
export class BullJobQueue extends JobQueuePort {
  // Any instance may take a job off the shared queue.
  readonly runsHere = false;
  constructor(@InjectQueue(BULL_QUEUE_NAME) private readonly queue: Queue) {
    super();
  }

  register<P extends JobPayload>(name: string, handler: JobHandler<P>, concurrency = 4): void {
    void this.queue.process(name, concurrency, async (job) => handler(job.data as P, job.attemptsMade + 1));
  }

  async enqueue<P extends JobPayload>(name: string, payload: P, options: JobOptions = {}): Promise<void> {
    await this.queue.add(name, payload, {
      jobId: options.jobId ? `${name}:${options.jobId}` : undefined,
      attempts: options.attempts ?? DEFAULT_JOB_ATTEMPTS,
      delay: options.delayMs,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
  }

  async drain(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts();
      if (counts.waiting + counts.active + counts.delayed === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
