// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks, so start-up parses only
// what the first frame needs (Ink alone is ~530 modules unbundled; see docs/architecture.md).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inkOutputCache } from './ink-output-cache.js';
import { inkRowStyles } from './ink-row-styles.js';
import { inkTextWidth } from './ink-text-width.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'source/cli/main.ts');
// Articles are read and derived in a worker thread (source/io/derive-in-worker.ts): its own entry.
const worker = join(root, 'source/io/derive-worker.ts');
const out = join(root, 'dist');

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return latest;
}

/** A hash of everything the bundle is made from: the sources, the lockfile and this script. */
function buildId() {
  const hash = createHash('sha256');
  const add = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) add(path);
      else hash.update(`${path.slice(root.length)}\0`).update(readFileSync(path));
    }
  };
  add(join(root, 'source'));
  for (const file of ['package-lock.json', 'scripts/build.js']) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

export function isStale() {
  const built = join(out, 'main.js');
  if (!existsSync(built)) return true;
  const inputs = Math.max(newest(join(root, 'source')), statSync(join(root, 'package.json')).mtimeMs);
  return inputs > statSync(built).mtimeMs;
}

/**
 * Builds dist/. `readable`: not minified, so a CPU or heap profile names functions and lines
 * (`node scripts/build.js --readable`, for profiling only; docs/performance.md).
 */
export async function bundle({ readable = false } = {}) {
  // Chunk names carry content hashes: without a clean start, every build would leave the last one's behind.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { main: entry, 'derive-worker': worker },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Minified: ~10% off the first frame (less to parse); the source maps give the stacks back
    // (bin/briefing.js turns them on with BRIEFING_DEBUG). They ship in the package, without the
    // sources' text (a stack needs only the file names and lines): 1.3 MB instead of 4.5 MB.
    minify: !readable,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'none',
    // Native or optional add-ons stay outside the bundle and load from node_modules.
    external: ['ssh2', 'cpu-features', 'node-pty'],
    alias: {
      // Ink imports react-devtools-core only when DEV is set; it is not installed.
      'react-devtools-core': join(root, 'scripts/empty-module.js'),
      // marked-terminal imports all of highlight.js and node-emoji at load time (~200 ms) though the
      // renderer never highlights code nor expands emoji shortcodes; see source/render/stubs/.
      'cli-highlight': join(root, 'source/render/stubs/cli-highlight.ts'),
      'node-emoji': join(root, 'source/render/stubs/node-emoji.ts'),
      // The article reader's chunk: turndown's HTML parser and linkedom's CSS parser are never called
      // (see the stubs); ~420 KB less to load when an article opens.
      '@mixmark-io/domino': join(root, 'source/domain/article/stubs/domino.ts'),
      'cssomnom/parse': join(root, 'source/domain/article/stubs/cssomnom-parse.ts'),
    },
    define: {
      'process.env.NODE_ENV': '"production"',
      // Yoga's wasm loader calls fetch() on its embedded data URL when fetch exists, which loads Node's
      // undici at start-up (~100 ms); without it, it decodes the data URL itself. See docs/performance.md.
      fetch: 'undefined',
      // What caches of the program's own results (parsed briefings) are keyed by: any change to the
      // sources or the dependencies is a new build.
      BRIEFING_BUILD: JSON.stringify(buildId()),
      BRIEFING_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version),
    },
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __briefingCreateRequire } from 'node:module'; const require = __briefingCreateRequire(import.meta.url);",
    },
    plugins: [inkOutputCache, inkTextWidth, inkRowStyles],
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  await bundle({ readable: process.argv.includes('--readable') });
}
