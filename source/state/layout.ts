/**
 * The one place that knows where everything goes on screen: every row and column count of the
 * reader, the picker and the help, at one terminal size. The reducer pages and scrolls by these
 * numbers and the UI draws into them, so the two can never disagree about what is in view.
 */

/** Side by side, one pane at a time, or too small to draw. */
export type LayoutMode = 'split' | 'single' | 'too-small';

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
  /** At this width and above, the list and the reader sit side by side. */
  readonly splitMinWidth: number;
  /** Below this width or height nothing but a "too small" message is drawn. */
  readonly minWidth: number;
  readonly minHeight: number;
  /** Share of the width the list column takes side by side, and its bounds. */
  readonly navRatio: number;
  readonly navMinWidth: number;
  readonly navMaxWidth: number;
  /** Columns between the list and the reader. */
  readonly gap: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  splitMinWidth: 100,
  minWidth: 40,
  minHeight: 12,
  navRatio: 0.3,
  navMinWidth: 28,
  navMaxWidth: 44,
  gap: 1,
};

/**
 * Where things go at one terminal size. Regions are at least 1x1 even when the mode is `too-small`
 * (nothing but the message is drawn then), so no caller divides by zero or slices to a negative end.
 */
export interface Layout {
  readonly mode: LayoutMode;
  readonly width: number;
  readonly height: number;
  /** The story's title row. */
  readonly header: Region;
  /** Position, search and key hints. */
  readonly footer: Region;
  /** The panel tabs, above the list. */
  readonly tabs: Region;
  /** The rows of the list (one page of it). In single mode it shares the body with the reader. */
  readonly list: Region;
  /** The open item's kind and title, above its text. */
  readonly readerTitle: Region;
  /** The lines of the open item's text (one page of it); its width is the width text is rendered to. */
  readonly reader: Region;
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
const FOOTER_ROWS = 1;
/** One row for the tab bar over the list and one for the title over the reader. */
const PANE_TITLE_ROWS = 1;
/** The picker's title and the blank row under it. */
const PICKER_TITLE_ROWS = 2;

function region(top: number, left: number, width: number, height: number): Region {
  return { top, left, width: Math.max(1, width), height: Math.max(1, height) };
}

/** Computes the layout of a terminal size. */
export function computeLayout(viewport: Viewport, overrides: Partial<LayoutOptions> = {}): Layout {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...overrides };
  const width = Math.max(0, Math.floor(viewport.width));
  const height = Math.max(0, Math.floor(viewport.height));
  const mode: LayoutMode =
    width < o.minWidth || height < o.minHeight ? 'too-small' : width >= o.splitMinWidth ? 'split' : 'single';
  const footerTop = Math.max(0, height - FOOTER_ROWS);
  const bodyTop = HEADER_ROWS;
  const bodyRows = height - HEADER_ROWS - FOOTER_ROWS;
  const paneRows = bodyRows - PANE_TITLE_ROWS;
  const navWidth =
    mode === 'split'
      ? Math.min(o.navMaxWidth, Math.max(o.navMinWidth, Math.floor(width * o.navRatio)))
      : width;
  const readerLeft = mode === 'split' ? navWidth + o.gap : 0;
  const readerWidth = width - readerLeft;
  return {
    mode,
    width,
    height,
    header: region(0, 0, width, HEADER_ROWS),
    footer: region(footerTop, 0, width, FOOTER_ROWS),
    tabs: region(bodyTop, 0, navWidth, PANE_TITLE_ROWS),
    list: region(bodyTop + PANE_TITLE_ROWS, 0, navWidth, paneRows),
    readerTitle: region(bodyTop, readerLeft, readerWidth, PANE_TITLE_ROWS),
    reader: region(bodyTop + PANE_TITLE_ROWS, readerLeft, readerWidth, paneRows),
    pickerTitle: region(0, 0, width, 1),
    pickerList: region(PICKER_TITLE_ROWS, 0, width - 2, height - PICKER_TITLE_ROWS - FOOTER_ROWS),
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
