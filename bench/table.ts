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

/** Start-up on each node, side by side (the columns): what `starts` measured, medians. */
export function renderStartTable(
  starts: readonly {
    readonly node: string;
    readonly bare: readonly number[];
    readonly small: readonly number[];
    readonly large: readonly number[];
    readonly firstRun: readonly number[];
  }[],
  style: 'text' | 'markdown' = 'text',
): string {
  const median = (values: readonly number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NaN;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  const spread = (values: readonly number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length === 0
      ? ''
      : ` (${format(sorted[0] ?? Number.NaN, 'ms')}–${format(sorted.at(-1) ?? Number.NaN, 'ms')})`;
  };
  const target = (node: string): number => (Number(/^v(\d+)/.exec(node)?.[1] ?? 0) >= 24 ? 1.5 : 2);
  const header = ['start-up (median, range)', 'target', ...starts.map((s) => `node ${s.node}`)];
  const line = (figure: string, goal: string, cell: (s: (typeof starts)[number]) => string): string[] => [
    figure,
    goal,
    ...starts.map(cell),
  ];
  const ratio = (a: number, b: number): string => format(ratioOf(a, b), 'x');
  const body = [
    line('bare node', '', (s) => format(median(s.bare), 'ms') + spread(s.bare)),
    line('first frame, re-open', '', (s) => format(median(s.small), 'ms') + spread(s.small)),
    line('first frame / bare node', '≤ 2× (node 20), ≤ 1.5× (node 24)', (s) => {
      const r = ratioOf(median(s.small), median(s.bare));
      return `${ratio(median(s.small), median(s.bare))} ${Number.isFinite(r) ? (r <= target(s.node) ? 'met' : 'NOT met') : ''}`.trim();
    }),
    line(
      'first frame, first run (no cache)',
      '',
      (s) => format(median(s.firstRun), 'ms') + spread(s.firstRun),
    ),
    line('large first frame, re-open', '', (s) => format(median(s.large), 'ms') + spread(s.large)),
    line('large / small', '≤ 1.5×', (s) => {
      const r = ratioOf(median(s.large), median(s.small));
      return `${ratio(median(s.large), median(s.small))} ${Number.isFinite(r) ? (r <= 1.5 ? 'met' : 'NOT met') : ''}`.trim();
    }),
  ];
  if (style === 'markdown') {
    const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
    return [row(header), `|${' --- |'.repeat(header.length)}`, ...body.map(row)].join('\n');
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  );
  const text = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [text(header), text(widths.map((w) => '-'.repeat(w))), ...body.map(text)].join('\n');
}
