#!/usr/bin/env node
// The CLI is bundled into dist/ (see scripts/build.js); this file only hands it the arguments.
// A stack (BRIEFING_DEBUG) names the source files and lines, not the minified bundle's.
if (process.env.BRIEFING_DEBUG) process.setSourceMapsEnabled(true);
let cli;
try {
  cli = await import('../dist/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('briefing: dist/main.js is missing; run `npm run build` (or `npm start`) first\n');
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2));
