/**
 * Markdown written elsewhere, read as a person would: each README of the installed dependencies opened
 * in a real terminal at 80x24 and 120x40 (the built program, CI removed from its environment), every
 * section stepped through with `]` and every page of it read with space: no raw tag, no heading mark,
 * no link source on screen; every in-document link highlighted with `.`, followed with Enter to its
 * heading, and left with Backspace.
 *
 * Hidden by default: it reads some 160 files and takes minutes. Run it with
 *   npm run build && BRIEFING_CORPUS=1 npx vitest run test/e2e/readme-corpus.test.ts
 * or name packages: BRIEFING_CORPUS=ssh2,marked,ink. Files the loader refuses (over a limit) are
 * listed and skipped; a summary line per file says what was checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { loadHtmlParser } from '../../source/render/html-events.js';
import { documentOf } from '../../source/state/content.js';
import { createLibraryContext } from '../../source/state/library.js';
import { keys, type PtyRun, runInPty } from '../helpers/pty.js';
import { installedReadmes, readmeOf, root, screenOracle } from '../helpers/readme-corpus.js';

const chosen = process.env.BRIEFING_CORPUS;
const files = (): string[] =>
  chosen === undefined || chosen === '' || chosen === '1' || chosen === 'all'
    ? installedReadmes()
    : chosen.split(',').map((pkg) => readmeOf(pkg.trim()));

const footer = (screen: string): string => screen.split('\n').at(-1) ?? '';
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The link highlighted in the reader (bold, underlined and inverse; no search runs here): its text, and
 * its text with the row it starts on, which tells apart two links of the same text.
 */
function highlighted(run: PtyRun, rows: number): string {
  return run.runsWith('inverse', 1, rows - 2).join(' ');
}
function highlightedAt(run: PtyRun, rows: number): string {
  for (let row = 1; row < rows - 1; row++) {
    if (run.runsWith('inverse', row, row).length > 0) return `${row}:${highlighted(run, rows)}`;
  }
  return '';
}

interface Tally {
  sections: number;
  pages: number;
  anchors: number;
  followed: number;
  faults: string[];
}

async function readAll(file: string, briefing: Briefing, cols: number, rows: number): Promise<Tally> {
  const source = readFileSync(join(root, file), 'utf8');
  const faultsOf = screenOracle(source);
  const entry = createLibraryContext([briefing]).library[0];
  if (entry === undefined) throw new Error('no entry');
  const ids = briefing.sections.map((s) => s.id);
  const total = ids.length;
  const tally: Tally = { sections: 0, pages: 0, anchors: 0, followed: 0, faults: [] };
  const run = runInPty([file, '--no-resume'], { cols, rows });
  await run.waitForText(`Sections 1/${total}`, 15_000);
  run.write(keys.enter);
  for (let i = 1; i <= total; i++) {
    const position = `Section ${i}/${total}`;
    await run.waitFor((s) => footer(s).includes(position), position, 10_000);
    tally.sections += 1;
    const section = briefing.sections[i - 1];
    const title = (section?.title ?? '').slice(0, 12);
    if (section !== undefined && section.depth > 0 && !run.screen().includes(title)) {
      tally.faults.push(`${position}: the title "${section.title}" is not on screen`);
    }
    const doc = documentOf(entry, { kind: 'section', id: ids[i - 1] ?? '' });
    const anchorTexts = new Map<string, Set<string | undefined>>();
    for (const link of doc?.links ?? []) {
      if (link.target.kind !== 'anchor') continue;
      const targets = anchorTexts.get(link.text) ?? new Set();
      targets.add(link.target.sectionId);
      anchorTexts.set(link.text, targets);
    }
    const visited = new Set<string>();
    for (let page = 0; page < 500; page++) {
      tally.pages += 1;
      const screen = run.screen();
      screen
        .split('\n')
        .slice(0, -1)
        .forEach((line, row) => {
          for (const fault of faultsOf(line))
            tally.faults.push(`${position} row ${row}: ${fault}: ${line.trim()}`);
        });
      if (anchorTexts.size > 0) await followAnchors(run, rows, position, anchorTexts, ids, tally, visited);
      if (/· 100%/.test(footer(run.screen()))) break;
      const before = run.screen();
      run.write(' ');
      await run.waitFor((s) => s !== before, `${position}: the next page`, 10_000);
    }
    const missed = [...anchorTexts.keys()].filter((text) => !visited.has(text));
    if (missed.length > 0)
      tally.faults.push(`${position}: in-document links never highlighted: ${missed.join(', ')}`);
    if (i < total) run.write(']');
  }
  run.write('q');
  await run.exited();
  return tally;
}

