import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // No test reads or writes the user's real cache (test/harness/cache-home.ts).
    globalSetup: ['test/harness/cache-home.ts'],
    // The JSON report feeds the plain "N passed, N failed" line that .ci/run prints last.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
