// `npm run eval [DIR] [--misses]`: bundles the evaluation (TypeScript) with esbuild and runs it over
// DIR (default bench/eval/articles). A benchmark, not a test: it prints a table and exits 0.
import { join } from 'node:path';
import { importBundled, root } from '../bundle.js';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'bench', 'eval', 'articles');

try {
  const { runEval } = await importBundled('bench/eval/main.ts', 'briefing-eval', 'eval');
  await runEval(dir, args.includes('--misses'));
} catch (error) {
  process.stdout.write(`eval: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
