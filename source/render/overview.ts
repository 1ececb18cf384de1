import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { type BuiltLine, buildLine, pad, type Segment, widest } from './cells.js';
import type { RenderedText } from './markdown.js';
import type { LineSpot } from './reader-lines.js';
import { sideStyle } from './sides.js';
import type { Style, Theme } from './theme.js';
import { wrapPlain } from './wrap.js';

/**
 * The briefing at a glance: its facts and summary, then who is who by side, the issues with the
 * parties that hold positions, the figures and the timeline. Each block shows as many entries as the
 * screen has rows for, the rest behind an "N more" cue that links to its panel; every entry is a link
 * (an index into the caller's links). Blocks sit two to a row when the width allows.
 */

/** A name that links somewhere. */
export interface Linked {
  readonly text: string;
  readonly link: number;
}

/** The players of one side; `colour` is the side's colour number, undefined for "no side given". */
export interface OverviewSide {
  readonly side: string;
  readonly colour: number | undefined;
  readonly members: readonly Linked[];
}

export interface OverviewIssue extends Linked {
  readonly status: string;
  /** The parties that hold a position on it. */
  readonly parties: readonly string[];
}

export interface OverviewFigure extends Linked {
  readonly value: string;
}

export interface OverviewEvent extends Linked {
  readonly when: string;
}

/** What the overview shows, already in the order and words it shows them. */
export interface OverviewModel {
  /** Dateline, date and importance in words. */
  readonly facts: readonly string[];
  /** A line said before the summary when the panels were derived rather than written, else ''. */
  readonly note: string;
  /** What changed since the reader last read it, when anything did. */
  readonly changes?: string;
  readonly summary: string;
  readonly sides: readonly OverviewSide[];
  readonly players: number;
  readonly issues: readonly OverviewIssue[];
  readonly figures: readonly OverviewFigure[];
  readonly timeline: readonly OverviewEvent[];
  /** The links of the "N more" cues: to the players, issues, figures and timeline panels. */
  readonly panels: {
    readonly players: number;
    readonly issues: number;
    readonly figures: number;
    readonly timeline: number;
  };
}

/** The overview at a width, with where each link is. */
export interface RenderedOverview {
  readonly text: RenderedText;
  /** `spots[link]`: where link number `link` is drawn, when it is drawn. */
  readonly spots: ReadonlyMap<number, LineSpot>;
}

interface Block {
  readonly heading: BuiltLine;
  /** Each entry is one or more rows. */
  readonly entries: readonly (readonly BuiltLine[])[];
  readonly cue: (hidden: number) => BuiltLine;
}

const GAP = 3;
/** From this width two blocks share a row: the figures beside the timeline. */
const PAIR_LOWER = 76;
/** From this width the sides sit beside the issues too. */
const PAIR_UPPER = 140;

interface Look {
  readonly bold: Style;
  readonly dim: Style;
  readonly ellipsis: string;
  readonly dot: string;
  readonly theme: Theme;
}

function lookOf(theme: Theme): Look {
  // Attributes survive without colour (as in the rest of the reader); colour only when the theme has it.
  const attributes = new Chalk({ level: theme.colorLevel === 0 && theme.attributes !== true ? 0 : 1 });
  return {
    bold: (t) => attributes.bold(t),
    dim: (t) => (theme.colorLevel === 0 ? t : attributes.dim(t)),
    ellipsis: theme.ascii ? '...' : '…',
    dot: theme.ascii ? '-' : '·',
    theme,
  };
}

function heading(title: string, count: number, width: number, look: Look): BuiltLine {
  return buildLine(
    [
      { text: title, style: look.bold },
      { text: `  ${count}`, style: look.dim },
    ],
    width,
    look.ellipsis,
  );
}

function cueOf(panel: string, link: number, width: number, look: Look): (hidden: number) => BuiltLine {
  return (hidden) =>
    buildLine(
      [{ text: `${look.ellipsis} ${hidden} more in ${panel}`, style: look.dim, link }],
      width,
      look.ellipsis,
    );
}

