import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';
import { keyToAction } from '../../source/input/resolve-key.js';
import type { Action } from '../../source/state/actions.js';
import { defaultFolds, foldsOf, OPEN_ROWS, visibleRows } from '../../source/state/folds.js';
import { outlineOf } from '../../source/state/outline.js';
import { listView, pathOfSection } from '../../source/state/selectors.js';
import type { AppState } from '../../source/state/state.js';
import { makeBriefing, session } from './fixture.js';

function parsed(text: string, file: string): Briefing {
  const result = parseBriefing(text, { file, id: file.replace(/\W+/g, '-') });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.briefing;
}

const ssh2 = () => parsed(readFileSync('node_modules/ssh2/README.md', 'utf8'), 'ssh2/README.md');

/** A small README: two top-level nodes with subsections, one of them two deep. */
const SMALL = [
  '# Tool',
  'Intro.',
  '## Install',
  'npm i tool',
  '## API',
  'The API.',
  '### Client',
  'A client.',
  '#### Client events',
  'Events.',
  '#### Client methods',
  'Methods.',
  '### Server',
  'A server.',
  '## License',
  'MIT',
].join('\n\n');

const WIDE = { width: 120, height: 40 };
const NARROW = { width: 80, height: 24 };

function titles(briefing: Briefing, rows: readonly number[]): string[] {
  return rows.map((row) => briefing.sections[row]?.title || 'Opening');
}

/** The titles of the sections list as shown, with their markers. */
function shown(ctx: ReturnType<typeof session>['ctx'], state: AppState): string[] {
  const view = listView(ctx, state);
  return (view?.table.rows ?? []).map((row) => {
    const mark = row.node === 'open' ? '-' : row.node === 'closed' ? '+' : ' ';
    return `${'  '.repeat(row.depth)}${mark} ${row.cells[0]}`;
  });
}

/** The action of a key in the sections list, as the keymap gives it. */
function key(state: AppState, input: string, flags: Record<string, boolean> = {}): Action {
  const action = keyToAction(input, flags, state);
  if (action === undefined) throw new Error(`no action for ${input}`);
  return action;
}

describe('the outline opens as deep as fits', () => {
  test("ssh2's README (50 headings) opens on its top level, the nodes with subsections collapsed", () => {
    const briefing = ssh2();
    expect(briefing.sections).toHaveLength(50);
    const folds = defaultFolds(briefing);
    expect(titles(briefing, visibleRows(briefing, folds))).toEqual([
      'Lead',
      'Table of Contents',
      'Requirements',
      'Installation',
      'Client Examples',
      'Server Examples',
      'Other Examples',
      'API',
    ]);
    // Every node with subsections starts collapsed, so expanding shows one level at a time.
    const withChildren = outlineOf(briefing).filter((node) => node.children.length > 0);
    expect(folds).toHaveLength(withChildren.length);
  });

  test('a small outline opens whole', () => {
    const briefing = parsed(SMALL, 'tool.md');
    expect(defaultFolds(briefing)).toEqual([]);
    expect(visibleRows(briefing, [])).toHaveLength(briefing.sections.length);
  });

  test('the levels shown stop before the one that would pass the limit', () => {
    // 5 top-level sections with 6 subsections each: 35 rows whole, more than the limit.
    const lines: string[] = ['# Big'];
    for (let i = 0; i < 5; i++) {
      lines.push(`## Part ${i}`, 'text');
      for (let j = 0; j < 6; j++) lines.push(`### Part ${i}.${j}`, 'text');
    }
    const briefing = parsed(lines.join('\n\n'), 'big.md');
    expect(briefing.sections.length).toBeGreaterThan(OPEN_ROWS);
    expect(visibleRows(briefing, defaultFolds(briefing))).toHaveLength(5);
  });
});

