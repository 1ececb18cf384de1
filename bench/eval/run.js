// `npm run eval [DIR] [--misses]`: bundles the evaluation (TypeScript) with esbuild and runs it over
// DIR (default bench/eval/articles). A benchmark, not a test: it prints a table and exits 0.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const outfile = join(root, 'node_modules', '.cache', 'briefing-eval', 'eval.mjs');
const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'bench', 'eval', 'articles');

try {
  await build({
    entryPoints: [join(root, 'bench', 'eval', 'main.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { runEval } = await import(pathToFileURL(outfile).href);
  await runEval(dir, args.includes('--misses'));
} catch (error) {
  process.stdout.write(`eval: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
