/**
 * The help laid out for a width: the keys of where you are first (reading, a list, the library),
 * then the rest; descriptions wrapped under their own column instead of cut; one column below
 * {@link TWO_COLUMNS_FROM} columns, two above with no group split across them; and a filter that
 * keeps the bindings whose keys or description hold it. Pure: the reducer scrolls by its row count
 * and the help screen draws its rows.
 */

import stringWidth from 'string-width';
import { wrapPlain } from '../render/wrap.js';
import type { HelpLine, HelpView } from '../state/context.js';
import type { HelpContext } from '../state/state.js';
import { type HelpSection, helpSections } from './help.js';
import { SCOPE_TITLES, type Scope } from './keymap.js';

export type { HelpLine, HelpView as HelpLayout } from '../state/context.js';

/** From this width the help sits in two columns. */
const TWO_COLUMNS_FROM = 100;
const COLUMN_GAP = 3;
/** Keys wider than this wrap their description under them. */
const KEY_WIDTH_MAX = 22;
const INDENT = 2;

/** The scopes in the order the help shows them for a context. */
function scopeOrder(context: HelpContext, picker: boolean): Scope[] {
  // A list's keys come with the keys of its two kinds of list.
  const first: Scope[] = context === 'nav' ? ['nav', 'outline', 'table'] : [context];
  const rest = (Object.keys(SCOPE_TITLES) as Scope[]).filter(
    (scope) => !first.includes(scope) && (picker || scope !== 'picker'),
  );
  return [...first, ...rest];
}

function matches(section: HelpSection, filter: string): HelpSection {
  if (filter === '') return section;
  const needle = filter.toLowerCase();
  const rows = section.rows.filter(
    (row) => row.keys.toLowerCase().includes(needle) || row.help.toLowerCase().includes(needle),
  );
  return { ...section, rows };
}

/** A section's lines at a column width: its title, then each binding with its description wrapped. */
function sectionLines(section: HelpSection, width: number, keyWidth: number): HelpLine[] {
  const lines: HelpLine[] = [{ kind: 'title', keys: '', text: section.title }];
  for (const row of section.rows) {
    const keysFit = stringWidth(row.keys) <= keyWidth;
    const textWidth = Math.max(8, width - INDENT - keyWidth - 1);
    const text = wrapPlain(row.help, textWidth);
    if (!keysFit) {
      lines.push({ kind: 'row', keys: row.keys, text: '' });
      for (const part of text) lines.push({ kind: 'row', keys: '', text: part });
      continue;
    }
    text.forEach((part, i) => {
      lines.push({ kind: 'row', keys: i === 0 ? row.keys : '', text: part });
    });
  }
  return lines;
}

/** Splits sections into two columns of about equal height, keeping each section whole. */
function balance(blocks: readonly HelpLine[][]): [HelpLine[], HelpLine[]] {
  const total = blocks.reduce((sum, b) => sum + b.length + 1, 0);
  const left: HelpLine[] = [];
  const right: HelpLine[] = [];
  let height = 0;
  for (const block of blocks) {
    const into = height + block.length / 2 < total / 2 || left.length === 0 ? left : right;
    if (into.length > 0) into.push({ kind: 'blank', keys: '', text: '' });
    into.push(...block);
    if (into === left) height += block.length + 1;
  }
  return [left, right];
}

/** The help for a context at a width, filtered. */
export function helpLayout(
  width: number,
  filter: string,
  context: HelpContext,
  options: { readonly picker: boolean; readonly ascii: boolean },
): HelpView {
  const columns = width >= TWO_COLUMNS_FROM ? 2 : 1;
  const columnWidth = Math.max(1, Math.floor((width - COLUMN_GAP * (columns - 1)) / columns));
  const sections = helpSections(scopeOrder(context, options.picker), undefined, options.ascii)
    .map((section) => matches(section, filter))
    .filter((section) => section.rows.length > 0);
  if (sections.length === 0) {
    const note: HelpLine = { kind: 'note', keys: '', text: `No key matches "${filter}".` };
    return { columns: 1, columnWidth: width, keyWidth: 0, rows: [[note]] };
  }
  const widestKeys = Math.max(...sections.flatMap((s) => s.rows.map((r) => stringWidth(r.keys))));
  const keyWidth = Math.min(KEY_WIDTH_MAX, widestKeys, Math.floor(columnWidth / 3));
  const blocks = sections.map((section) => sectionLines(section, columnWidth, keyWidth));
  if (columns === 1) {
    const lines = blocks.flatMap((block, i) =>
      i === 0 ? block : [{ kind: 'blank' as const, keys: '', text: '' }, ...block],
    );
    return { columns, columnWidth, keyWidth, rows: lines.map((line) => [line]) };
  }
  const [left, right] = balance(blocks);
  const height = Math.max(left.length, right.length);
  const blank: HelpLine = { kind: 'blank', keys: '', text: '' };
  const rows = Array.from({ length: height }, (_, i) => [left[i] ?? blank, right[i] ?? blank]);
  return { columns, columnWidth, keyWidth, rows };
}
