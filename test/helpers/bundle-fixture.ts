/**
 * Bundles a TypeScript program a test runs as a child process (Node 20 cannot run TypeScript). The
 * bundle is written under node_modules so that its external packages (ink, react) resolve from the
 * project.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const outdir = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'briefing-test');

/** Bundles `entry` into `<name>.mjs` and resolves with the bundle's path. */
export async function bundleFixture(entry: string): Promise<string> {
  const outfile = join(outdir, `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
