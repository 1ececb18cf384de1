/**
 * A few READMEs of the installed dependencies, every section rendered as the reader shows it at 80 and
 * 120 columns, without a terminal: no raw tag, heading mark or link source in any line, every heading a
 * section, every in-document link leading to its heading and placed in the lines. The whole corpus, in
 * a real terminal, is test/e2e/readme-corpus.test.ts (run with BRIEFING_CORPUS=1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDefaults, Lexer, type Tokens } from 'marked';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { createSessionContext } from '../../source/input/session-context.js';
import { loadHtmlParser } from '../../source/render/html-events.js';
import { contentAt } from '../../source/state/content.js';
import { createLibraryContext } from '../../source/state/library.js';
import { initialState } from '../../source/state/session.js';
import { readmeOf, root, screenOracle } from '../helpers/readme-corpus.js';

/** Chosen for what they hold: deep outlines, tables of contents, HTML, badges, tables, long code. */
const PACKAGES = ['ssh2', 'marked', 'ink', 'commander', 'flexsearch', 'expect-type', 'picomatch', 'chalk'];

beforeAll(async () => {
  // As the command does for a library that holds HTML.
  await loadHtmlParser();
});

function load(file: string): Briefing {
  const result = parseBriefing(readFileSync(join(root, file), 'utf8'), { file, id: 'readme' });
  if (!result.ok) throw new Error(`${file}: ${result.problems[0]?.message}`);
  return result.briefing;
}

/** The top-level headings marked finds, and whether the first is a `#` heading (the title). */
function headingsOf(source: string): { count: number; titled: boolean } {
  const headings = new Lexer(getDefaults())
    .lex(source)
    .filter((t): t is Tokens.Heading => t.type === 'heading');
  return { count: headings.length, titled: headings[0]?.depth === 1 };
}

describe.each(PACKAGES)('the README of %s', (pkg) => {
  const file = readmeOf(pkg);
  const source = readFileSync(join(root, file), 'utf8');

  test('every heading is a section (the first # heading, the title, is the opening)', () => {
    const briefing = load(file);
    const { count, titled } = headingsOf(source);
    const headings = briefing.sections.filter((s) => s.depth > 0);
    expect(headings).toHaveLength(titled ? count - 1 : count);
  });

  test.each([80, 120])('at %i columns: nothing raw on any line, every in-document link placed', (width) => {
    const briefing = load(file);
    const ctx = createSessionContext(createLibraryContext([briefing]), {
      theme: { colorLevel: 0, ascii: false, hyperlinks: false },
    });
    const state = initialState(ctx, { viewport: { width, height: 40 } });
    const faultsOf = screenOracle(source);
    const faults: string[] = [];
    let anchors = 0;
    let placed = 0;
    for (const section of briefing.sections) {
      const content = contentAt(
        ctx,
        state,
        { kind: 'section', id: section.id },
        { top: 0, left: 0, width, height: 40 },
      );
      if (content === undefined) throw new Error(`no content for ${section.id}`);
      content.plain.forEach((line, i) => {
        for (const fault of faultsOf(line)) faults.push(`${section.id}:${i}: ${fault}: ${line}`);
      });
      content.document.links.forEach((link, i) => {
        if (link.target.kind !== 'anchor') return;
        anchors += 1;
        if (content.links[i] !== undefined) placed += 1;
      });
    }
    expect(faults).toEqual([]);
    expect(placed).toBe(anchors);
  });
});

test("ssh2's table of contents: every entry leads to its heading", () => {
  const briefing = load(readmeOf('ssh2'));
  const ctx = createSessionContext(createLibraryContext([briefing]), {
    theme: { colorLevel: 0, ascii: false, hyperlinks: false },
  });
  const state = initialState(ctx, { viewport: { width: 80, height: 24 } });
  const content = contentAt(
    ctx,
    state,
    { kind: 'section', id: 'table-of-contents' },
    { top: 0, left: 0, width: 80, height: 24 },
  );
  const targets = content?.document.links.map((link) => link.target) ?? [];
  expect(targets.length).toBeGreaterThanOrEqual(30);
  for (const target of targets) {
    expect(target.kind).toBe('anchor');
    if (target.kind === 'anchor') expect(target.sectionId, target.fragment).toBeDefined();
  }
});
