/**
 * The large corpus cases, made at test time rather than committed: files at and over the size cap,
 * structures nested, repeated or long enough to have exhausted the loader or the renderer before the
 * limits (source/domain/limits.ts), and honest text just under the cap.
 */

import { LIMITS } from '../../source/domain/limits.js';
import type { HostileCase } from './corpus.js';

/** Cases generated at test time, in the order the report lists them. */
export const LARGE_CASES: readonly HostileCase[] = [
  {
    name: 'line-10mb',
    what: 'a 10 MB line with no newline (over the 5 MiB file cap)',
    committed: false,
    interactive: false,
    expect: { kind: 'refused', problem: /file is 10\.0 MiB, over the 5 MiB limit/, exitCode: 3 },
    text: () => `---\ntitle: Big\n---\n## A\n${'a'.repeat(10 * 1024 * 1024)}`,
  },
  {
    name: 'line-under-cap',
    what: 'a line of 5 MiB less 1 KiB with no newline, under the file cap',
    committed: false,
    interactive: false,
    expect: {
      kind: 'refused',
      problem: /this section is 5,241,8\d\d characters, over the limit of 200,000/,
      exitCode: 1,
    },
    budget: { cpuMs: 4_000, mb: 250 },
    text: () => {
      const head = '---\ntitle: Under\n---\n## A\n';
      return head + 'word '.repeat((5 * 1024 * 1024 - 1024 - head.length) / 5);
    },
  },
  {
    name: 'prose-under-cap',
    what: 'honest prose just under the 5 MiB cap: 2,500 sections, 100 players named throughout',
    committed: false,
    interactive: true,
    expect: { kind: 'accepted', visible: ['Section 1'], absent: [] },
    budget: { cpuMs: 12_000, mb: 600 },
    text: () => proseUnderCap(),
  },
  {
    name: 'headings-100k',
    what: '100,000 headings',
    committed: false,
    interactive: false,
    expect: {
      kind: 'refused',
      problem: /the body has 100,000 sections, over the limit of 10,000/,
      exitCode: 1,
    },
    budget: { cpuMs: 4_000, mb: 300 },
    text: () =>
      `---\ntitle: Headings\n---\n${Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}\n`).join('')}`,
  },
  {
    name: 'lists-1000',
    what: 'a list nested 1,000 deep',
    committed: false,
    interactive: false,
    expect: { kind: 'refused', problem: /nested 17 deep here, over the limit of 16/, exitCode: 1 },
    text: () =>
      `---\ntitle: Lists\n---\n## A\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join('')}`,
  },
  {
    name: 'quotes-1000',
    what: 'block quotes nested 1,000 deep on one line',
    committed: true,
    interactive: false,
    expect: { kind: 'refused', problem: /nested 1,000 deep here, over the limit of 16/, exitCode: 1 },
    text: () => `---\ntitle: Quotes\n---\n## A\n${'>'.repeat(1000)} deep\n`,
  },
  {
    name: 'nesting-at-limit',
    what: 'quotes and lists nested exactly 16 deep, 200 times over',
    committed: false,
    interactive: true,
    expect: { kind: 'accepted', visible: ['deep 15'], absent: [] },
    budget: { cpuMs: 6_000, mb: 350 },
    text: () =>
      `---\ntitle: Sixteen\n---\n## A\n${Array.from({ length: 200 }, () => Array.from({ length: 16 }, (_, i) => `${'> '.repeat(Math.min(i, 8))}${'  '.repeat(Math.max(0, i - 8))}- deep ${i}`).join('\n')).join('\n\n')}\n`,
  },
  {
    name: 'unknown-keys',
    what: '50,000 unknown front matter keys (each a problem with a "did you mean"; was: 8 minutes)',
    committed: false,
    interactive: false,
    expect: { kind: 'refused', problem: /unknown key "k0"/, exitCode: 1, lines: LIMITS.problems + 1 },
    budget: { cpuMs: 5_000, mb: 300 },
    text: () => `---\n${Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n## A\n\nx\n`,
  },
  {
    name: 'long-name',
    what: 'a player name of 100,000 characters (was: a stack overflow building the name matcher)',
    committed: false,
    interactive: false,
    expect: {
      kind: 'refused',
      problem: /"players\[0\]\.name" is 100,000 characters, over the limit of 200/,
      exitCode: 1,
    },
    text: () => `---\nplayers:\n  - id: a\n    name: ${'A'.repeat(100_000)}\n---\n## A\n\nx\n`,
  },
  {
    name: 'cjk-paragraph',
    what: 'one paragraph of 150,000 CJK characters (was: 100 s in the grapheme segmenter)',
    committed: false,
    interactive: true,
    expect: { kind: 'accepted', visible: ['東京'], absent: [] },
    budget: { cpuMs: 4_000, mb: 250 },
    text: () => `---\ntitle: CJK\n---\n## A\n\n${'東京会議'.repeat(37_500)}\n`,
  },
  {
    name: 'many-mentions',
    what: '9,000 mentions in one 189,000-character paragraph (was: a quadratic sentence lookup)',
    committed: false,
    interactive: false,
    expect: { kind: 'accepted', visible: ['Alice Smith'], absent: [] },
    budget: { cpuMs: 4_000, mb: 250 },
    text: () =>
      `---\ntitle: Mentions\nplayers:\n  - id: alice\n    name: Alice Smith\n---\n## A\n\n${'Alice Smith met him. '.repeat(9_000)}\n`,
  },
  {
    name: 'links',
    what: '10,000 images and links in one 190,000-character paragraph (was: a quadratic OSC 8 scan)',
    committed: false,
    interactive: true,
    // An image is its alt text alone (`zq`, no `image:` label, no address); the paragraph's length is
    // as it was before the alt text had two letters to be found by (the space before the link went).
    expect: { kind: 'accepted', visible: ['zq'], absent: ['image:'] },
    budget: { cpuMs: 4_000, mb: 250 },
    text: () => `---\ntitle: Links\n---\n## A\n\n${'![zq](https://e.x/b)[x](https://e.x/) '.repeat(5_000)}\n`,
  },
  {
    name: 'heading-emphasis',
    what: 'a heading of 10,000 emphasis markers (was: a stack overflow in marked)',
    committed: false,
    interactive: false,
    expect: {
      kind: 'refused',
      problem: /this heading is 10,001 characters, over the limit of 500/,
      exitCode: 1,
    },
    budget: { cpuMs: 3_000, mb: 200 },
    text: () => `---\ntitle: Stars\n---\n## ${'*'.repeat(5000)}x${'*'.repeat(5000)}\n\ntext\n`,
  },
  {
    name: 'blank-lines',
    what: '3,000,000 blank lines (was: a stack overflow in marked)',
    committed: false,
    interactive: false,
    expect: {
      kind: 'refused',
      problem: /the file has 3,000,00\d lines, over the limit of 200,000/,
      exitCode: 1,
    },
    text: () => `---\ntitle: Blank\n---\n${'\n'.repeat(3_000_000)}## A\nx\n`,
  },
  {
    name: 'empty-items',
    what: '150,000 empty list items (marked lexes them at ~3.5 µs each)',
    committed: false,
    interactive: false,
    expect: { kind: 'refused', problem: /add up to 150,000 levels, over the limit of 100,000/, exitCode: 1 },
    text: () => `---\ntitle: Items\n---\n## A\n${'-\n'.repeat(150_000)}`,
  },
];

/** Deterministic prose just under the 5 MiB cap: sections of paragraphs naming 100 players. */
export function proseUnderCap(): string {
  const cap = 5 * 1024 * 1024 - 4096;
  const names = Array.from({ length: 100 }, (_, i) => `Player${i} Surname${i}`);
  const front = `---\ntitle: Prose under the cap\nplayers:\n${names.map((name, i) => `  - id: p${i}\n    name: ${name}\n    aliases: [Surname${i}]\n`).join('')}---\n`;
  const words =
    'the council met again on tuesday and the talks ran long into the night while officials weighed the numbers'.split(
      ' ',
    );
  const parts = [front];
  let bytes = front.length;
  for (let s = 0; ; s++) {
    let section = `## Section ${s + 1}\n\n`;
    for (let p = 0; p < 8; p++) {
      const sentence = Array.from({ length: 90 }, (_, w) => words[(s * 7 + p * 3 + w) % words.length]).join(
        ' ',
      );
      section += `${names[(s + p) % names.length]} said ${sentence}.\n\n`;
    }
    // ASCII only: characters are bytes.
    if (bytes + section.length > cap) break;
    parts.push(section);
    bytes += section.length;
  }
  return parts.join('');
}
