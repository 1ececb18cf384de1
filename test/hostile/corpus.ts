/**
 * The hostile content corpus: briefings built to take over a reader's terminal or to exhaust the
 * loader, each with what must happen to it. Small cases are also committed under
 * test/fixtures/hostile/ (a test keeps them equal to what this module makes) so they can be tried by
 * hand: `briefing test/fixtures/hostile/osc52.md`. Large ones are made at test time
 * (./corpus-large.ts).
 *
 * Escape cases carry their payload in every field the reader shows: title, dateline, summary,
 * sources, a player's name, alias, role, side and description, an issue's title, summary and
 * positions, timeline and figure texts, a heading, and the body's paragraph, list, quote, code span,
 * code block, link text and URL, image, table cell and inline HTML (./corpus-payload.ts). Payload
 * strings carry the canary PWNED (or its base64, UFdORUQ=), so any of it surviving shows in the output.
 */

import { LARGE_CASES } from './corpus-large.js';
import { everyField, yamlQuote } from './corpus-payload.js';

/** What must happen to a case. */
export type Expectation =
  /** It loads; every output shows `visible` (the text around each sequence, joined) and none of `absent`. */
  | { readonly kind: 'accepted'; readonly visible: readonly string[]; readonly absent: readonly string[] }
  /** It is refused with one problem line matching `problem` (more lines only with `lines`), exit `exitCode`. */
  | { readonly kind: 'refused'; readonly problem: RegExp; readonly exitCode: 1 | 3; readonly lines?: number };

/**
 * What one run of the CLI on a case may cost: CPU time (user + system) and peak resident memory. Set at
 * about three times what was measured on the 2-core development machine under load
 * (docs/reliability-content.md lists the measurements).
 */
export interface Budget {
  readonly cpuMs: number;
  readonly mb: number;
}

/** The budget of a case that names none: a small briefing, or one refused early. */
export const DEFAULT_BUDGET: Budget = { cpuMs: 2_500, mb: 160 };

/** One hostile briefing. */
export interface HostileCase {
  /** File name without `.md`. */
  readonly name: string;
  /** What it tries, for the report. */
  readonly what: string;
  /** Small cases are committed as fixtures; large ones only generated. */
  readonly committed: boolean;
  /** Whether to drive it in the reader too (pty and SSH), beyond print, JSON and check. */
  readonly interactive: boolean;
  readonly expect: Expectation;
  readonly budget?: Budget;
  readonly text: () => string;
}

const CANARIES = ['PWNED', 'UFdORUQ'];

