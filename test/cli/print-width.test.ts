import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { runCli, tempFiles } from './run-cli.js';

const root = join(import.meta.dirname, '../..');
const abuDhabi = join(root, 'content/abu-dhabi-talks.md');
const longWord = 'Supercalifragilisticexpialidocious-and-then-some';

const longTitles = `---
title: A briefing whose title is far longer than any narrow terminal could show on one line
players:
  - id: someone
    name: Someone With A Remarkably Long Name Indeed
    role: ${longWord}
issues:
  - id: long
    title: An open issue whose title runs on for many more words than twenty columns hold
    summary: ${longWord} in a summary.
    positions:
      Someone With A Remarkably Long Name Indeed: ${longWord}
---
## A section heading that also runs on for far more than twenty columns
Someone With A Remarkably Long Name Indeed said ${longWord}.

### A subheading inside the section that is long as well
Text.
`;

describe('--print -w N: every line fits N columns', () => {
  const dir = tempFiles({ 'long.md': longTitles });
  const files = [abuDhabi, join(dir, 'long.md'), join(root, 'README.md')];
  test.each([20, 27, 40, 80])('at %i columns, in colour and without', (width) => {
    for (const file of files) {
      for (const color of ['never', 'always']) {
        const result = runCli([file, '--print', '-w', String(width), '--color', color]);
        expect(result.status).toBe(0);
        const wide = result.stdout
          .split('\n')
          .filter((line) => stringWidth(line) > width)
          .map((line) => `${stringWidth(line)}: ${line}`);
        expect(wide, `${file} --color ${color}`).toEqual([]);
      }
    }
  });

  test('a word longer than the width is cut across lines, not left whole', () => {
    const result = runCli([join(dir, 'long.md'), '--print', '-w', '20']);
    const rows = result.stdout.split('\n');
    expect(rows.some((row) => row.includes(longWord))).toBe(false);
    expect(rows.some((row) => row.trim().startsWith(longWord.slice(0, 16)))).toBe(true);
    expect(result.stdout.replace(/\n */g, '')).toContain(longWord);
  });

  test('titles keep their whole text when wrapped', () => {
    const out = runCli([join(dir, 'long.md'), '--print', '-w', '20']).stdout.replace(/\s+/g, ' ');
    expect(out).toContain(
      'A briefing whose title is far longer than any narrow terminal could show on one line',
    );
    expect(out).toContain(
      'An open issue whose title runs on for many more words than twenty columns hold [open]',
    );
    expect(out).toContain('1. A section heading that also runs on for far more than twenty columns');
  });
});
