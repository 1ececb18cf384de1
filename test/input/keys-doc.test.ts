import { expect, test } from 'vitest';
import { helpSections } from '../../source/input/help.js';

/**
 * docs/keys.md is generated from the keymap, as the help overlay is, so the two cannot drift:
 * `npx vitest run test/input/keys-doc.test.ts -u` rewrites it after a keymap change.
 */
test('docs/keys.md lists every binding of the keymap', async () => {
  const lines = [
    '# Keys',
    '',
    'Generated from the keymap (`source/input/keymap.ts`), like the help overlay that `?` opens.',
    '',
  ];
  for (const section of helpSections()) {
    lines.push(`## ${section.title}`, '', '| keys | what they do |', '| --- | --- |');
    for (const row of section.rows) {
      const keys = row.keys
        .split(' ')
        .map((key) => `\`${key.replace(/\|/g, '\\|')}\``)
        .join(' ');
      lines.push(`| ${keys} | ${row.help} |`);
    }
    lines.push('');
  }
  await expect(lines.join('\n')).toMatchFileSnapshot('../../docs/keys.md');
});