const escapeCase = (name: string, what: string, payload: string, visible = ['beforeafter']): HostileCase => ({
  name,
  what,
  committed: true,
  interactive: true,
  expect: { kind: 'accepted', visible, absent: CANARIES },
  text: () => everyField(payload),
});

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** Every case: the small ones (committed as fixtures too), then the large ones. */
export const CORPUS: readonly HostileCase[] = [
  escapeCase(
    'csi',
    'CSI cursor moves, screen and scrollback clears, colours, mode changes, reports and window ops',
    [
      `${ESC}[2J`,
      `${ESC}[3J`,
      `${ESC}[H`,
      `${ESC}[9999;9999H`,
      `${ESC}[5A`,
      `${ESC}[31;1m`,
      `${ESC}[6n`,
      `${ESC}[?1049l`,
      `${ESC}[?25h`,
      `${ESC}[?1000h`,
      `${ESC}[8;1;1t`,
      `${ESC}[c`,
      `${ESC}[!p`,
      `${ESC}c`,
      `${ESC}7${ESC}8`,
      `${ESC}(0`,
    ].join(''),
  ),
  escapeCase(
    'osc-title',
    'OSC 0 and OSC 2 window titles, BEL- and ST-terminated, and OSC 1 (icon name)',
    `${ESC}]0;PWNED-0${BEL}${ESC}]2;PWNED-2${ST}${ESC}]1;PWNED-1${BEL}`,
  ),
  escapeCase(
    'osc8',
    'OSC 8 hyperlinks with an escape inside the URL, and a raw OSC 8 around text',
    `${ESC}]8;;https://evil.example/${ESC}]0;PWNED${BEL}${BEL}${ESC}]8;;${ST}`,
  ),
  escapeCase(
    'osc52',
    'OSC 52 clipboard writes and a clipboard read request',
    `${ESC}]52;c;UFdORUQ=${BEL}${ESC}]52;p;?${ST}`,
  ),
  escapeCase(
    'dcs-apc',
    'DCS (XTGETTCAP, sixel), APC (kitty graphics), PM and SOS strings',
    `${ESC}P+q50574e4544${ST}${ESC}PqPWNED${ST}${ESC}_Gf=100;PWNED${ST}${ESC}^PWNED${ST}${ESC}XPWNED${ST}`,
  ),
  escapeCase(
    'c1',
    '8-bit C1 controls in UTF-8: CSI (U+009B), OSC (U+009D), DCS, APC, NEL, RI, ST',
    '\u009b2J\u009b31m\u009d0;PWNED\u0007\u0090qPWNED\u009c\u009fPWNED\u009c\u0085\u008d\u009c',
  ),
  {
    name: 'entities',
    what: 'character references for controls and bidi (&#27; &#x9b; &#x202E;) in the body',
    committed: true,
    interactive: true,
    // marked decodes the references; the renderer drops the controls they stand for.
    expect: { kind: 'accepted', visible: [']0;ENTITY'], absent: ['\u202e'] },
    text: () =>
      '---\ntitle: Entities\n---\n## First\n\n&#27;]0;ENTITY&#7; and &#x9b;2J and &#x202E;reversed &#8238;too\n\n## &#27;[2J Heading\n\n[link](https://example.com/&#27;]0;ENTITY&#7;)\n',
  },
  {
    name: 'names',
    what: 'bidi overrides and zero-width characters in players’ names; emoji ZWJ sequences that must survive',
    committed: true,
    interactive: true,
    expect: {
      kind: 'accepted',
      visible: ['Evil Corp', 'Vladimir Putin', '👩‍👩‍👧 Family', 'Hidden', 'می‌خواهم'],
      absent: [],
    },
    text: () => `---
title: Names
players:
  - id: evil
    name: ${yamlQuote('\u202eEvil\u202c Corp')}
  - id: real
    name: Vladimir Putin
  - id: copy
    name: ${yamlQuote('Vla\u200bdimir Pu\u2060tin')}
    aliases: [${yamlQuote('\ufeffPutin')}, ${yamlQuote('\u200b')}]
  - id: family
    name: 👩‍👩‍👧 Family
  - id: hidden
    name: ${yamlQuote('Hid\u{e0041}\u00adden')}
    aliases: [🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scot]
  - id: persian
    name: می‌خواهم
---
## First

Vladimir Putin met Evil Corp, 👩‍👩‍👧 Family, Hidden, 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scot and می‌خواهم.
`,
  },
  {
    name: 'invisible-name',
    what: 'a player whose name is only zero-width and filler characters',
    committed: true,
    interactive: false,
    expect: { kind: 'refused', problem: /"players\[0\]\.name" shows nothing/, exitCode: 1 },
    text: () =>
      `---\ntitle: Invisible\nplayers:\n  - id: ghost\n    name: ${yamlQuote('\u200b\u2060\ufeff\u3164')}\n---\n## First\n\nText.\n`,
  },
  {
    name: 'emoji-cjk',
    what: 'emoji (ZWJ, flags, keycaps, skin tones) and CJK text in every field',
    committed: true,
    interactive: true,
    expect: { kind: 'accepted', visible: ['東京会議', '👩‍👩‍👧'], absent: [] },
    text: () => everyField('東京会議👩‍👩‍👧🇯🇵1️⃣👍🏽한국어', '東京会議 🇯🇵'),
  },
  {
    name: 'alias-bomb',
    what: 'a YAML "billion laughs" alias bomb',
    committed: true,
    interactive: false,
    expect: { kind: 'refused', problem: /front matter expands to too many aliases/, exitCode: 1 },
    text: () =>
      `---\n${['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n')}\n---\n## A\n\nx\n`,
  },
  {
    name: 'huge-numbers',
    what: 'huge, infinite, not-a-number and hexadecimal numbers where numbers are allowed',
    committed: true,
    interactive: true,
    expect: { kind: 'accepted', visible: ['1e999', '123456789012345678901234567890123456789'], absent: [] },
    text: () => `---
title: Huge numbers
date: 9999-12-31
timeline:
  - when: 99999999999999999999999999
    what: A far future
  - when: -1e999
    what: Minus infinity
figures:
  - value: 1e999
    label: Infinity
  - value: 123456789012345678901234567890123456789
    label: Forty digits
  - value: .nan
    label: Not a number
  - value: 0x1FFFFFFFFFFFFFFFFFFFFF
    label: Hexadecimal
  - value: -0
    label: Minus zero
---
## First

Numbers.
`,
  },
  {
    name: 'deep-yaml',
    what: 'YAML flow sequences nested 5,000 deep',
    committed: true,
    interactive: false,
    expect: { kind: 'refused', problem: /front matter is nested too deeply to read/, exitCode: 1 },
    budget: { cpuMs: 3_000, mb: 200 },
    text: () => `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n## A\n\nx\n`,
  },
  ...LARGE_CASES,
];
