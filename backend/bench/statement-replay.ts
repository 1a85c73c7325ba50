import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { RecordedUnit } from './statement-recorder';

export interface ReplayResult {
  seconds: number;
  failedUnits: number;
}

/**
 * Runs recorded units, `concurrency` at a time, each on its own pooled connection, with nothing
 * between the statements: the database's share of the recorded work. Units with the same key (say,
 * one conversation's) run one after the other in their recorded order, as they did on the server;
 * the rest run as soon as a connection is free.
 */
export async function replayUnits(pool: Pool, units: readonly RecordedUnit[], concurrency: number, keyOf: (unit: RecordedUnit) => string | null): Promise<ReplayResult> {
  let failedUnits = 0;
  let running = 0;
  const waiting: Array<() => void> = [];
  const withConnection = async (unit: RecordedUnit): Promise<void> => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    const client = await pool.connect();
    try {
      for (const statement of unit.statements) await client.query(statement.text, statement.values);
    } catch {
      failedUnits++;
      await client.query('ROLLBACK').catch(() => undefined);
    } finally {
      client.release();
      running--;
      waiting.shift()?.();
    }
  };
  const started = performance.now();
  const chains = new Map<string, Promise<void>>();
  const done = units.map((unit) => {
    const key = keyOf(unit);
    const previous = (key && chains.get(key)) || Promise.resolve();
    const finished = previous.then(() => withConnection(unit));
    if (key) chains.set(key, finished);
    return finished;
  });
  await Promise.all(done);
  return { seconds: (performance.now() - started) / 1000, failedUnits };
}
