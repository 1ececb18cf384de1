/**
 * The benchmark's report: one row per figure (value, target, peer, ratio, met?), printed as a
 * table and kept as data for the JSON file.
 */

/** Whether a figure meets its target: `null` when it has none or was not measured. */
export type Met = boolean | null;

/** One line of the report. */
export interface Row {
  readonly group: string;
  readonly figure: string;
  /** The measured value, in `unit`; NaN when not measured. */
  readonly value: number;
  readonly unit: Unit;
  /** A second value shown beside the first (a p95 beside its p50), in the same unit. */
  readonly also?: { readonly label: string; readonly value: number };
  /** The target as written in the issue, or '—'. */
  readonly target: string;
  /** What the figure is compared with, and its value in `unit`. */
  readonly peer?: { readonly label: string; readonly value: number };
  /** value / peer value (or large / small), when the target is a ratio or a peer exists. */
  readonly ratio?: number;
  readonly met: Met;
}

export type Unit = 'ms' | 'B' | 'MB' | 'x';

/** Formats a value in its unit; 'n/a' for a figure that was not measured. */
export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
    case 'B':
      return `${Math.round(value)} B`;
    case 'MB':
      return `${(value / 1e6).toFixed(1)} MB`;
    case 'x':
      return `${value.toFixed(2)}×`;
  }
}

/** `a / b`, NaN unless both are finite and b is not 0. */
export function ratioOf(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;
}

/** `check(value)` when `value` is a number, else null (not measured). */
export function meets(value: number, check: (value: number) => boolean): Met {
  return Number.isFinite(value) ? check(value) : null;
}

function cells(row: Row): string[] {
  const value =
    format(row.value, row.unit) +
    (row.also ? ` (${row.also.label} ${format(row.also.value, row.unit)})` : '');
  const peer = row.peer ? `${row.peer.label} ${format(row.peer.value, row.unit)}` : '—';
  const ratio = row.ratio === undefined || !Number.isFinite(row.ratio) ? '—' : format(row.ratio, 'x');
  const met = row.met === null ? '—' : row.met ? 'yes' : 'NO';
  return [row.figure, value, row.target, peer, ratio, met];
}

const HEADER = ['figure', 'value', 'target', 'peer', 'ratio', 'met?'];

/** The rows as a plain-text table, grouped, columns padded. */
export function renderTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...body.map((line) => (line[column] ?? '').length)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => value.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [line(HEADER), line(widths.map((width) => '-'.repeat(width)))];
  let group = '';
  rows.forEach((row, index) => {
    if (row.group !== group) {
      group = row.group;
      out.push(`[${group}]`);
    }
    out.push(line(body[index] ?? []));
  });
  return out.join('\n');
}

/** The rows as a Markdown table, for docs/performance.md. */
export function renderMarkdown(rows: readonly Row[]): string {
  const escapePipes = (text: string): string => text.replaceAll('|', '\\|');
  const out = [`| group | ${HEADER.join(' | ')} |`, `|${' --- |'.repeat(HEADER.length + 1)}`];
  for (const row of rows) out.push(`| ${[row.group, ...cells(row)].map(escapePipes).join(' | ')} |`);
  return out.join('\n');
}
