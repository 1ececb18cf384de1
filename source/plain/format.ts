/**
 * Lays out what a plain-mode step prints: plain wrapped lines, a heading that says where the reader is
 * in words (`Player 1 of 14: Rustem Umerov`), numbered lists with hanging indents, and a one-line
 * reminder of the commands after each item and list. Nothing here moves the cursor or redraws: each
 * reply is appended below the last, so a screen reader or a braille display follows it in order.
 */

import { Chalk } from 'chalk';
import type { Briefing } from '../domain/types.js';
import type { Style, Theme } from '../render/theme.js';
import { wrapPlain } from '../render/wrap.js';
import type { BriefingContext, LibraryContext } from '../state/context.js';
import { itemDocument } from '../state/item-document.js';
import {
  figureText,
  indexOfItem,
  PANEL_LABELS,
  PANELS,
  type PanelId,
  panelLength,
  panelOf,
} from '../state/items.js';
import { PLAIN_COMMANDS } from './commands.js';
import { hitsByItem } from './hits.js';
import { KIND_WORDS, kindLabel, plainLinks, plainTitle } from './links.js';
import { plainLines } from './markdown.js';
import { type PlainOutput, type PlainState, panelWords } from './state.js';

/** How one session wants its text: the wrap width and the theme (colour only when asked for). */
export interface PlainView {
  readonly width: number;
  readonly theme: Theme;
}

/** Text wrapped to the width after `first` on its first row, continuation rows indented by `indent`. */
function hanging(text: string, width: number, first: string, indent: number): string[] {
  const rows = wrapPlain(text, Math.max(10, width - Math.max(first.length, indent)));
  return rows.map((row, i) => (i === 0 ? first : ' '.repeat(indent)) + row);
}

function wrapped(text: string, width: number): string[] {
  return wrapPlain(text, Math.max(10, width));
}

/** Numbered rows: `1. text`, continuation rows indented under the text. */
function numbered(rows: readonly string[], width: number): string[] {
  return rows.flatMap((row, i) => {
    const number = `${i + 1}. `;
    return hanging(row, width, number, number.length);
  });
}

function countOf(n: number, words: { one: string; many: string }): string {
  return `${n} ${n === 1 ? words.one : words.many}`;
}

function panelRows(briefing: Briefing, panel: PanelId): string[] {
  switch (panel) {
    case 'sections':
      return briefing.sections.map((s) => s.title || 'Opening');
    case 'players':
      return briefing.players.map((p) => {
        const side = p.side ? ` (${p.side})` : '';
        return p.role ? `${p.name}: ${p.role}${side}` : `${p.name}${side}`;
      });
    case 'issues':
      return briefing.issues.map((i) => `${i.title} (${i.status})`);
    case 'timeline':
      return briefing.timeline.map((t) => `${t.when}: ${t.what}`);
    case 'figures':
      return briefing.figures.map(figureText);
  }
}

function info(ctx: LibraryContext, entry: BriefingContext, view: PlainView, bold: Style): string[] {
  const { meta } = entry.briefing;
  const out = [bold(meta.title)];
  if (meta.dateline) out.push(...wrapped(`Dateline: ${meta.dateline}`, view.width));
  if (meta.date) out.push(`Date: ${meta.date}`);
  out.push(`Importance: ${meta.importance}`);
  if (meta.summary) out.push('', ...wrapped(meta.summary, view.width));
  for (const source of meta.sources) out.push('', ...wrapped(`Source: ${source}`, view.width));
  const panels = PANELS.map(
    (panel, i) => `${i + 1} ${PANEL_LABELS[panel]} (${panelLength(entry.briefing, panel)})`,
  );
  out.push('', ...wrapped(`Panels: ${panels.join(', ')}.`, view.width));
  const more = ctx.library.length > 1 ? ', briefings lists the others' : '';
  const reminder = `Press Enter to read the first section, type 1 to 5 to list a panel, help for all commands${more}.`;
  out.push('', ...wrapped(reminder, view.width));
  return out;
}

function briefings(ctx: LibraryContext, view: PlainView): string[] {
  const rows = ctx.library.map(({ briefing: { meta } }) =>
    [meta.title, meta.dateline, meta.date].filter(Boolean).join(', '),
  );
  return [
    `${countOf(rows.length, { one: 'briefing', many: 'briefings' })}:`,
    ...numbered(rows, view.width),
    '',
    ...wrapped('Type a number to open a briefing, or help for all commands.', view.width),
  ];
}

