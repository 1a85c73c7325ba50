#!/usr/bin/env node
// `npm start`: builds whatever is missing or older than its sources (backend, admin, widget),
// then runs the server. `--build-only [project...]` builds and exits (used by the test setup).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROJECTS = {
  backend: { sources: ['backend/src', 'libs/shared/src'], output: 'dist/backend/backend/src/main.js' },
  widget: { sources: ['widget/src'], output: 'dist/widget/widget.js' },
  admin: { sources: ['admin/src'], output: 'dist/admin/browser/index.html' },
};

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function stale(name) {
  const { sources, output } = PROJECTS[name];
  const out = join(ROOT, output);
  if (!existsSync(out)) return true;
  return Math.max(...sources.map((s) => newest(join(ROOT, s)))) > statSync(out).mtimeMs;
}

export function buildStale(names) {
  const todo = names.filter((n) => existsSync(join(ROOT, PROJECTS[n].sources[0])) && stale(n));
  if (!todo.length) return;
  process.stdout.write(`Building ${todo.join(', ')} (first start or changed sources)…\n`);
  const nx = join(ROOT, 'node_modules', '.bin', 'nx');
  const result = spawnSync(nx, ['run-many', '-t', 'build', '-p', todo.join(','), '--skip-nx-cache', '--parallel=2', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
if (args[0] === '--build-only') {
  buildStale(args.length > 1 ? args.slice(1) : Object.keys(PROJECTS));
} else {
  buildStale(Object.keys(PROJECTS));
  const server = spawn(process.execPath, ['--enable-source-maps', join(ROOT, PROJECTS.backend.output)], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
