import { SGR_PATTERN } from '../domain/terminal-safety.js';
import { CODE_MARK, type Piece, plainOf, QUOTE_MARK, RESET, tokenize } from './ansi.js';
import { type Hang, newCarry, wrapPieces } from './wrap.js';

/**
 * The decoration a rendered line starts with: quote marks and indentation (repeated on continuation lines),
 * then a list bullet, task box or heading marks (replaced by spaces on continuation lines).
 */
const PREFIX = new RegExp(
  `^((?: *${QUOTE_MARK}(?: |$))*)( *)((?:[*•◦▪+-]|\\d{1,9}\\.) (?:\\[[ xX]\\] )?|#{1,6} )?`,
);
/** Spaces at the end of a line, and the SGR and OSC 8 sequences after them. */
const TRAILING_SPACES = new RegExp(` +((?:${SGR_PATTERN}|\\u001b\\]8;;[^\\u0007]*\\u0007)*)$`);

/**
 * A line of a code block too wide for the width: wrapped onto `rows` lines from `line`, and kept whole
 * (`styled`, `plain`, `columns` wide) so that a reader can show it unwrapped and scroll it sideways.
 */
export interface WideLine {
  readonly line: number;
  readonly rows: number;
  readonly styled: string;
  readonly plain: string;
  readonly columns: number;
}

/** Lines laid out to a width: styled, plain, and where each line's own words start in its plain text. */
export interface Laid {
  readonly lines: string[];
  readonly plain: string[];
  readonly starts: number[];
  /** The code lines that had to be wrapped, top to bottom. */
  readonly wide: WideLine[];
}

interface Prepared {
  readonly pieces: readonly Piece[];
  readonly hang: Hang;
}

const NO_HANG: Hang = { prefixEnd: 0, decoration: 0, styled: '', plain: '' };

/** Draws quote marks as the theme's bar. */
function withBars(pieces: readonly Piece[], bar: string): Piece[] {
  return pieces.map((piece) =>
    piece.kind === 'char' && piece.text === QUOTE_MARK ? { kind: 'char', text: bar, width: 1 } : piece,
  );
}

function columnsOf(pieces: readonly Piece[]): number {
  let columns = 0;
  for (const piece of pieces) if (piece.kind === 'char') columns += piece.width;
  return columns;
}

function prepare(source: string, width: number, bar: string): Prepared {
  const raw = tokenize(source);
  const match = PREFIX.exec(plainOf(raw));
  const decoration = (match?.[1] ?? '').length + (match?.[2] ?? '').length;
  const marker = (match?.[3] ?? '').length;
  const prefix = decoration + marker;
  if (prefix === 0) return { pieces: raw, hang: NO_HANG };
  if (prefix >= width) {
    // No room for the indent and bars at all: leave them out (their escapes stay, for the styling state).
    let chars = 0;
    const pieces = raw.filter((piece) => piece.kind !== 'char' || chars++ >= decoration);
    return { pieces: withBars(pieces, bar), hang: NO_HANG };
  }
  const pieces = withBars(raw, bar);
  // Prefix characters are single ASCII or box-drawing characters: one piece and one column each.
  let chars = 0;
  let prefixEnd = 0;
  let styled = '';
  let styledHasSgr = false;
  let plain = '';
  for (let i = 0; i < pieces.length && chars < prefix; i++) {
    const piece = pieces[i] as Piece;
    if (chars < decoration) {
      styled += piece.text;
      if (piece.kind === 'sgr') styledHasSgr = true;
      if (piece.kind === 'char') plain += piece.text;
    }
    if (piece.kind === 'char') chars++;
    prefixEnd = i + 1;
  }
  // A deep indent on a narrow screen: continuation rows start at the left edge instead.
  if (prefix > width / 2 || width - prefix < 2)
    return { pieces, hang: { ...NO_HANG, prefixEnd, decoration } };
  return {
    pieces,
    hang: {
      prefixEnd,
      decoration,
      styled: (styledHasSgr ? styled + RESET : styled) + ' '.repeat(marker),
      plain: plain + ' '.repeat(marker),
    },
  };
}

/**
 * Lays rendered Markdown out to `width` columns: wraps every line with a hanging indent under its bullet or
 * quote bar, draws quote marks as `bar`, makes every line self-contained (styles and links reopened and
 * closed per line), trims trailing spaces, drops leading and trailing blank lines and collapses runs of
 * blank lines to one.
 */
export function layoutLines(rendered: string, width: number, bar: string): Laid {
  const laid: Laid = { lines: [], plain: [], starts: [], wide: [] };
  const carry = newCarry();
  let lastBlank = true;
  for (const marked of rendered.split('\n')) {
    const code = marked.includes(CODE_MARK);
    const source = code ? marked.replaceAll(CODE_MARK, '') : marked;
    const { pieces, hang } = prepare(source, width, bar);
    const first = laid.lines.length;
    for (const row of wrapPieces(pieces, width, hang, carry)) {
      const blank = row.plain.trim() === '';
      if (blank && lastBlank) continue;
      lastBlank = blank;
      const plain = row.plain.trimEnd();
      let styled = row.styled;
      if (blank) styled = '';
      else if (plain.length < row.plain.length) styled = styled.replace(TRAILING_SPACES, '$1');
      laid.lines.push(styled);
      laid.plain.push(blank ? '' : plain);
      laid.starts.push(blank ? 0 : Math.min(row.start, plain.length));
    }
    const rows = laid.lines.length - first;
    if (code && rows > 1) {
      laid.wide.push({
        line: first,
        rows,
        styled: pieces.map((piece) => piece.text).join(''),
        plain: plainOf(pieces),
        columns: columnsOf(pieces),
      });
    }
  }
  while (laid.plain.length > 0 && laid.plain[laid.plain.length - 1] === '') {
    laid.lines.pop();
    laid.plain.pop();
    laid.starts.pop();
  }
  return laid;
}
