import { Chalk } from 'chalk';

/**
 * How one terminal session wants its text drawn. Passed in, never detected here: every SSH session has its
 * own colour depth and hyperlink support.
 */
export interface Theme {
  /** 0: no escape sequences at all; 1: 16 colours; 2: 256 colours; 3: truecolor. */
  readonly colorLevel: 0 | 1 | 2 | 3;
  /** Draw only ASCII decoration (bullets, rules, quote bars, table borders). */
  readonly ascii: boolean;
  /** Emit links as OSC 8 hyperlinks instead of `text (url)` (at any colour level, 0 included). */
  readonly hyperlinks: boolean;
  /**
   * Keep bold, italic, underline and strike-through at colour level 0: the reader's screen, where a
   * heading must stand out without colour as the selection does. Off for printed text, where level 0
   * means no escape sequence at all.
   */
  readonly attributes?: boolean;
}

/** Plain text for pipes and dumb terminals: no escapes, ASCII decoration, URLs written out. */
export const plainTheme: Theme = { colorLevel: 0, ascii: true, hyperlinks: false };

/** A stable string for a theme, for cache keys. */
export function themeKey(theme: Theme): string {
  return `${theme.colorLevel}${theme.ascii ? 'a' : 'u'}${theme.hyperlinks ? 'h' : 'p'}${theme.attributes ? 'b' : ''}`;
}

/** A function that wraps text in SGR styling (identity at colour level 0). */
export type Style = (text: string) => string;

/** The styles of each Markdown element, built per theme from one Chalk instance. */
export interface Styles {
  /** Headings by level, 1 to 6 (index 0 is level 1). */
  readonly headings: readonly Style[];
  readonly strong: Style;
  readonly em: Style;
  readonly del: Style;
  readonly codespan: Style;
  readonly code: Style;
  /** The language named on a fenced code block, on a line above it. */
  readonly codeLabel: Style;
  /** An image's alt text, all that is shown of it. */
  readonly image: Style;
  readonly blockquote: Style;
  readonly quoteBar: Style;
  readonly link: Style;
  readonly href: Style;
  readonly html: Style;
  readonly rule: Style;
  readonly tableHeader: Style;
  readonly tableBorder: Style;
}

/** Decoration characters; ASCII-only when the theme asks for it. */
export interface Glyphs {
  /** List bullets by nesting depth (cycling). */
  readonly bullets: readonly string[];
  readonly rule: string;
  readonly quoteBar: string;
  /** Table borders: horizontal, vertical, and the nine corners/junctions, row by row. */
  readonly table: {
    readonly h: string;
    readonly v: string;
    readonly top: readonly [string, string, string];
    readonly middle: readonly [string, string, string];
    readonly bottom: readonly [string, string, string];
  };
}

const unicodeGlyphs: Glyphs = {
  bullets: ['•', '◦', '▪'],
  rule: '─',
  quoteBar: '│',
  table: { h: '─', v: '│', top: ['┌', '┬', '┐'], middle: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'] },
};

const asciiGlyphs: Glyphs = {
  bullets: ['*', '-', '+'],
  rule: '-',
  quoteBar: '|',
  table: { h: '-', v: '|', top: ['+', '+', '+'], middle: ['+', '+', '+'], bottom: ['+', '+', '+'] },
};

/** The decoration characters for a theme. */
export function glyphsFor(theme: Theme): Glyphs {
  return theme.ascii ? asciiGlyphs : unicodeGlyphs;
}

/** The element styles for a theme. A fresh Chalk per theme: the global chalk level is process-wide. */
export function stylesFor(theme: Theme): Styles {
  const c = new Chalk({ level: theme.colorLevel });
  // Attributes (bold, italic, underline) apart from colour, so they can stay where colour goes.
  const a = theme.colorLevel === 0 && theme.attributes === true ? new Chalk({ level: 1 }) : c;
  return {
    // The level shows without colour too: underlined for the top two, bold down to 4, italic below.
    headings: [
      (t) => a.bold.underline(c.magenta(t)),
      (t) => a.bold.underline(c.cyan(t)),
      (t) => a.bold(c.cyan(t)),
      (t) => a.bold(t),
      (t) => a.bold.italic(t),
      (t) => a.italic(t),
    ],
    strong: a.bold,
    em: a.italic,
    del: a.strikethrough,
    codespan: c.yellow,
    code: c.yellow,
    codeLabel: c.gray,
    image: c.gray.italic,
    blockquote: c.italic,
    quoteBar: c.gray,
    link: c.blue,
    href: c.blue.underline,
    html: c.gray,
    rule: c.gray,
    tableHeader: c.bold,
    tableBorder: c.gray,
  };
}