/** Highlights each link in view in turn; follows each in-document one to its heading and comes back. */
async function followAnchors(
  run: PtyRun,
  rows: number,
  position: string,
  anchors: ReadonlyMap<string, ReadonlySet<string | undefined>>,
  ids: readonly string[],
  tally: Tally,
  visited: Set<string>,
): Promise<void> {
  const seen = new Set<string>();
  for (let step = 0; step < 200; step++) {
    const before = highlightedAt(run, rows);
    run.write('.');
    // `.` moves the highlight to the next link in view, wrapping: with one link in view nothing changes,
    // so a highlight that stays put for a while is taken for the wrap (the worst a slow frame costs is a
    // link left for the next page, which the coverage check at the end of the section reports).
    const moved = await run
      .waitFor(
        (s) =>
          (highlightedAt(run, rows) !== '' && highlightedAt(run, rows) !== before) ||
          s.includes('No names or links'),
        `${position}: a link highlighted`,
        2_500,
      )
      .then(
        () => true,
        () => false,
      );
    const at = highlightedAt(run, rows);
    const text = highlighted(run, rows);
    if (!moved || text === '' || seen.has(at)) return;
    seen.add(at);
    // A link wrapped onto the next row is highlighted on its first row: its text starts the link's.
    const texts = [...anchors.keys()].filter((key) => squash(key).startsWith(squash(text)));
    for (const key of texts) visited.add(key);
    const targets = new Set(texts.flatMap((key) => [...(anchors.get(key) ?? [])]));
    if (targets.size === 0) continue;
    tally.anchors += 1;
    run.write(keys.enter);
    if (targets.has(undefined) && targets.size === 1) {
      await run.waitFor(
        (s) => s.includes('No heading here has the anchor'),
        `${position}: "${text}" said missing`,
      );
      tally.followed += 1;
      continue;
    }
    const places = [...targets].flatMap((id) =>
      id === undefined ? [] : [`Section ${ids.indexOf(id) + 1}/${ids.length}`],
    );
    await run.waitFor(
      (s) => places.some((to) => footer(s).includes(to)),
      `${position}: "${text}" followed to ${places.join(' or ')}`,
      10_000,
    );
    run.write(keys.backspace);
    await run.waitFor(
      (s) => footer(s).includes(position) && highlightedAt(run, rows) === at,
      `${position}: back from "${text}", highlighted again`,
      10_000,
    );
    tally.followed += 1;
  }
}

const enabled = chosen !== undefined && chosen !== '';

describe('the READMEs of the installed dependencies, in a terminal', () => {
  // Listed as skipped, so a run says the corpus was left out.
  if (!enabled) test.skip('hidden: set BRIEFING_CORPUS=1 (or a list of packages) to run', () => {});
  test.each(enabled ? files() : [])('%s', { timeout: 900_000 }, async (file) => {
    await loadHtmlParser();
    const result = parseBriefing(readFileSync(join(root, file), 'utf8'), { file, id: 'readme' });
    if (!result.ok) {
      console.log(`${file}: refused by the loader (${result.problems[0]?.message}); skipped`);
      return;
    }
    for (const [cols, rows] of [
      [80, 24],
      [120, 40],
    ] as const) {
      const tally = await readAll(file, result.briefing, cols, rows);
      console.log(
        `${file} ${cols}x${rows}: ${tally.sections} sections, ${tally.pages} pages, ` +
          `${tally.followed}/${tally.anchors} in-document links followed, ${tally.faults.length} faults`,
      );
      expect(tally.faults).toEqual([]);
      expect(tally.sections).toBe(result.briefing.sections.length);
      expect(tally.followed).toBe(tally.anchors);
    }
  });
});
