// Bundles the widget with esbuild; shared by build.mjs (writes dist/widget) and bench-size.mjs (measures in memory).
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const widgetRoot = path.join(workspaceRoot, 'widget');
export const outDir = path.join(workspaceRoot, 'dist/widget');

const LOADER_FILE = 'widget.js';
const sharedLibRoot = path.join(workspaceRoot, 'libs/shared/src');

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** esbuild leaves template literals alone; the css`` blocks of *.styles.ts are a sixth of the element's bytes. */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * @shopdesk/shared only declares enums and constants, but esbuild cannot prove that of its top-level calls
 * (roles.ts), so without this the widget would ship the staff permission tables for one number.
 */
const sharedLibWithoutSideEffects = {
  name: 'shared-lib-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^@shopdesk\/shared$/ }, () => ({ path: path.join(sharedLibRoot, 'index.ts'), sideEffects: false }));
    build.onResolve({ filter: /^\./ }, (args) =>
      args.importer.startsWith(sharedLibRoot) ? { path: `${path.resolve(args.resolveDir, args.path)}.ts`, sideEffects: false } : undefined,
    );
  },
};

const shared = {
  bundle: true,
  minify: true,
  target: 'es2020',
  platform: 'browser',
  tsconfig: path.join(widgetRoot, 'tsconfig.json'),
  absWorkingDir: workspaceRoot,
  // Licence headers go to *.LEGAL.txt next to the code instead of into every visitor's download.
  legalComments: 'external',
  logLevel: 'warning',
  plugins: [minifyLitCss, sharedLibWithoutSideEffects],
};

/**
 * Builds the element (ES modules: entry, lazy transport and locale chunks) and then the classic-script loader,
 * which learns the entry's hashed file name at build time.
 * Returns every output file with its role: `loader`, `entry`, `chunk` (static import of the entry) or `lazy`.
 */
export async function bundleWidget({ write, sourcemap = false }) {
  const app = await esbuild.build({
    ...shared,
    entryPoints: { 'shopdesk-chat': path.join(widgetRoot, 'src/chat/shopdesk-chat.ts') },
    format: 'esm',
    splitting: true,
    outdir: outDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: sourcemap ? 'linked' : false,
    metafile: true,
    write,
  });
  const outputs = Object.entries(app.metafile.outputs).map(([file, meta]) => ({
    path: path.resolve(workspaceRoot, file),
    meta,
  }));
  const entry = outputs.find((output) => output.meta.entryPoint);
  if (!entry) throw new Error('esbuild produced no entry for shopdesk-chat');

  const firstLoad = new Set([entry.path]);
  const pending = [entry];
  while (pending.length) {
    const current = pending.pop();
    for (const imported of current.meta.imports) {
      if (imported.kind !== 'import-statement' || imported.external) continue;
      const importedPath = path.resolve(workspaceRoot, imported.path);
      if (firstLoad.has(importedPath)) continue;
      firstLoad.add(importedPath);
      pending.push(outputs.find((output) => output.path === importedPath));
    }
  }

  const loader = await esbuild.build({
    ...shared,
    entryPoints: [path.join(widgetRoot, 'src/loader/widget-loader.ts')],
    format: 'iife',
    outfile: path.join(outDir, LOADER_FILE),
    define: { SHOPDESK_CHAT_ENTRY: JSON.stringify(path.relative(outDir, entry.path).split(path.sep).join('/')) },
    sourcemap: false,
    write,
  });

  const contents = new Map();
  for (const file of [...(app.outputFiles ?? []), ...(loader.outputFiles ?? [])]) contents.set(file.path, file.contents);
  const role = (filePath) => {
    if (filePath === path.join(outDir, LOADER_FILE)) return 'loader';
    if (filePath === entry.path) return 'entry';
    if (firstLoad.has(filePath)) return 'chunk';
    return filePath.endsWith('.js') ? 'lazy' : 'other';
  };
  const files = [...outputs.map((output) => output.path), path.join(outDir, LOADER_FILE)].map((filePath) => ({
    path: filePath,
    role: role(filePath),
    contents: contents.get(filePath),
  }));
  return { files, entryFile: path.relative(outDir, entry.path) };
}
