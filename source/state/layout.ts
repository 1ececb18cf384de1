/**
 * Screen layout as numbers: whether the navigation and the reader sit side by side, and how many
 * columns and rows each gets. The UI draws to these numbers and the reducer pages by them, so the
 * two never disagree about how many lines are in view.
 */

/** Side by side, one pane at a time, or too small to draw. */
export type LayoutMode = 'split' | 'single' | 'too-small';

/** Sizes of the chrome around the text, and the thresholds between modes. */
export interface LayoutOptions {
  /** Rows of the header above both panes. */
  readonly headerRows: number;
  /** Rows of the footer below both panes. */
  readonly footerRows: number;
  /** Rows inside a pane that are not its list or text (the tab bar, the reader's title row, borders). */
  readonly paneChromeRows: number;
  /** Columns a pane loses to borders and padding. */
  readonly paneChromeColumns: number;
  /** Columns between the two panes in split mode. */
  readonly gap: number;
  /** At this width and above, nav and reader sit side by side. */
  readonly splitMinWidth: number;
  /** Below this width or height nothing but a "too small" message is drawn. */
  readonly minWidth: number;
  readonly minHeight: number;
  /** Share of the width the navigation column takes in split mode, and its bounds. */
  readonly navRatio: number;
  readonly navMinWidth: number;
  readonly navMaxWidth: number;
}

/** The defaults: one header row, one footer row, one title/tab row per pane, no borders. */
export const DEFAULT_LAYOUT: LayoutOptions = {
  headerRows: 1,
  footerRows: 1,
  paneChromeRows: 1,
  paneChromeColumns: 0,
  gap: 1,
  splitMinWidth: 100,
  minWidth: 40,
  minHeight: 12,
  navRatio: 0.3,
  navMinWidth: 28,
  navMaxWidth: 44,
};

/** The terminal's size in cells. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Where things go at one terminal size. Widths and rows are at least 1, even when too small. */
export interface Layout {
  readonly mode: LayoutMode;
  /** Columns of the navigation pane (the whole width in single mode). */
  readonly navWidth: number;
  /** Columns the reader's text is rendered to. */
  readonly readerWidth: number;
  /** Rows of list in the navigation pane. */
  readonly navRows: number;
  /** Rows of text in the reader pane: one page. */
  readonly readerRows: number;
}

/** Computes the layout for a terminal size. */
export function computeLayout(viewport: Viewport, overrides: Partial<LayoutOptions> = {}): Layout {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT, ...overrides };
  const width = Math.max(0, Math.floor(viewport.width));
  const height = Math.max(0, Math.floor(viewport.height));
  const mode: LayoutMode =
    width < o.minWidth || height < o.minHeight ? 'too-small' : width >= o.splitMinWidth ? 'split' : 'single';
  const rows = Math.max(1, height - o.headerRows - o.footerRows - o.paneChromeRows);
  if (mode !== 'split') {
    const full = Math.max(1, width - o.paneChromeColumns);
    return { mode, navWidth: full, readerWidth: full, navRows: rows, readerRows: rows };
  }
  const navWidth = Math.min(o.navMaxWidth, Math.max(o.navMinWidth, Math.floor(width * o.navRatio)));
  const readerWidth = Math.max(1, width - navWidth - o.gap - o.paneChromeColumns);
  return {
    mode,
    navWidth: Math.max(1, navWidth - o.paneChromeColumns),
    readerWidth,
    navRows: rows,
    readerRows: rows,
  };
}
