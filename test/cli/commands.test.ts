import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { runCli, tempFiles } from './run-cli.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');
const readme = join(import.meta.dirname, '../../README.md');
const SGR = /\u001b\[[0-9;]*m/;

describe('--print', () => {
  test('prints every panel of the bundled briefing, wrapped to --width', () => {
    const result = runCli([abuDhabi, '--print', '--width', '60']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    for (const heading of ['SECTIONS', 'KEY PLAYERS', 'OPEN ISSUES', 'TIMELINE', 'FIGURES']) {
      expect(out).toContain(heading);
    }
    expect(out).toContain('Escalating Strikes Shadow Diplomacy');
    expect(out).toContain('Rustem Umerov');
    expect(out).toContain('Mentioned in:');
    expect(out).toContain('Zaporizhzhia');
    expect(out).toMatch(/71\b/);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(out).not.toMatch(SGR);
  });

  test('off a terminal, no mode prints instead of starting an interface', () => {
    const result = runCli([abuDhabi]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('KEY PLAYERS');
    expect(result.stdout).not.toContain('\u001b[?1049h');
  });

  test('with no argument, the bundled content', () => {
    expect(runCli(['--print']).stdout).toContain('Abu Dhabi');
  });

  test('any README opens: its headings become sections', () => {
    const result = runCli([readme, '--print']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Writing a briefing');
    const json = JSON.parse(runCli([readme, '--json']).stdout);
    expect(json.sections.map((s: { title: string }) => s.title)).toContain('Usage');
    expect(json.players).toEqual([]);
  });

  test('colour: never by default off a terminal; --color always and FORCE_COLOR add it; NO_COLOR wins over auto', () => {
    expect(runCli([abuDhabi, '--print']).stdout).not.toMatch(SGR);
    expect(runCli([abuDhabi, '--print', '--color', 'always']).stdout).toMatch(SGR);
    expect(runCli([abuDhabi, '--print'], { FORCE_COLOR: '1' }).stdout).toMatch(SGR);
    expect(
      runCli([abuDhabi, '--print', '--color', 'auto'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout,
    ).not.toMatch(SGR);
    expect(runCli([abuDhabi, '--print', '--color', 'never'], { FORCE_COLOR: '3' }).stdout).not.toMatch(SGR);
  });
});

describe('--json', () => {
  test('a file gives one object with the model and its derived data', () => {
    const result = runCli([abuDhabi, '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.format).toBe('briefing/1');
    expect(json.id).toBe('abu-dhabi-talks');
    const umerov = json.players.find((p: { id: string }) => p.id === 'rustem-umerov');
    expect(umerov.mentions.length).toBeGreaterThan(0);
    expect(umerov.mentions[0]).toMatchObject({
      section: expect.any(String),
      sentence: expect.stringContaining('Umerov'),
    });
  });

  test('a directory gives a list', () => {
    const json = JSON.parse(runCli([join(import.meta.dirname, '../../content'), '--json']).stdout);
    expect(Array.isArray(json)).toBe(true);
    expect(json.map((b: { id: string }) => b.id)).toContain('abu-dhabi-talks');
  });

  test('is stable: the same input gives the same bytes', () => {
    expect(runCli([abuDhabi, '--json']).stdout).toBe(runCli([abuDhabi, '--json']).stdout);
  });
});

describe('check', () => {
  test('a good file: ok on stdout, exit 0', () => {
    const result = runCli(['check', abuDhabi]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/abu-dhabi-talks\.md: ok \(7 sections, \d+ players, \d+ issues\)/);
    expect(result.stderr).toBe('');
  });

  test('every problem in every file, then a count; exit 1', () => {
    const dir = tempFiles({
      'a.md': '---\nimportance: urgent\nplayrs: []\n---\n## S\n',
      'b.md': '---\ntitle: x\n',
    });
    const result = runCli(['check', join(dir, 'a.md'), join(dir, 'b.md'), abuDhabi]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('a.md:'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('b.md:'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('3 problems in 2 files');
    expect(result.stdout).toContain('abu-dhabi-talks.md: ok');
  });

  test('the count includes the problems past the first 100, which are not listed', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `unknown${i}: v`).join('\n');
    const dir = tempFiles({ 'many.md': `---\n${keys}\n---\n## S\n` });
    const result = runCli(['check', join(dir, 'many.md')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(102);
    expect(lines.at(-2)).toMatch(/150 more problems not shown/);
    expect(lines.at(-1)).toBe('250 problems in 1 file');
  });
});

describe('arguments', () => {
  test('--help lists the commands and options', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const word of ['--print', '--json', '--width', '--color', 'check'])
      expect(result.stdout).toContain(word);
  });

  test('--version prints the package version', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('a bad flag value is a usage error, exit 2', () => {
    const result = runCli([abuDhabi, '--width', 'wide']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--width.*20 to 1000/);
    expect(runCli([abuDhabi, '--color', 'sometimes']).status).toBe(2);
    expect(runCli(['--frobnicate']).status).toBe(2);
  });
});
