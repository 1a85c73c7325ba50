import { InProcessJobQueue } from './in-process-job-queue';

describe('InProcessJobQueue', () => {
  let queue: InProcessJobQueue;

  beforeEach(() => {
    queue = new InProcessJobQueue();
  });
  afterEach(() => queue.close());

  it('retries a failing job until it succeeds, with the payload intact', async () => {
    const attempts: number[] = [];
    queue.register<{ tenantId: string; n: number }>('flaky', async (payload, attempt) => {
      attempts.push(attempt);
      expect(payload).toEqual({ tenantId: 't1', n: 7 });
      if (attempt < 2) throw new Error('provider down');
    });
    await queue.enqueue('flaky', { tenantId: 't1', n: 7 });
    await queue.drain();
    expect(attempts).toEqual([1, 2]);
  });

  it('runs a job enqueued twice with the same id once', async () => {
    let runs = 0;
    queue.register('once', async () => {
      runs++;
    });
    await queue.enqueue('once', { tenantId: 't1' }, { jobId: 'message-1' });
    await queue.enqueue('once', { tenantId: 't1' }, { jobId: 'message-1' });
    await queue.drain();
    expect(runs).toBe(1);
  });

  it('gives up after the configured attempts', async () => {
    let runs = 0;
    queue.register('doomed', async () => {
      runs++;
      throw new Error('always');
    });
    await queue.enqueue('doomed', { tenantId: 't1' }, { attempts: 2 });
    await queue.drain();
    expect(runs).toBe(2);
  });

  it('respects the concurrency of a processor', async () => {
    let running = 0;
    let peak = 0;
    queue.register(
      'slow',
      async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
      },
      2,
    );
    await Promise.all(Array.from({ length: 6 }, () => queue.enqueue('slow', { tenantId: 't1' })));
    await queue.drain();
    expect(peak).toBe(2);
  });
});
