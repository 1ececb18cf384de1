import { ESC, RESET, tokenize } from './ansi.js';
import { applySgr, DEFAULT_SGR, sgrSequence } from './sgr.js';
import type { Theme } from './theme.js';

/** What a highlighted stretch is: a search hit or a player name, and whether it is the current one. */
export type HighlightStyle = 'hit' | 'current-hit' | 'name' | 'current-name' | 'change';

/** A stretch of a line to highlight, in UTF-16 code units of its plain text (as `String#indexOf` counts). */
export interface HighlightRange {
  readonly start: number;
  readonly length: number;
  readonly style: HighlightStyle;
}

const OPEN: Record<HighlightStyle, string> = {
  hit: `${ESC}[7m`,
  'current-hit': `${ESC}[1;7;33m`,
  name: `${ESC}[4m`,
  'current-name': `${ESC}[1;4;7m`,
  // A sentence changed since the last reading: black on green, as diffs show what was added.
  change: `${ESC}[30;42m`,
};

// Without colour the marks are attributes only: the current hit is told apart by bold, not by yellow.
const OPEN_MONO: Record<HighlightStyle, string> = {
  hit: `${ESC}[7m`,
  'current-hit': `${ESC}[1;7m`,
  name: `${ESC}[4m`,
  'current-name': `${ESC}[1;4;7m`,
  change: `${ESC}[1m`,
};

// Where ranges overlap, the current one wins, and a hit wins over a name.
const RANK: Record<HighlightStyle, number> = {
  'current-hit': 4,
  'current-name': 3,
  hit: 2,
  name: 1,
  change: 0,
};

function styleAt(ranges: readonly HighlightRange[], from: number, to: number): HighlightStyle | undefined {
  let best: HighlightStyle | undefined;
  for (const range of ranges) {
    if (range.length <= 0 || range.start >= to || range.start + range.length <= from) continue;
    if (best === undefined || RANK[range.style] > RANK[best]) best = range.style;
  }
  return best;
}

/**
 * Highlights stretches of a rendered line: hits in inverse video (the current hit also bold on yellow),
 * names underlined (the current name also bold and inverse). The line's own styling and links are kept
 * around and inside the stretches; text and width are unchanged. A grapheme is highlighted when any of its
 * code units is inside a range. At colour level 0 the marks are inverse, bold and underline only, never
 * colour: a reader without colour must still see the selection (highlighting is only used on screen;
 * printed text is never highlighted).
 */
export function highlightLine(line: string, ranges: readonly HighlightRange[], theme: Theme): string {
  if (ranges.length === 0) return line;
  const open = theme.colorLevel === 0 ? OPEN_MONO : OPEN;
  let state = DEFAULT_SGR;
  let out = '';
  let offset = 0;
  let active: HighlightStyle | undefined;
  for (const piece of tokenize(line)) {
    if (piece.kind !== 'char') {
      out += piece.text;
      if (piece.kind === 'sgr') {
        state = applySgr(state, piece.text.slice(2, -1));
        // The line's own codes may have just cancelled ours (a `22` ends bold, a colour replaces ours).
        if (active) out += open[active];
      }
      continue;
    }
    const want = styleAt(ranges, offset, offset + piece.text.length);
    if (want !== active) {
      if (active) out += RESET + sgrSequence(state);
      if (want) out += open[want];
      active = want;
    }
    out += piece.text;
    offset += piece.text.length;
  }
  if (active) out += RESET + sgrSequence(state);
  return out;
}
