#!/usr/bin/env node
// The CLI is bundled into dist/ (see scripts/build.js); this file only hands it the arguments.
// A stack (BRIEFING_DEBUG) names the source files and lines, not the minified bundle's.
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

if (process.env.BRIEFING_DEBUG) process.setSourceMapsEnabled(true);
// Node 22.1+ keeps the bundle's compiled code between runs, in the user's cache directory (Node checks
// each entry itself; NODE_DISABLE_COMPILE_CACHE turns it off). Node 20 has no such cache for ES modules.
module.enableCompileCache?.(join(cacheDirectory(), 'compile'));
let cli;
try {
  cli = await import('../dist/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('briefing: dist/main.js is missing; run `npm run build` (or `npm start`) first\n');
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2));

/** briefing's cache directory, as source/io/cache-file.ts finds it (env-paths), without loading it. */
function cacheDirectory() {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'briefing');
  if (process.platform === 'win32')
    return join(process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'briefing', 'Cache');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'briefing');
}
