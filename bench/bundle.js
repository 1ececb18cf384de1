// Bundles a TypeScript entry of the benchmark or the evaluation with esbuild (Node 20 cannot strip
// types) and imports it. The bundle is written under node_modules/.cache, so its bare imports
// (node-pty, ssh2, @xterm/headless) resolve from node_modules. Shared by bench/run.js and
// bench/eval/run.js.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Bundles `entry` (relative to the project) to node_modules/.cache/`cache`/`name`.mjs and imports it. */
export async function importBundled(entry, cache, name) {
  const outfile = join(root, 'node_modules', '.cache', cache, `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
