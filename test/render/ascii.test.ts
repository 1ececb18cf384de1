import { PassThrough } from 'node:stream';
import anyAscii from 'any-ascii';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { asciiBriefing } from '../../source/domain/ascii.js';
import { parseBriefing } from '../../source/domain/parse.js';
import { displayKey } from '../../source/input/help.js';
import { asciiOnly } from '../../source/render/ascii.js';
import { gateAscii } from '../../source/terminal/ascii-output.js';

describe('asciiOnly: the last step before bytes leave, in ASCII', () => {
  test('each grapheme keeps its width, so a laid-out frame keeps its columns', () => {
    const line = 'a─b│c→d·e中f👍🏽g…h©i\u0301j';
    const ascii = asciiOnly(line, anyAscii);
    expect(ascii).toMatch(/^[\x20-\x7e]*$/);
    expect(stringWidth(ascii)).toBe(stringWidth(line));
    expect(ascii).toBe('a-b|c>d-e??f??g.h?ij');
  });

  test('escape sequences pass unchanged; a hyperlink URL is percent-encoded', () => {
    const frame =
      '\u001b[2J\u001b[1;31mКиїв\u001b[0m \u001b]8;;https://example.org/Київ\u0007link\u001b]8;;\u0007';
    expect(asciiOnly(frame, anyAscii)).toBe(
      '\u001b[2J\u001b[1;31mKiiv\u001b[0m \u001b]8;;https://example.org/%D0%9A%D0%B8%D1%97%D0%B2\u0007link\u001b]8;;\u0007',
    );
  });

  test('ASCII text is returned as it is', () => {
    const text = 'plain \u001b[1mbold\u001b[0m\r\n';
    expect(asciiOnly(text, anyAscii)).toBe(text);
  });
});

describe('gateAscii', () => {
  test('every write to the stream comes out ASCII, bytes split inside a character included', () => {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (chunk: Buffer) => {
      out += chunk.toString('latin1');
    });
    gateAscii(stream, anyAscii);
    stream.write('“quoted” ');
    const bytes = Buffer.from('Київ…', 'utf8');
    stream.write(bytes.subarray(0, 3));
    stream.write(bytes.subarray(3));
    expect(out).toBe('"quoted" Kiiv.');
  });
});

describe('asciiBriefing', () => {
  test('transliterates every text and keeps ids and the file as keys', () => {
    const source = `---
title: Київ talks
players:
  - id: zelensky
    name: Володимир Зеленський
    role: “President”
issues:
  - id: territory
    title: Territory — again
    positions:
      Київ: No concessions…
    players: [zelensky]
timeline:
  - when: 2026-02-01
    what: Talks begin in Абу-Дабі
figures:
  - value: 20 %
    label: occupied · territory
---
## Київ
Володимир Зеленський said “no”.
`;
    const parsed = parseBriefing(source, { file: 'каталог/über.md', id: 'über' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const ascii = asciiBriefing(parsed.briefing, anyAscii);
    const texts = JSON.stringify({
      ...ascii,
      file: '',
      id: '',
      sections: ascii.sections.map((s) => ({ ...s, id: '' })),
    });
    expect(texts).toMatch(/^[\x20-\x7e]*$/);
    expect(ascii.file).toBe('каталог/über.md');
    expect(ascii.id).toBe('über');
    expect(ascii.sections.map((s) => s.id)).toEqual(parsed.briefing.sections.map((s) => s.id));
    expect(ascii.issues[0]?.players).toEqual(['zelensky']);
    expect(ascii.sections[0]?.markdown).toContain(`Volodimir Zelens'kiy said "no".`);
    expect(ascii.issues[0]?.positions).toEqual([{ party: 'Kiiv', position: 'No concessions...' }]);
  });
});

test('the help names the arrow keys in words in ASCII', () => {
  expect(displayKey('meta+left')).toBe('alt-←');
  expect(displayKey('meta+left', true)).toBe('alt-left');
  expect(displayKey('down', true)).toBe('down');
});
