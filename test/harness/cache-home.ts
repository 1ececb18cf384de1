/**
 * Vitest's global setup: a cache directory of the run's own (XDG_CACHE_HOME), so neither the tests nor
 * the programs they start read or write the user's real cache (~/.cache/briefing: the parse cache, the
 * article cache). Workers and children inherit the variable; the directory goes when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-test-cache-'));
  process.env.XDG_CACHE_HOME = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
