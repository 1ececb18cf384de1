// `npm run bench`: bundles the benchmark (TypeScript; Node 20 cannot strip types) with esbuild, as
// scripts/build.js does the CLI, and runs it. Run `node scripts/build.js` first (npm run bench does).
// It always exits 0: a benchmark reports, it does not fail a build.
import { importBundled, root } from './bundle.js';

try {
  const { runBench } = await importBundled('bench/main.ts', 'briefing-bench', 'bench');
  // `npm run bench -- --node PATH`: the start-up figures are taken on that node too, in the same run.
  const at = process.argv.indexOf('--node');
  const otherNode = at === -1 ? undefined : process.argv[at + 1];
  await runBench({
    root,
    articleOnly: process.argv.includes('--article'),
    liveOnly: process.argv.includes('--live'),
    // `--sessions=N`: how many SSH sessions (default 100).
    sshSessions: Number(process.argv.find((a) => a.startsWith('--sessions='))?.slice(11)) || undefined,
    ...(otherNode === undefined ? {} : { otherNode }),
  });
} catch (error) {
  process.stdout.write(`bench: could not run: ${error instanceof Error ? error.message : String(error)}\n`);
}
// Children are killed by now; anything left (a stuck socket) must not keep the run from ending.
process.exit(0);
