import { Marked, type MarkedExtension } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { stripControl } from './ansi.js';
import { layoutLines, type WideLine } from './layout.js';
import { overrides } from './renderers.js';
import { glyphsFor, stylesFor, type Theme, themeKey } from './theme.js';

/** Markdown laid out for one width and theme. */
export interface RenderedText {
  /**
   * Styled lines (SGR, and OSC 8 when the theme allows), each at most `width` columns (string-width) and
   * self-contained: a line opens the styling it needs and closes it, so any slice of lines can be drawn.
   * The one exception: a single grapheme wider than the width on its own (a CJK character at width 1).
   */
  readonly lines: readonly string[];
  /** The same lines with all styling removed. */
  readonly plain: readonly string[];
  /**
   * anchors[i] = number of words before line i: a position that survives re-wrapping at another width
   * (find the line again with `lineForAnchor`). The words of line i are the whitespace-separated tokens of
   * `plain[i].slice(starts[i])`.
   */
  readonly anchors: readonly number[];
  /**
   * starts[i] = where line i's own words start in `plain[i]`: after its indent and quote bars (they repeat
   * on every wrapped row, so counting them would tie anchors to the width) and, when the line begins with
   * the tail of a word cut at the end of the line before (a long URL, a run of CJK), after that tail.
   */
  readonly starts: readonly number[];
  /**
   * The lines of code blocks that are wider than `width`, as wrapped into `lines` and whole, top to bottom:
   * what a reader needs to show code unwrapped and scroll it sideways.
   */
  readonly wide: readonly WideLine[];
}

export type { WideLine } from './layout.js';

const TAB = '  ';
const MAX_WIDTH = 10_000;
const INSTANCE_LIMIT = 16;
const instances = new Map<string, Marked>();

function createInstance(width: number, theme: Theme): Marked {
  const styles = stylesFor(theme);
  // marked-terminal draws strong, em and del; every other element is overridden (renderers.ts).
  // Its defaults are styles of the global chalk, so each style it could still reach is given explicitly.
  const terminalOptions = {
    width,
    reflowText: false,
    showSectionPrefix: false,
    tab: TAB.length,
    emoji: false,
    unescape: false,
    strong: styles.strong,
    em: styles.em,
    del: styles.del,
    codespan: styles.codespan,
    code: styles.code,
    blockquote: styles.blockquote,
    link: styles.link,
    href: styles.href,
    html: styles.html,
    hr: styles.rule,
  };
  // @types/marked-terminal types the extension as a Renderer for marked < 12; it is a MarkedExtension.
  const terminal = markedTerminal(terminalOptions) as unknown as MarkedExtension;
  return new Marked(terminal, overrides({ width, theme, styles, glyphs: glyphsFor(theme), tab: TAB }));
}

/** One Marked instance per (width, theme): `marked.use()` on the shared instance would change a global. */
function instanceFor(width: number, theme: Theme): Marked {
  const key = `${width}:${themeKey(theme)}`;
  let marked = instances.get(key);
  if (marked) {
    instances.delete(key);
  } else {
    marked = createInstance(width, theme);
    if (instances.size >= INSTANCE_LIMIT) instances.delete(instances.keys().next().value as string);
  }
  instances.set(key, marked);
  return marked;
}

/** The words of line `i` that anchors count. */
export function lineWords(text: Pick<RenderedText, 'plain' | 'starts'>, i: number): string[] {
  return (text.plain[i] ?? '')
    .slice(text.starts[i] ?? 0)
    .split(/\s+/)
    .filter((word) => word !== '');
}

function anchorsOf(text: Pick<RenderedText, 'plain' | 'starts'>): number[] {
  const anchors: number[] = [];
  let words = 0;
  for (let i = 0; i < text.plain.length; i++) {
    anchors.push(words);
    words += lineWords(text, i).length;
  }
  return anchors;
}

/**
 * Renders Markdown to terminal lines at `width` columns (clamped to 1..10,000) for `theme`. Control
 * characters are dropped from the input and from what marked decodes (`&#27;`), so the only escape
 * sequences in the output are the renderer's own SGR styling and, when the theme allows, OSC 8 hyperlinks.
 * Never throws: should marked fail, the source text is laid out unformatted.
 */
export function renderMarkdown(markdown: string, width: number, theme: Theme): RenderedText {
  const columns = Math.min(MAX_WIDTH, Math.max(1, Math.floor(width) || 1));
  const source = stripControl(markdown);
  let rendered: string;
  try {
    rendered = instanceFor(columns, theme).parse(source, { async: false });
  } catch {
    // A renderer bug should cost formatting, not the reader: show the source text instead.
    rendered = source;
  }
  const laid = layoutLines(rendered, columns, glyphsFor(theme).quoteBar);
  return {
    lines: laid.lines,
    plain: laid.plain,
    anchors: anchorsOf(laid),
    starts: laid.starts,
    wide: laid.wide,
  };
}

/** The line holding the start of word `anchor`: the last line with an anchor at most `anchor` (or 0). */
export function lineForAnchor(text: RenderedText, anchor: number): number {
  const { anchors } = text;
  let low = 0;
  let high = anchors.length - 1;
  if (high < 0) return 0;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((anchors[mid] as number) <= anchor) low = mid;
    else high = mid - 1;
  }
  return low;
}
