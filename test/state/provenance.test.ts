/**
 * Derived items in the reader: each shows the sentence it was read from and leads to it, and the
 * overview of a derived briefing says so and opens with the article's lead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleFromText } from '../../source/domain/article/index.js';
import type { Briefing } from '../../source/domain/types.js';
import { currentContent } from '../../source/state/content.js';
import { itemDocument } from '../../source/state/item-document.js';
import { listTable } from '../../source/state/list-table.js';
import { overviewOf } from '../../source/state/overview.js';
import { isDerived, leadOf } from '../../source/state/provenance.js';
import type { AppState } from '../../source/state/state.js';
import { makeBriefing, session } from './fixture.js';

const seedFile = join(import.meta.dirname, '../../../shared/seed/000_8f453393c0e5582e.txt');
let article: Briefing;

beforeAll(async () => {
  const result = await articleFromText(readFileSync(seedFile, 'utf8'), 'text', {
    file: seedFile,
    id: 'seed',
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  article = result.briefing;
});

describe('a derived player', () => {
  test('quotes the sentence it was read from, and its link opens that sentence marked in its section', () => {
    const s = session({ briefings: [article], viewport: { width: 120, height: 40 } });
    const entry = s.ctx.library[0];
    const player = article.players.find((p) => p.derived === true && p.source !== undefined);
    if (entry === undefined || player?.source === undefined) throw new Error('no derived player');
    const doc = itemDocument(entry, { kind: 'player', id: player.id });
    expect(doc?.markdown).toContain('From the article');
    // Its description is that sentence: not said above its facts, quoted below, where a search lands.
    const facts = doc?.markdown.slice(0, doc.markdown.indexOf('### ')) ?? '';
    expect(facts).not.toContain(player.source.text);
    expect(doc?.fields.get('description')).toBe(doc?.markdown.lastIndexOf(player.source.text));
    const sourceLink = doc?.links.findIndex((link) => link.target.kind === 'source') ?? -1;
    expect(sourceLink).toBeGreaterThanOrEqual(0);

    let state: AppState = s.play(s.start, { type: 'panel', panel: 'players' });
    const index = article.players.indexOf(player);
    state = s.play(state, { type: 'move', by: index }, { type: 'open' }, { type: 'edge', to: 'end' });
    for (let step = 0; step < 50 && state.reader.linkCursor !== sourceLink; step++) {
      state = s.play(state, { type: 'link-step', dir: -1 });
    }
    expect(state.reader.linkCursor).toBe(sourceLink);
    state = s.play(state, { type: 'open' });
    expect(state.reader.item).toEqual({ kind: 'section', id: player.source.section });
    const mark = state.reader.mark;
    const line = mark === undefined ? '' : (currentContent(s.ctx, state)?.plain[mark.line] ?? '');
    const marked = mark === undefined ? '' : line.slice(mark.column, mark.column + mark.length);
    expect(marked.length).toBeGreaterThan(0);
    expect(player.source.text.replace(/\s+/g, ' ')).toContain(marked.trim());
    // Going back in history returns to the player.
    expect(s.play(state, { type: 'history', dir: 'back' }).reader.item).toEqual({
      kind: 'player',
      id: player.id,
    });
  });
});

describe('the overview of a derived briefing', () => {
  test('says the panels were read from the article and opens with its lead', () => {
    expect(isDerived(article)).toBe(true);
    const { ctx } = session({ briefings: [article] });
    const model = overviewOf(ctx.library[0] ?? (undefined as never)).model;
    expect(model.note).toMatch(/each item shows the sentence it came from/);
    expect(model.summary).toMatch(
      /^Talks began in Abu Dhabi\. Ukrainian and Russian negotiators met Wednesday\./,
    );
    expect(model.summary).not.toMatch(/\\/);
  });

  test('a written briefing has no note and keeps its own summary', () => {
    const briefing = makeBriefing();
    expect(isDerived(briefing)).toBe(false);
    const { ctx } = session({ briefings: [briefing] });
    const model = overviewOf(ctx.library[0] ?? (undefined as never)).model;
    expect(model.note).toBe('');
    expect(model.summary).toBe(briefing.meta.summary);
  });

  test('the lead is cut at a sentence end, unescaped, and left out when it carries markup', () => {
    const withLead = (markdown: string): Briefing => {
      const b = makeBriefing();
      const [first, ...rest] = b.sections;
      return { ...b, sections: [{ ...(first ?? (undefined as never)), markdown }, ...rest] };
    };
    const long = `${'The council voted 5\\-4 on Monday. '.repeat(20)}\n\nSecond paragraph.`;
    const lead = leadOf(withLead(long));
    expect(lead.length).toBeLessThanOrEqual(400);
    expect(lead.endsWith('Monday.')).toBe(true);
    expect(lead).toContain('5-4');
    expect(leadOf(withLead('Read **this** first.'))).toBe('');
    expect(leadOf(withLead('See [the report](https://example.com).'))).toBe('');
  });
});

test('derived issues read as drafts in the overview and the issues list', () => {
  const issue = article.issues[0];
  if (issue === undefined) throw new Error('the seed article has no derived issue');
  const { ctx } = session({ briefings: [article] });
  const model = overviewOf(ctx.library[0] ?? (undefined as never)).model;
  expect(model.issues[0]?.status).toBe('draft');
  expect(listTable(article, 'issues').rows[0]?.cells[1]).toBe('draft');
});
