// Measures what a store's visitors download: the first load (loader + element, before any click) and the whole widget.
// Prints: bench=widget first_load_gzip_kib=<n.n> total_gzip_kib=<n.n>
import { gzipSync } from 'node:zlib';
import { bundleWidget } from './widget-bundle.mjs';

const { files } = await bundleWidget({ write: false });
const gzipKib = (list) => list.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0) / 1024;
const scripts = files.filter((file) => file.path.endsWith('.js'));
const firstLoad = scripts.filter((file) => file.role === 'loader' || file.role === 'entry' || file.role === 'chunk');

for (const file of firstLoad) {
  if (new TextDecoder().decode(file.contents).includes('sourceMappingURL')) throw new Error(`${file.path} links a sourcemap`);
}
console.log(`bench=widget first_load_gzip_kib=${gzipKib(firstLoad).toFixed(1)} total_gzip_kib=${gzipKib(scripts).toFixed(1)}`);
