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
import type { LinkTarget } from '../../source/state/composer.js';
import { documentOf } from '../../source/state/content.js';
import { createLibraryContext } from '../../source/state/library.js';
import { keys, type PtyRun, runInPty } from '../helpers/pty.js';
import { installedReadmes, readmeOf, root, screenOracle } from '../helpers/readme-corpus.js';

const chosen = process.env.BRIEFING_CORPUS;
const enabled = chosen !== undefined && chosen !== '';
const files = (): string[] =>
  chosen === '1' || chosen === 'all'
    ? installedReadmes()
    : (chosen ?? '').split(',').map((pkg) => readmeOf(pkg.trim()));

const footer = (screen: string): string => screen.split('\n').at(-1) ?? '';
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The link highlighted in the reader (bold, underlined and inverse; no search runs here): its text, and
 * where it starts, which tells apart two links of the same text.
 */
function highlight(run: PtyRun, rows: number): { at: string; text: string } {
  const found = run.firstRunWith('inverse', 1, rows - 2);
  return found === undefined
    ? { at: '', text: '' }
    : { at: `${found.row}:${found.column}`, text: found.text };
}

interface Tally {
  sections: number;
  pages: number;
  anchors: number;
  followed: number;
  faults: string[];
}

/** Where the section's links lead, by their text. */
type Targets = ReadonlyMap<string, readonly LinkTarget[]>;

async function readAll(file: string, briefing: Briefing, cols: number, rows: number): Promise<Tally> {
  const source = readFileSync(join(root, file), 'utf8');
  const faultsOf = screenOracle(source);
  const entry = createLibraryContext([briefing]).library[0];
  if (entry === undefined) throw new Error('no entry');
  const ids = briefing.sections.map((s) => s.id);
  const total = ids.length;
  const tally: Tally = { sections: 0, pages: 0, anchors: 0, followed: 0, faults: [] };
  const run = runInPty([file, '--no-resume'], { cols, rows, measure: 'string-width' });
  await run.waitForText(`Sections 1/${total}`, 15_000);
  run.write(keys.enter);
  for (let i = 1; i <= total; i++) {
    const position = `Section ${i}/${total}`;
    await run.waitFor((s) => footer(s).includes(position), position, 10_000);
    tally.sections += 1;
    const section = briefing.sections[i - 1];
    if (section !== undefined && section.depth > 0 && !run.screen().includes(section.title.slice(0, 12))) {
      tally.faults.push(`${position}: the title "${section.title}" is not on screen`);
    }
    const targets = new Map<string, LinkTarget[]>();
    for (const link of documentOf(entry, { kind: 'section', id: ids[i - 1] ?? '' })?.links ?? []) {
      targets.set(link.text, [...(targets.get(link.text) ?? []), link.target]);
    }
    const anchors = [...targets]
      .filter(([, to]) => to.some((t) => t.kind === 'anchor'))
      .map(([text]) => text);
    const visited = new Set<string>();
    for (let page = 0; page < 500; page++) {
      tally.pages += 1;
      run
        .screen()
        .split('\n')
        .slice(0, -1)
        .forEach((line, row) => {
          for (const fault of faultsOf(line))
            tally.faults.push(`${position} row ${row}: ${fault}: ${line.trim()}`);
        });
      if (anchors.length > 0) {
        const context = { run, rows, position, ids, tally, visited, page, current: ids[i - 1] ?? '' };
        await followLinks(context, targets);
      }
      if (/· 100%/.test(footer(run.screen()))) break;
      const before = run.screen();
      run.write(' ');
      await run.waitFor((s) => s !== before, `${position}: the next page`, 10_000);
    }
    const missed = anchors.filter((text) => !visited.has(text));
    if (missed.length > 0)
      tally.faults.push(`${position}: in-document links never highlighted: ${missed.join(', ')}`);
    if (i < total) run.write(']');
  }
  run.write('q');
  await run.exited();
  return tally;
}

interface PageContext {
  readonly run: PtyRun;
  readonly rows: number;
  readonly position: string;
  readonly ids: readonly string[];
  readonly tally: Tally;
  readonly visited: Set<string>;
  /** Pages read down from the top of the section to this one (space presses). */
  readonly page: number;
  readonly current: string;
}

/**
 * Highlights each link in view in turn with `.`, until the highlight comes back to the first; follows
 * each in-document one to its heading and comes back with Backspace, the same link highlighted.
 */
async function followLinks(context: PageContext, targets: Targets): Promise<void> {
  const { run, rows, position, tally, visited } = context;
  let first: string | undefined;
  for (let step = 0; step < 300; step++) {
    const before = highlight(run, rows).at;
    run.write('.');
    // With one link in view `.` changes nothing: a highlight that stays put for a while is that.
    const moved = await run
      .waitFor(
        (s) =>
          (highlight(run, rows).at !== '' && highlight(run, rows).at !== before) ||
          s.includes('No names or links'),
        `${position}: a link highlighted`,
        2_500,
      )
      .then(
        () => true,
        () => false,
      );
    const { at, text } = highlight(run, rows);
    if (text === '' || at === first || (!moved && step > 0)) return;
    first ??= at;
    // A link wrapped onto the next row is highlighted on its first row: its text starts the link's.
    const texts = [...targets.keys()].filter((key) => squash(key).startsWith(squash(text)));
    for (const key of texts) visited.add(key);
    const leads = texts.flatMap((key) => targets.get(key) ?? []);
    if (!leads.some((t) => t.kind === 'anchor')) continue;
    tally.anchors += 1;
    await follow(context, leads, text, at);
    tally.followed += 1;
  }
}

async function follow(
  context: PageContext,
  leads: readonly LinkTarget[],
  text: string,
  at: string,
): Promise<void> {
  const { run, rows, position, ids } = context;
  const places = leads.flatMap((t) =>
    t.kind === 'anchor' && t.sectionId !== undefined && t.sectionId !== context.current
      ? [`Section ${ids.indexOf(t.sectionId) + 1}/${ids.length}`]
      : [],
  );
  const self = leads.some((t) => t.kind === 'anchor' && t.sectionId === context.current);
  const before = run.screen();
  run.write(keys.enter);
  // Whatever the highlighted text could be (two links may share it): a heading opened, the top of this
  // section, or a notice (an anchor no heading has, a file not in the library, a web address).
  await run.waitFor(
    (s) =>
      places.some((to) => footer(s).includes(to)) ||
      /No heading here has the anchor|Not in this library|Web link: /.test(footer(s)) ||
      (self && (s !== before || context.page === 0)),
    `${position}: "${text}" followed (${places.join(' or ') || 'a notice'})`,
    10_000,
  );
  const screen = run.screen();
  if (places.some((to) => footer(screen).includes(to))) {
    run.write(keys.backspace);
    await run.waitFor(
      (s) => footer(s).includes(position) && highlight(run, rows).at === at,
      `${position}: back from "${text}", highlighted again`,
      10_000,
    );
  } else if (self && screen !== before) {
    // At the top of the section: page down again to where the links were being read.
    for (let page = 0; page < context.page; page++) {
      const current = run.screen();
      run.write(' ');
      await run.waitFor((s) => s !== current, `${position}: back down to page ${context.page + 1}`, 10_000);
    }
  }
}

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
