import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { runCli, tempFiles } from './run-cli.js';
import { UNICODE_MARKDOWN } from './unicode-fixture.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');

/** Every code unit at 0x80 or above, with where it is: what an ASCII terminal cannot show. */
function nonAscii(text: string): string[] {
  const found: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (/[^\p{ASCII}]/u.test(line)) found.push(`${index + 1}: ${line}`);
  }
  return found;
}

describe('--ascii: every byte written is below 0x80', () => {
  const dir = tempFiles({
    'über.md': UNICODE_MARKDOWN,
    'bad-ü.md': '---\ntitle: “x”\nplaers: []\n---\n## S\n',
  });
  const unicode = join(dir, 'über.md');

  test.each([
    ['--print of the bundled briefing', [abuDhabi, '--print', '--ascii']],
    ['--print of Unicode-heavy Markdown', [unicode, '--print', '--ascii']],
    ['--print in colour', [unicode, '--print', '--ascii', '--color', 'always']],
    ['a directory, with a problem file on stderr', [dir, '--ascii']],
    ['--json', [unicode, '--json', '--ascii']],
    ['--plain off a terminal', [unicode, '--plain', '--ascii']],
  ])('%s', (_name, args) => {
    const result = runCli(args);
    expect(result.status).toBe(0);
    expect(nonAscii(result.stdout)).toEqual([]);
    expect(nonAscii(result.stderr)).toEqual([]);
  });

  test('typographic marks become their ASCII forms, letters their romanisation', () => {
    const out = runCli([unicode, '--print', '--ascii', '-w', '200']).stdout;
    expect(out).toContain(
      `Text with 'single' and "double" quotes - an em dash, an en dash - and an ellipsis...`,
    );
    expect(out).toContain('Uber "quotes" - dashes... and Kiiv');
    expect(out).toContain("Volodimir Zelens'kiy");
    expect(out).toContain('| Kiiv     | Kyiv - capital |');
    expect(out).toContain('Lodz, ss, 1/2 and EUR5');
    expect(out).toContain('ZhongWen');
  });

  test('the mentions still link: the transliterated name is found in the transliterated text', () => {
    const out = runCli([unicode, '--print', '--ascii', '-w', '200']).stdout;
    expect(out).toMatch(/Mentioned in:\n\s+- Lead: Zelensky and Volodimir Zelens'kiy spoke\./);
  });

  test('-w still holds: the ASCII forms are counted before wrapping', () => {
    for (const width of [20, 33, 80]) {
      const out = runCli([unicode, '--print', '--ascii', '-w', String(width)]).stdout;
      expect(out.split('\n').filter((line) => stringWidth(line) > width)).toEqual([]);
    }
  });

  test('--json keeps the text as written, escaped: the same data as without --ascii', () => {
    const ascii = runCli([unicode, '--json', '--ascii']).stdout;
    expect(ascii).toContain('\\u041a\\u0438\\u0457\\u0432');
    expect(JSON.parse(ascii)).toEqual(JSON.parse(runCli([unicode, '--json']).stdout));
  });

  test('a locale that is not UTF-8 is the same choice as --ascii', () => {
    const env = { LC_ALL: undefined, LC_CTYPE: undefined, LANG: 'C', TERM: 'xterm' };
    const byLocale = runCli([unicode, '--print'], env);
    expect(nonAscii(byLocale.stdout)).toEqual([]);
    expect(byLocale.stdout).toBe(runCli([unicode, '--print', '--ascii'], env).stdout);
  });

  test('check follows the locale: file names and problems in ASCII when it is not UTF-8', () => {
    const env = { LC_ALL: undefined, LC_CTYPE: undefined, LANG: 'C', TERM: 'xterm' };
    const result = runCli(['check', dir], env);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('uber.md: ok');
    expect(result.stderr).toContain('bad-u.md:3:1:');
    expect(nonAscii(result.stdout + result.stderr)).toEqual([]);
  });

  test('without --ascii in a UTF-8 locale, the text is left as written', () => {
    const out = runCli([unicode, '--print'], { LANG: 'C.UTF-8', LC_ALL: undefined, TERM: 'xterm' }).stdout;
    expect(out).toContain('Київ');
    expect(out).toContain('“double”');
  });
});