function item(
  entry: BriefingContext,
  state: PlainState,
  lead: string | undefined,
  view: PlainView,
  bold: Style,
): string[] {
  const open = state.item;
  if (open === undefined) return [];
  const doc = itemDocument(entry, open);
  const count = `${indexOfItem(entry.briefing, open) + 1} of ${panelLength(entry.briefing, panelOf(open.kind))}`;
  const out: string[] = [];
  if (lead !== undefined) out.push(...wrapped(lead, view.width), '');
  const title = doc?.title || plainTitle(entry, open);
  out.push(...wrapped(`${kindLabel(open.kind)} ${count}: ${title}`, view.width).map((line) => bold(line)));
  const body = doc === undefined ? [] : plainLines(doc.markdown, view.width, view.theme);
  if (body.length > 0) out.push('', ...body);
  const links = plainLinks(entry, open).length;
  const hints = ['Enter: next', 'p: previous'];
  if (links > 0) hints.push(`l: ${countOf(links, { one: 'link', many: 'links' })}`);
  if (state.history.length > 0) hints.push('b: back');
  hints.push('/: search', 'help', 'q: quit');
  const reminder = `End of ${KIND_WORDS[open.kind].one} ${count}. ${hints.join(', ')}.`;
  out.push('', ...wrapped(reminder, view.width));
  return out;
}

function list(entry: BriefingContext, state: PlainState, view: PlainView): string[] {
  const shown = state.list;
  if (shown === undefined || shown.kind === 'briefings') return [];
  if (shown.kind === 'panel') {
    const words = panelWords(shown.panel);
    return [
      `${countOf(panelLength(entry.briefing, shown.panel), words)}:`,
      ...numbered(panelRows(entry.briefing, shown.panel), view.width),
      '',
      ...wrapped('Type a number to read one, or press Enter for the next.', view.width),
    ];
  }
  if (shown.kind === 'links') {
    const links = state.item === undefined ? [] : plainLinks(entry, state.item);
    const title = state.item === undefined ? '' : plainTitle(entry, state.item);
    return [
      `${countOf(links.length, { one: 'link', many: 'links' })} in ${title}:`,
      ...numbered(
        links.map((l) => l.text),
        view.width,
      ),
      '',
      ...wrapped('Type a number to follow a link.', view.width),
    ];
  }
  const search = state.search;
  const hits = search?.hits ?? [];
  const items = hitsByItem(hits, (hit) => plainTitle(entry, hit));
  const rows = items.map(({ item, count, snippet }) => {
    const several = count > 1 ? ` (${count} hits)` : '';
    const where = `${kindLabel(item.kind)}, ${plainTitle(entry, item)}${several}`;
    return snippet === undefined ? where : `${where}: ${snippet}`;
  });
  const total = countOf(hits.length, { one: 'hit', many: 'hits' });
  const inItems =
    items.length < hits.length ? ` in ${countOf(items.length, { one: 'item', many: 'items' })}` : '';
  return [
    ...wrapped(`${total} for "${search?.query ?? ''}"${inItems}:`, view.width),
    ...numbered(rows, view.width),
    '',
    ...wrapped('Type a number to open one; / alone lists these again.', view.width),
  ];
}

function help(view: PlainView): string[] {
  return [
    'Commands:',
    ...PLAIN_COMMANDS.flatMap((spec) => hanging(`${spec.usage}: ${spec.help}.`, view.width, '', 2)),
    '',
    ...wrapped('Each command is a line: type it and press Enter.', view.width),
  ];
}

function block(
  ctx: LibraryContext,
  state: PlainState,
  out: PlainOutput,
  view: PlainView,
  bold: Style,
): string[] {
  const entry = state.briefing === undefined ? undefined : ctx.library[state.briefing];
  switch (out.kind) {
    case 'message':
      return wrapped(out.text, view.width);
    case 'help':
      return help(view);
    case 'briefings':
      return briefings(ctx, view);
    case 'info':
      return entry === undefined ? [] : info(ctx, entry, view, bold);
    case 'item':
      return entry === undefined ? [] : item(entry, state, out.lead, view, bold);
    case 'list':
      return entry === undefined ? [] : list(entry, state, view);
  }
}

/**
 * The text a step prints: its outputs laid out at the view's width against the state after the step,
 * separated by blank lines, ending in a newline. Empty when there is nothing to print.
 */
export function formatOutput(
  ctx: LibraryContext,
  state: PlainState,
  output: readonly PlainOutput[],
  view: PlainView,
): string {
  const style = new Chalk({ level: view.theme.colorLevel });
  const blocks = output.map((out) => block(ctx, state, out, view, style.bold));
  const lines = blocks.filter((b) => b.length > 0).flatMap((b, i) => (i === 0 ? b : ['', ...b]));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
