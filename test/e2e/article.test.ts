/**
 * The seed article in a real terminal, with nothing cached: it opens on an overview while its panels
 * are derived, the panels fill in, and a derived player shows the sentence it was read from (following it is tested in
 * test/state/provenance.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { footerOf, runInPty } from '../helpers/pty.js';

const seed = join(import.meta.dirname, '../../../shared/seed/000_8f453393c0e5582e.txt');

describe('an article in a real terminal', () => {
  test('opens at once, fills in its panels, and a player shows the sentence it came from', {
    timeout: 120_000,
  }, async () => {
    const run = runInPty([seed, '--no-resume'], { cols: 80, rows: 24 });
    await run.waitFor((s) => footerOf(s).startsWith('Overview'), 'the overview');
    expect(run.screen()).toContain('Talks began in Abu Dhabi');
    await run.waitFor((s) => s.includes('Derived from the article'), 'the derived panels', 60_000);
    expect(run.screen()).toContain('Who is who');
    run.write('2');
    await run.waitFor((s) => /Rustem Umerov/.test(s) && footerOf(s).startsWith('Players'), 'the players');
    run.write('\r');
    await run.waitFor((s) => footerOf(s).startsWith('Player 1/'), 'the first player');
    run.write('G');
    await run.waitFor((s) => s.includes('The sentence in its section'), 'the way to the sentence');
    expect(run.screen()).toMatch(/Derived from this sentence, in \w+/);
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});
