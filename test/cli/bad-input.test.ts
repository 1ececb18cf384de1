import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempFiles, UNSAFE } from './run-cli.js';

/** One problem: exit code, nothing on stdout, exactly one stderr line naming the file and position. */
function expectOneLineError(args: string[], code: number, pattern: RegExp) {
  const result = runCli(args);
  expect(result.stdout).toBe('');
  expect(result.status).toBe(code);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  return lines[0] ?? '';
}

const valid = `---
title: A test
players:
  - id: ada
    name: Ada Lovelace
---
## First
Ada Lovelace wrote notes.
`;

describe('input that cannot be read: exit 3', () => {
  test('a missing file', () => {
    expectOneLineError(['/nonexistent/brief.md', '--print'], 3, /^\/nonexistent\/brief\.md: no such file; /);
  });

  test('a directory with no briefings', () => {
    const dir = tempFiles({ 'notes.txt': 'not markdown' });
    expectOneLineError([dir, '--print'], 3, /no briefings .* in this directory; /);
  });

  test('a binary file names the line of the NUL byte', () => {
    const dir = tempFiles({ 'bin.md': new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x42, 0x00, 0x43]) });
    expectOneLineError([join(dir, 'bin.md'), '--json'], 3, /bin\.md:2:2: binary file \(NUL byte\); /);
  });

  test('invalid UTF-8 names its line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('# Title\n\nok line\nbad '), 0xc3, 0x28, 0x0a]);
    const dir = tempFiles({ 'latin.md': bytes });
    expectOneLineError(
      [join(dir, 'latin.md'), '--print'],
      3,
      /latin\.md:4:5: invalid UTF-8; re-save the file as UTF-8/,
    );
  });

  test('a file over the 5 MiB cap is refused before it is parsed', () => {
    const dir = tempFiles({ 'huge.md': `# Huge\n${'x'.repeat(5 * 1024 * 1024 + 10)}\n` });
    expectOneLineError(
      [join(dir, 'huge.md'), '--print'],
      3,
      /huge\.md: file is 5\.0 MiB, over the 5 MiB limit; split it/,
    );
  });
});

describe('a briefing with problems: exit 1', () => {
  test('an empty file', () => {
    const dir = tempFiles({ 'empty.md': '  \n\n' });
    expectOneLineError([join(dir, 'empty.md'), '--print'], 1, /empty\.md:1:1: file is empty; /);
  });

  test('front matter with no closing ---', () => {
    const dir = tempFiles({ 'open.md': '---\ntitle: x\n## Section\ntext\n' });
    expectOneLineError(
      [join(dir, 'open.md'), '--print'],
      1,
      /open\.md:1:1: .*never closed.*; add a line with ---/,
    );
  });

  test('malformed YAML points into the front matter', () => {
    const dir = tempFiles({ 'yaml.md': '---\ntitle: x\nplayers: [a, b\n---\n## S\n' });
    const result = runCli([join(dir, 'yaml.md'), '--json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/yaml\.md:[34]:\d+: /);
  });

  test('a wrong type names the key, its line and the allowed values', () => {
    const dir = tempFiles({ 'type.md': '---\ntitle: x\nimportance: urgent\n---\n## S\n' });
    expectOneLineError(
      [join(dir, 'type.md'), '--print'],
      1,
      /type\.md:3:13: .*importance.*top.*high.*normal/,
    );
  });

  test('an unknown key suggests the right one', () => {
    const dir = tempFiles({ 'typo.md': '---\ntitle: x\nplayrs: []\n---\n## S\n' });
    expectOneLineError(
      [join(dir, 'typo.md'), '--print'],
      1,
      /typo\.md:3:1: .*"playrs".*did you mean "players"/,
    );
  });

  test('duplicate ids', () => {
    const text = '---\nplayers:\n  - id: a\n    name: A\n  - id: a\n    name: B\n---\n## S\n';
    const dir = tempFiles({ 'dup.md': text });
    expectOneLineError(
      [join(dir, 'dup.md'), '--print'],
      1,
      /dup\.md:5:\d+: player id "a" is already used by the player on line 3; /,
    );
  });

  test('a reference to a section that does not exist', () => {
    const text = '---\ntimeline:\n  - when: January\n    what: talks\n    section: frist\n---\n## First\n';
    const dir = tempFiles({ 'ref.md': text });
    expectOneLineError([join(dir, 'ref.md'), '--print'], 1, /ref\.md:5:\d+: .*"frist".*did you mean "first"/);
  });

  test('a date that does not parse', () => {
    const dir = tempFiles({ 'date.md': '---\ndate: 2026-02-30\n---\n## S\n' });
    expectOneLineError([join(dir, 'date.md'), '--print'], 1, /date\.md:2:7: .*2026-02-30/);
  });
});

describe('unusual but valid input', () => {
  test('a body with no headings is one lead section', () => {
    const dir = tempFiles({ 'plain.md': 'Just a paragraph of text.\n' });
    const result = runCli([join(dir, 'plain.md'), '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.sections).toHaveLength(1);
    expect(json.sections[0]).toMatchObject({
      id: 'lead',
      markdown: expect.stringContaining('Just a paragraph'),
    });
  });

  test('repeated headings get unique ids', () => {
    // A heading first, so the first `# Notes` is not the title (a README's first heading, when it is a
    // `#` one, is its title and not also a section).
    const dir = tempFiles({ 'rep.md': '## Start\n\n# Notes\na\n# Notes\nb\n## Notes\nc\n' });
    const json = JSON.parse(runCli([join(dir, 'rep.md'), '--json']).stdout);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['start', 'notes', 'notes-2', 'notes-3']);
  });

  test('a directory skips a broken file, reports it, and shows the rest', () => {
    const dir = tempFiles({ 'good.md': valid, 'bad.md': '---\ntitle: x\n' });
    const result = runCli([dir, '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/bad\.md:1:1: /);
    expect(JSON.parse(result.stdout).map((b: { id: string }) => b.id)).toEqual(['good']);
  });
});

describe('escape sequences and control characters in content', () => {
  const hostile = [
    '---',
    'title: "Evil \\e]0;pwned\\a title"',
    'players:',
    '  - id: eve',
    '    name: "Eve\\u202e Mallory"',
    '    role: "\\e[2J\\e[Hclears"',
    '---',
    '## Heading \u001b[31mred\u001b[0m',
    'Eve Mallory says \u001b]52;c;Y2xpcA==\u0007 hello \u009b31m and \u009d0;t\u009c bye \u001bP1$q\u001b\\ end.',
    '',
  ].join('\n');

  test.each([['--print'], ['--json'], ['--print', '--color', 'always']])(
    'never reach the output: %s',
    (...args) => {
      const dir = tempFiles({ 'evil.md': hostile });
      const result = runCli([join(dir, 'evil.md'), ...args]);
      expect(result.status).toBe(0);
      const visible = args.includes('always')
        ? result.stdout.replace(/\u001b\[[0-9;]*m/g, '')
        : result.stdout;
      expect(visible).not.toMatch(UNSAFE);
      expect(visible).not.toContain('\u001b');
      expect(result.stdout).toContain('says');
      expect(result.stdout).toContain('hello');
      expect(result.stdout).toContain('bye');
    },
  );

  test('check reports that they were removed, and stays clean itself', () => {
    const dir = tempFiles({ 'evil.md': hostile });
    const result = runCli(['check', join(dir, 'evil.md')]);
    expect(result.status).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(UNSAFE);
  });
});
