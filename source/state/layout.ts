/**
 * The one place that knows where everything goes on screen: every row and column count of the
 * reader, the picker and the help, at one terminal size. The reducer pages and scrolls by these
 * numbers and the UI draws into them, so the two can never disagree about what is in view.
 */

/**
 * One pane at a time (narrow), the list beside the reader (split), the list, the reader and a context
 * pane (wide), or too small to draw.
 */
export type LayoutMode = 'single' | 'split' | 'wide' | 'too-small';

/** The terminal's size in cells. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** A rectangle of the screen: 0-based top row and left column, and its size in cells. */
export interface Region {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** The choices a layout is computed from. */
export interface LayoutOptions {
  /** The reading measure: the reader's text is never wider (`--measure`). */
  readonly measure: number;
  /** Below this width or height nothing but a "too small" message is drawn. */
  readonly minWidth: number;
  readonly minHeight: number;
  /** At this width and above, the list and the reader sit side by side. */
  readonly splitMinWidth: number;
  /** Bounds of the list column beside the reader. */
  readonly listMinWidth: number;
  readonly listMaxWidth: number;
  /** The narrowest context pane worth showing: below it, no third pane. */
  readonly contextMinWidth: number;
  /** The narrowest the reader gets beside the list, even when the list would like more. */
  readonly readerMinWidth: number;
  /** Columns between panes. */
  readonly gap: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  measure: 80,
  minWidth: 40,
  minHeight: 12,
  splitMinWidth: 100,
  listMinWidth: 28,
  listMaxWidth: 60,
  contextMinWidth: 32,
  readerMinWidth: 72,
  gap: 1,
};

/** The bounds a reading measure is kept to. */
export const MEASURE_BOUNDS = { min: 30, max: 400 } as const;

/** What the content asks of the layout: the width the list would take to show its rows whole. */
export interface LayoutFit {
  readonly listWidth: number;
}

/**
 * Where things go at one terminal size. Regions are at least 1x1 even when the mode is `too-small`
 * (nothing but the message is drawn then), so no caller divides by zero or slices to a negative end.
 * A pane that is not drawn in a mode (the context pane below `wide`) still has a region; `mode` says
 * what is drawn.
 */
export interface Layout {
  readonly mode: LayoutMode;
  readonly width: number;
  readonly height: number;
  /** The story's title row. */
  readonly header: Region;
  /** The panel tabs, across the screen. */
  readonly tabs: Region;
  /** Position, search and key hints. */
  readonly footer: Region;
  /** The list's column headings, above its rows. */
  readonly listTitle: Region;
  /** The rows of the list (one page of it). In single mode it shares the body with the reader. */
  readonly list: Region;
  /** The open item's kind and title, above its text. */
  readonly readerTitle: Region;
  /** The lines of the open item's text (one page); its width, at most the measure, is the width text is rendered to. */
  readonly reader: Region;
  /** Beside the reader on wide screens: what the open item connects to. */
  readonly contextTitle: Region;
  readonly context: Region;
  /** The overview: the whole body, below the tabs. */
  readonly overview: Region;
  /** The library picker: its title row, then its list after a blank row. */
  readonly pickerTitle: Region;
  readonly pickerList: Region;
  /** The key help: its title row, then its lines. */
  readonly helpTitle: Region;
  readonly help: Region;
  /** The minimum size, for the "too small" message. */
  readonly minimum: Viewport;
}

const HEADER_ROWS = 1;
const TAB_ROWS = 1;
const FOOTER_ROWS = 1;
/** One row above each pane: the list's column headings, the reader's title, the context's title. */
const PANE_TITLE_ROWS = 1;
/** The picker's title and the blank row under it. */
const PICKER_TITLE_ROWS = 2;
/** The overview may use two measures side by side, no more: its lines stay readable. */
const OVERVIEW_MEASURES = 2;

function region(top: number, left: number, width: number, height: number): Region {
  return { top, left, width: Math.max(1, width), height: Math.max(1, height) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Columns of the list, the reader and the context pane, and the mode they make. */
function columns(width: number, height: number, o: LayoutOptions, fit: LayoutFit | undefined) {
  if (width < o.minWidth || height < o.minHeight)
    return { mode: 'too-small' as const, list: width, reader: width, context: 0 };
  const measure = clamp(Math.floor(o.measure), MEASURE_BOUNDS.min, MEASURE_BOUNDS.max);
  if (width < o.splitMinWidth)
    return { mode: 'single' as const, list: width, reader: Math.min(width, measure), context: 0 };
  const wanted = clamp(fit?.listWidth ?? o.listMinWidth, o.listMinWidth, o.listMaxWidth);
  const wideList = Math.min(wanted, width - 2 * o.gap - measure - o.contextMinWidth);
  if (wideList >= o.listMinWidth) {
    return {
      mode: 'wide' as const,
      list: wideList,
      reader: measure,
      context: width - wideList - measure - 2 * o.gap,
    };
  }
  // The list gets what it would like within its bounds while the reader keeps a readable width.
  const list = Math.max(
    o.listMinWidth,
    Math.min(wanted, width - o.gap - Math.min(measure, o.readerMinWidth)),
  );
  return { mode: 'split' as const, list, reader: Math.min(measure, width - o.gap - list), context: 0 };
}

/** Computes the layout of a terminal size; `fit` is what the briefing's lists would like. */
export function computeLayout(
  viewport: Viewport,
  overrides: Partial<LayoutOptions> = {},
  fit?: LayoutFit,
): Layout {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...overrides };
  const width = Math.max(0, Math.floor(viewport.width));
  const height = Math.max(0, Math.floor(viewport.height));
  const c = columns(width, height, o, fit);
  const bodyTop = HEADER_ROWS + TAB_ROWS;
  const bodyRows = height - bodyTop - FOOTER_ROWS;
  const paneTop = bodyTop + PANE_TITLE_ROWS;
  const paneRows = bodyRows - PANE_TITLE_ROWS;
  const side = c.mode === 'split' || c.mode === 'wide';
  const readerLeft = side ? c.list + o.gap : 0;
  const contextLeft = readerLeft + c.reader + o.gap;
  const measure = clamp(Math.floor(o.measure), MEASURE_BOUNDS.min, MEASURE_BOUNDS.max);
  return {
    mode: c.mode,
    width,
    height,
    header: region(0, 0, width, HEADER_ROWS),
    tabs: region(HEADER_ROWS, 0, width, TAB_ROWS),
    footer: region(Math.max(0, height - FOOTER_ROWS), 0, width, FOOTER_ROWS),
    listTitle: region(bodyTop, 0, c.list, PANE_TITLE_ROWS),
    list: region(paneTop, 0, c.list, paneRows),
    readerTitle: region(bodyTop, readerLeft, c.reader, PANE_TITLE_ROWS),
    reader: region(paneTop, readerLeft, c.reader, paneRows),
    contextTitle: region(bodyTop, contextLeft, c.context, PANE_TITLE_ROWS),
    context: region(paneTop, contextLeft, c.context, paneRows),
    overview: region(bodyTop, 0, Math.min(width, OVERVIEW_MEASURES * measure), bodyRows),
    pickerTitle: region(0, 0, width, 1),
    pickerList: region(PICKER_TITLE_ROWS, 2, width - 2, height - PICKER_TITLE_ROWS - FOOTER_ROWS),
    helpTitle: region(0, 0, width, 1),
    help: region(1, 0, width, height - 1 - FOOTER_ROWS),
    minimum: { width: o.minWidth, height: o.minHeight },
  };
}

/**
 * The rows of a list in view, keeping the selection near the middle: `start` inclusive, `end`
 * exclusive. One formula for every list (panels, picker, help), so they scroll alike.
 */
export function windowAround(selected: number, length: number, rows: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(selected - Math.floor(rows / 2), length - rows));
  return { start, end: Math.min(length, start + rows) };
}
