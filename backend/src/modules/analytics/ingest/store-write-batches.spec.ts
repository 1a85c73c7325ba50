import { StoreWriteBatches } from './store-write-batches';

type Log = string[];

describe('StoreWriteBatches', () => {
  function batches(commits: Array<{ tenantId: string; size: number }>, failWhen: (works: number) => boolean = () => false, gatherMs = 0) {
    return new StoreWriteBatches<Log>(
      async (tenantId, works) => {
        commits.push({ tenantId, size: works.length });
        await new Promise((r) => setTimeout(r, 5));
        const log: Log = [];
        for (const work of works) await work(log);
        if (failWhen(works.length) || log.includes('bad')) throw new Error('rolled back');
      },
      200,
      gatherMs,
    );
  }

  it('writes an event at once when the store is idle, and groups the events that arrive meanwhile, in order', async () => {
    const commits: Array<{ tenantId: string; size: number }> = [];
    const order: number[] = [];
    const writer = batches(commits);
    await Promise.all([1, 2, 3, 4].map((n) => writer.run('store-a', async () => void order.push(n))));
    expect(commits).toEqual([
      { tenantId: 'store-a', size: 1 },
      { tenantId: 'store-a', size: 3 },
    ]);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('keeps stores apart', async () => {
    const commits: Array<{ tenantId: string; size: number }> = [];
    const writer = batches(commits);
    await Promise.all([writer.run('store-a', async () => undefined), writer.run('store-b', async () => undefined)]);
    expect(commits.map((c) => c.tenantId).sort()).toEqual(['store-a', 'store-b']);
  });

  it('retries a failed batch one event at a time, so only the bad event fails', async () => {
    const commits: Array<{ tenantId: string; size: number }> = [];
    const writer = batches(commits);
    const first = writer.run('store-a', async () => undefined);
    const results = await Promise.allSettled([
      writer.run('store-a', async (log) => void log.push('good')),
      writer.run('store-a', async (log) => void log.push('bad')),
      writer.run('store-a', async (log) => void log.push('fine')),
    ]);
    await first;
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(commits.map((c) => c.size)).toEqual([1, 3, 1, 1, 1]);
  });

  it('with a gathering time, waits before the first write so the events right behind it share its transaction', async () => {
    const commits: Array<{ tenantId: string; size: number }> = [];
    const writer = batches(commits, () => false, 30);
    const first = writer.run('store-a', async () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    const second = writer.run('store-a', async () => undefined);
    expect(commits).toEqual([]);
    await Promise.all([first, second]);
    expect(commits).toEqual([{ tenantId: 'store-a', size: 2 }]);
  });
});
