import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli, tempFiles } from './run-cli.js';

test('--print numbers a README by its outline: 2, then 2.1, 2.1.1 for the sections nested in it', () => {
  const dir = tempFiles({
    'readme.md': [
      '# Tool',
      'Intro <b>bold</b>.',
      '## Install',
      'npm i',
      '## API',
      '### Client',
      '#### Client events',
      'Events.',
      '### Server',
      'x',
      '## License',
      'MIT',
    ].join('\n'),
  });
  const result = runCli([join(dir, 'readme.md'), '--print', '--color', 'never']);
  expect(result.status).toBe(0);
  const titles = result.stdout.split('\n').filter((line) => /^\d+(\.\d+)*\.? [A-Z]/.test(line));
  expect(titles).toEqual([
    '1. Lead',
    '2. Install',
    '3. API',
    '3.1 Client',
    '3.1.1 Client events',
    '3.2 Server',
    '4. License',
  ]);
  // The HTML of the opening is read, not printed: the word without its tags.
  expect(result.stdout).toContain('Intro bold.');
  expect(result.stdout).not.toContain('<b>');
});
