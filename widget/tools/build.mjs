// Builds the storefront widget into dist/widget: widget.js (loader), the element's modules and the demo page.
// Usage: node widget/tools/build.mjs [--sourcemap]
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleWidget, outDir, widgetRoot } from './widget-bundle.mjs';

const sourcemap = process.argv.includes('--sourcemap');

await rm(outDir, { recursive: true, force: true });
const { files } = await bundleWidget({ write: true, sourcemap });
await mkdir(path.join(outDir, 'demo'), { recursive: true });
await copyFile(path.join(widgetRoot, 'src/demo/index.html'), path.join(outDir, 'demo/index.html'));

const rows = [];
for (const file of files.filter((f) => f.path.endsWith('.js'))) {
  const bytes = await readFile(file.path);
  rows.push({ file: path.relative(outDir, file.path), role: file.role, bytes: (await stat(file.path)).size, gzip: gzipSync(bytes, { level: 9 }).length });
}
const kib = (n) => (n / 1024).toFixed(1).padStart(6);
for (const row of rows) console.log(`${kib(row.bytes)} KiB ${kib(row.gzip)} KiB gz  ${row.role.padEnd(6)} ${row.file}`);
console.log(`dist/widget built${sourcemap ? ' with sourcemaps' : ''}.`);