/** The sides: the side's name in its colour, then its members, wrapped under the members' column. */
function sidesBlock(model: OverviewModel, width: number, look: Look): Block {
  const labelWidth = Math.min(Math.max(8, Math.floor(width / 3)), widest(model.sides.map((s) => s.side)));
  const membersWidth = Math.max(1, width - labelWidth - 2);
  const entries = model.sides.map((side) => {
    const paint = side.colour === undefined ? look.dim : sideStyle(side.colour, look.theme);
    const rows: Segment[][] = [[]];
    let used = 0;
    side.members.forEach((member, i) => {
      const sep = i === 0 ? '' : ` ${look.dot} `;
      const need = stringWidth(sep) + stringWidth(member.text);
      let row = rows[rows.length - 1] as Segment[];
      if (i > 0 && used + need > membersWidth) {
        row = [];
        rows.push(row);
        used = 0;
      } else if (sep !== '') {
        row.push({ text: sep, style: look.dim });
        used += stringWidth(sep);
      }
      row.push({ text: member.text, link: member.link });
      used += stringWidth(member.text);
    });
    return rows.map((row, i) => {
      const label = i === 0 ? pad(side.side, labelWidth, look.ellipsis) : ' '.repeat(labelWidth);
      return buildLine([{ text: label, style: paint }, { text: '  ' }, ...row], width, look.ellipsis);
    });
  });
  return {
    heading: heading('Who is who', model.players, width, look),
    entries,
    cue: cueOf('Players', model.panels.players, width, look),
  };
}

function issuesBlock(model: OverviewModel, width: number, look: Look): Block {
  const titleWidth = Math.min(widest(model.issues.map((i) => i.text)), Math.floor(width * 0.55));
  const statusWidth = widest(model.issues.map((i) => i.status));
  const entries = model.issues.map((issue) => [
    buildLine(
      [
        { text: pad(issue.text, titleWidth, look.ellipsis), link: issue.link },
        { text: `  ${pad(issue.status, statusWidth, look.ellipsis)}  `, style: look.dim },
        { text: issue.parties.length === 0 ? 'no positions given' : issue.parties.join(` ${look.dot} `) },
      ],
      width,
      look.ellipsis,
    ),
  ]);
  return {
    heading: heading('Issues', model.issues.length, width, look),
    entries,
    cue: cueOf('Issues', model.panels.issues, width, look),
  };
}

/** A bold label column (cut to a third of the width), then the entry's linked text. */
function labelledBlock<T extends Linked>(
  title: string,
  items: readonly T[],
  labelOf: (item: T) => string,
  align: 'left' | 'right',
  cueLink: number,
  width: number,
  look: Look,
): Block {
  const labelWidth = Math.min(widest(items.map(labelOf)), Math.floor(width / 3));
  const entries = items.map((item) => [
    buildLine(
      [
        { text: pad(labelOf(item), labelWidth, look.ellipsis, align), style: look.bold },
        { text: '  ' },
        { text: item.text, link: item.link },
      ],
      width,
      look.ellipsis,
    ),
  ]);
  return {
    heading: heading(title, items.length, width, look),
    entries,
    cue: cueOf(title, cueLink, width, look),
  };
}

function figuresBlock(model: OverviewModel, width: number, look: Look): Block {
  return labelledBlock('Figures', model.figures, (f) => f.value, 'right', model.panels.figures, width, look);
}

function timelineBlock(model: OverviewModel, width: number, look: Look): Block {
  return labelledBlock('Timeline', model.timeline, (t) => t.when, 'left', model.panels.timeline, width, look);
}

type Make = (model: OverviewModel, width: number, look: Look) => Block;

/** Which blocks share a row, at a width. */
function bandsAt(model: OverviewModel, width: number): Make[][] {
  const present = (make: Make, items: readonly unknown[]) => (items.length > 0 ? [make] : []);
  const sides = present(sidesBlock, model.sides);
  const issues = present(issuesBlock, model.issues);
  const figures = present(figuresBlock, model.figures);
  const timeline = present(timelineBlock, model.timeline);
  const rows =
    width >= PAIR_UPPER
      ? [
          [...sides, ...issues],
          [...figures, ...timeline],
        ]
      : width >= PAIR_LOWER
        ? [sides, issues, [...figures, ...timeline]]
        : [sides, issues, figures, timeline];
  return rows.filter((row) => row.length > 0);
}

/** Rows a block takes with `shown` entries (its heading, the entries, and the cue when some are hidden). */
function blockRows(block: Block, shown: number): number {
  const entries = block.entries.slice(0, shown).reduce((sum, e) => sum + e.length, 0);
  return 1 + entries + (shown < block.entries.length ? 1 : 0);
}

/**
 * How many entries of each block to show so that everything fits `budget` rows: every block starts
 * with one, then each gets one more in turn while the whole still fits. Hiding one entry behind a cue
 * saves nothing, so a block one short of whole is shown whole.
 */