describe('the sections list as a tree', () => {
  test('j/k move over the rows in view; a collapsed node hides its subsections', () => {
    const briefing = ssh2();
    const { start, play, ctx } = session({ briefings: [briefing], viewport: NARROW });
    const last = play(start, { type: 'edge', to: 'end' });
    expect(briefing.sections[last.selection.sections]?.title).toBe('API');
    expect(listView(ctx, last)?.table.rows).toHaveLength(8);
    const up = play(last, { type: 'move', by: -1 });
    expect(briefing.sections[up.selection.sections]?.title).toBe('Other Examples');
  });

  test('→/l expands a collapsed node, then reads it; ←/h collapses it, then goes up', () => {
    const briefing = ssh2();
    const { start, play, ctx } = session({ briefings: [briefing], viewport: NARROW });
    const api = play(start, { type: 'edge', to: 'end' });
    expect(shown(ctx, api).at(-1)).toBe('+ API');
    const open = play(api, key(api, 'l'));
    expect(open.focus).toBe('nav');
    expect(shown(ctx, open)).toContain('- API');
    expect(shown(ctx, open)).toContain('  + Client');
    expect(shown(ctx, open)).toContain('    Agent-related');
    // Down to Client, expand it, into Client events.
    const client = play(open, { type: 'move', by: 2 }, key(open, '', { rightArrow: true }));
    expect(briefing.sections[client.selection.sections]?.title).toBe('Client');
    expect(shown(ctx, client)).toContain('  - Client');
    expect(shown(ctx, client)).toContain('      Client events');
    const events = play(client, { type: 'move', by: 1 });
    expect(pathOfSection(ctx, events)).toEqual(['API', 'Client', 'Client events']);
    // ← on a leaf goes to its parent; on the expanded parent collapses it; then up to API.
    const parent = play(events, key(events, 'h'));
    expect(briefing.sections[parent.selection.sections]?.title).toBe('Client');
    const collapsed = play(parent, key(parent, '', { leftArrow: true }));
    expect(shown(ctx, collapsed)).toContain('  + Client');
    const up = play(collapsed, key(collapsed, 'h'));
    expect(briefing.sections[up.selection.sections]?.title).toBe('API');
    // → on an expanded node reads it.
    const read = play(up, key(up, 'l'));
    expect(read.focus).toBe('reader');
    expect(read.reader.item).toEqual({ kind: 'section', id: briefing.sections[up.selection.sections]?.id });
  });

  test('← on a top-level leaf of the only briefing says so; Enter still reads a collapsed node', () => {
    const briefing = ssh2();
    const { start, play } = session({ briefings: [briefing], viewport: NARROW });
    expect(play(start, key(start, 'h')).notice).toBe('Already at the top level.');
    const api = play(start, { type: 'edge', to: 'end' });
    const read = play(api, key(api, '\r'));
    expect(read.focus).toBe('reader');
    expect(foldsOf(session({ briefings: [briefing] }).ctx, read)).toContain(
      briefing.sections[api.selection.sections]?.id,
    );
  });

  test('] and [ step through every heading, in document order, and the list opens to the one read', () => {
    const briefing = ssh2();
    const { start, play, ctx } = session({ briefings: [briefing], viewport: WIDE });
    let state = play(start, { type: 'edge', to: 'end' });
    state = play(state, { type: 'section-step', dir: 1 });
    expect(state.reader.item).toEqual({ kind: 'section', id: briefing.sections[21]?.id });
    expect(pathOfSection(ctx, state)).toEqual(['API', 'Agent-related']);
    for (let i = 0; i < 3; i++) state = play(state, { type: 'section-step', dir: 1 });
    expect(pathOfSection(ctx, state)).toEqual(['API', 'Client', 'Client methods']);
    // Back in the list, the section read is selected and in view.
    const list = play(state, { type: 'focus', dir: 1 });
    expect(shown(ctx, list)).toContain('      Client methods');
    const view = listView(ctx, list);
    expect(view?.table.rows[view.selected]?.cells[0]).toBe('Client methods');
    // [ goes back through the same headings, to the opening and no further.
    for (let i = 0; i < 30; i++) state = play(state, { type: 'section-step', dir: -1 });
    expect(state.reader.item).toEqual({ kind: 'section', id: 'lead' });
    expect(state.notice).toBe('This is the first section.');
  });

  test('each briefing keeps its own folds', () => {
    const a = parsed(SMALL, 'a.md');
    const b = parsed(SMALL, 'b.md');
    const { start, play, ctx } = session({ briefings: [a, b], viewport: NARROW });
    const readingA = play(start, { type: 'open' });
    const api = play(readingA, { type: 'move', by: 2 }, { type: 'node', dir: -1 });
    expect(shown(ctx, api)).toContain('+ API');
    const inB = play(api, { type: 'back' }, { type: 'move', by: 1 }, { type: 'open' });
    expect(inB.briefing).toBe(1);
    expect(shown(ctx, inB)).toContain('- API');
    const backInA = play(inB, { type: 'back' }, { type: 'move', by: -1 }, { type: 'open' });
    expect(shown(ctx, backInA)).toContain('+ API');
  });

  test('a flat list of sections has no markers and no path', () => {
    const { start, ctx } = session({ briefings: [makeBriefing()], viewport: NARROW });
    expect(listView(ctx, start)?.table.rows.every((row) => row.node === undefined)).toBe(true);
    expect(pathOfSection(ctx, start)).toEqual([]);
  });

  test('the other lists keep → and ← for read and back', () => {
    const { start, play } = session({ viewport: NARROW });
    const players = play(start, { type: 'panel', panel: 'players' });
    expect(key(players, 'l')).toEqual({ type: 'open' });
    expect(key(players, 'h')).toEqual({ type: 'back' });
    expect(key(start, 'l')).toEqual({ type: 'node', dir: 1 });
    expect(key(start, 'h')).toEqual({ type: 'node', dir: -1 });
  });
});
