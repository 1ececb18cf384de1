/**
 * The built program in a pty under 10,000 random keys and 100 resizes, then still answering: the help
 * shows, `q` quits with status 0 and the terminal given back. About 15 s on the 2-core development
 * machine, so it runs with `npm test` rather than in a script of its own.
 */
import { expect, test } from 'vitest';
import { fuzzPty } from './pty-fuzz.js';

test('10,000 random keys and 100 resizes: the reader still answers, then quits cleanly', {
  timeout: 300_000,
}, async () => {
  const result = await fuzzPty(10_000);
  console.log(
    `pty fuzz (seed ${result.seed}): ${result.keys} keys, ${result.resizes} resizes in ${result.seconds.toFixed(1)} s; ` +
      `CPU ${result.cpuMs} ms, peak ${result.mb} MB, ${result.outputBytes} bytes of output`,
  );
  // Measured 201 MB peak; docs/performance.md has ~170 MB after 1,000 keys. A leak per key would pass this.
  expect(result.mb).toBeLessThan(500);
});