function allocate(bands: readonly (readonly Block[])[], budget: number): number[][] {
  const shown = bands.map((band) => band.map((block) => Math.min(1, block.entries.length)));
  const settle = (band: number, i: number) => {
    const block = bands[band]?.[i] as Block;
    const row = shown[band] as number[];
    if ((row[i] as number) === block.entries.length - 1) row[i] = block.entries.length;
  };
  shown.forEach((row, band) => {
    row.forEach((_, i) => {
      settle(band, i);
    });
  });
  const height = () =>
    bands.reduce(
      (sum, band, b) => sum + Math.max(...band.map((block, i) => blockRows(block, shown[b]?.[i] ?? 0))),
      0,
    ) + Math.max(0, bands.length - 1);
  let grew = true;
  while (grew) {
    grew = false;
    bands.forEach((band, b) => {
      band.forEach((block, i) => {
        const row = shown[b] as number[];
        const before = row[i] as number;
        if (before >= block.entries.length) return;
        row[i] = before + 1;
        settle(b, i);
        if (height() <= budget) grew = true;
        else row[i] = before;
      });
    });
  }
  return shown;
}

/** A block's rows with `shown` entries, padded to `rows` rows of `width` columns. */
function blockLines(block: Block, shown: number, rows: number, width: number): BuiltLine[] {
  const lines = [block.heading, ...block.entries.slice(0, shown).flat()];
  if (shown < block.entries.length) lines.push(block.cue(block.entries.length - shown));
  while (lines.length < rows) lines.push({ styled: '', plain: '', links: [] });
  return lines.map((line) => {
    const room = Math.max(0, width - stringWidth(line.plain));
    return { ...line, styled: line.styled + ' '.repeat(room), plain: line.plain + ' '.repeat(room) };
  });
}

function beside(left: BuiltLine, right: BuiltLine): BuiltLine {
  const gap = ' '.repeat(GAP);
  const shift = left.plain.length + GAP;
  return {
    styled: left.styled + gap + right.styled,
    plain: left.plain + gap + right.plain,
    links: [...left.links, ...right.links.map((span) => ({ ...span, column: span.column + shift }))],
  };
}

/**
 * The overview laid out in `width` columns, fitted to `rows` rows where it can be. Its prose (facts,
 * notes, summary) is wrapped at the reading `measure`; the blocks below may sit side by side.
 */
export function renderOverview(
  model: OverviewModel,
  width: number,
  rows: number,
  theme: Theme,
  measure = width,
): RenderedOverview {
  const look = lookOf(theme);
  const columns = Math.max(1, Math.floor(width));
  const prose = Math.max(1, Math.min(columns, Math.floor(measure)));
  const lines: BuiltLine[] = [];
  const text = (plain: string, style?: Style) =>
    lines.push(buildLine([{ text: plain, style }], columns, look.ellipsis));
  if (model.facts.length > 0)
    for (const row of wrapPlain(model.facts.join(` ${look.dot} `), prose)) text(row, look.dim);
  if (model.note !== '') for (const row of wrapPlain(model.note, prose)) text(row, look.dim);
  if (model.changes !== undefined) {
    for (const row of wrapPlain(model.changes, prose)) text(row, look.bold);
  }
  if (model.summary !== '') {
    if (lines.length > 0) text('');
    for (const row of wrapPlain(model.summary, prose)) text(row);
  }
  const makers = bandsAt(model, columns);
  if (makers.length > 0 && lines.length > 0) text('');
  const eachOf = (blocks: number) =>
    blocks === 1 ? columns : Math.floor((columns - GAP * (blocks - 1)) / blocks);
  const bands = makers.map((band) => band.map((make) => make(model, eachOf(band.length), look)));
  const shown = allocate(bands, rows - lines.length);
  bands.forEach((band, b) => {
    if (b > 0) text('');
    const counts = shown[b] ?? [];
    const height = Math.max(...band.map((block, i) => blockRows(block, counts[i] ?? 0)));
    const columnsOf = band.map((block, i) => blockLines(block, counts[i] ?? 0, height, eachOf(band.length)));
    for (let r = 0; r < height; r++) {
      const row = columnsOf.map((c) => c[r] as BuiltLine).reduce((a, b2) => beside(a, b2));
      lines.push({ ...row, styled: row.styled.trimEnd(), plain: row.plain.trimEnd() });
    }
  });
  return finish(lines);
}

function finish(lines: readonly BuiltLine[]): RenderedOverview {
  const spots = new Map<number, LineSpot>();
  const anchors: number[] = [];
  let words = 0;
  lines.forEach((line, i) => {
    anchors.push(words);
    words += line.plain.split(/\s+/).filter((w) => w !== '').length;
    for (const span of line.links) {
      if (!spots.has(span.link)) spots.set(span.link, { line: i, column: span.column, length: span.length });
    }
  });
  return {
    text: {
      lines: lines.map((l) => l.styled),
      plain: lines.map((l) => l.plain),
      anchors,
      starts: lines.map(() => 0),
      wide: [],
    },
    spots,
  };
}
