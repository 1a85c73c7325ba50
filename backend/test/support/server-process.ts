import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** The real server as a separate process, started from source, as `npm start` would run it. */
export class ServerProcess {
  private child?: ChildProcess;
  output = '';

  constructor(private readonly env: Record<string, string>) {}

  /** Starts it and resolves once it printed its banner (or rejects with its output). */
  start(timeoutMs = 90_000): Promise<void> {
    // Only what the test sets: a DATABASE_URL or REDIS_URL of the surrounding shell must not leak in.
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...inherited } = process.env;
    const env = { ...inherited, ...this.env, TS_NODE_PROJECT: join(ROOT, 'backend/tsconfig.json') };
    this.output = '';
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'backend/src/main.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${this.output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('Shopdesk is running')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** Resolves with the exit code once the process ends. */
  exited(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  kill(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }
}
