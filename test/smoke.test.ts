import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('the built CLI runs', () => {
  expect(execFileSync('node', ['bin/briefing.js'], { encoding: 'utf8' })).toContain('briefing');
});
