import { INestApplication } from '@nestjs/common';
import { EventBus } from '../../src/platform/events/event-bus';
import { JobQueuePort } from '../../src/platform/jobs/job-queue.port';

/** Waits until every event and job so far, and the events and jobs they caused, have been handled. */
export async function settle(app: INestApplication): Promise<void> {
  const jobs = app.get(JobQueuePort);
  const bus = app.get(EventBus);
  for (let i = 0; i < 4; i++) {
    await bus.idle();
    await jobs.drain();
  }
}
