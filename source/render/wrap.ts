import { LINK_CLOSE, linkOpen, type Piece, RESET, stripControl, tokenize } from './ansi.js';
import { applySgr, DEFAULT_SGR, type SgrState, sgrSequence } from './sgr.js';

/** One output line of a wrap: styled (self-contained: it opens and closes its own styling) and plain. */
export interface WrappedLine {
  readonly styled: string;
  readonly plain: string;
  /**
   * Where the line's own words start in `plain`: after its decoration (indent, quote bars) and, when the
   * line begins with the tail of a word cut at the end of the line before, after that tail.
   */
  readonly start: number;
}

/** Styling in force between lines: a span may run across a line break. */
export interface Carry {
  sgr: SgrState;
  link: string;
}

/** What a wrapped line's continuation rows start with; which leading pieces are its first row's prefix. */
export interface Hang {
  /** Pieces [0, prefixEnd) are the first line's prefix (indent, quote bars, bullet): never broken. */
  readonly prefixEnd: number;
  /** Characters of decoration (indent, quote bars) at the start of the first line's plain text. */
  readonly decoration: number;
  /** Self-contained styled text starting every continuation row, and its plain form (a column a char). */
  readonly styled: string;
  readonly plain: string;
}

/** A fresh carry: no styling in force. */
export function newCarry(): Carry {
  return { sgr: DEFAULT_SGR, link: '' };
}

function isSpace(piece: Piece): boolean {
  return piece.kind === 'char' && piece.text === ' ';
}

/**
 * Greedy word wrap of one logical line to `width` columns, measuring graphemes with string-width (CJK and
 * emoji take two). Words longer than a line are cut between graphemes. Styles and hyperlinks open at the
 * start of each output line and close at its end, so any line can be drawn on its own.
 *
 * wrap-ansi 9 would be the off-the-shelf choice, but it reopens only the innermost style on continuation
 * lines (a bold word in a grey italic quote loses the grey), cuts ZWJ emoji sequences apart, and took ~1 ms
 * per paragraph here.
 */
export function wrapPieces(pieces: readonly Piece[], width: number, hang: Hang, carry: Carry): WrappedLine[] {
  const out: WrappedLine[] = [];
  let styled = '';
  let plain = '';
  let col = 0;
  let contentStart = 0;
  let continued = false;

  const begin = (prefixStyled: string, prefixPlain: string): void => {
    styled = prefixStyled + sgrSequence(carry.sgr) + (carry.link ? linkOpen(carry.link) : '');
    plain = prefixPlain;
    col = prefixPlain.length;
    contentStart = col;
  };
  const finish = (): void => {
    if (carry.link) styled += LINK_CLOSE;
    if (carry.sgr.size > 0) styled += RESET;
    let start = out.length === 0 ? Math.min(hang.decoration, plain.length) : hang.plain.length;
    if (continued) {
      const space = plain.indexOf(' ', start);
      start = space === -1 ? plain.length : space;
    }
    out.push({ styled, plain, start });
  };
  const emit = (piece: Piece): void => {
    styled += piece.text;
    if (piece.kind === 'char') {
      plain += piece.text;
      col += piece.width;
    } else if (piece.kind === 'sgr') carry.sgr = applySgr(carry.sgr, piece.text.slice(2, -1));
    else carry.link = piece.url;
  };
  const newLine = (pending: readonly Piece[], mid: boolean): void => {
    finish();
    // Escapes between the dropped spaces take effect at the start of the next line.
    for (const piece of pending) {
      if (piece.kind === 'sgr') carry.sgr = applySgr(carry.sgr, piece.text.slice(2, -1));
      else if (piece.kind === 'link') carry.link = piece.url;
    }
    continued = mid;
    begin(hang.styled, hang.plain);
  };
  const flushEscapes = (pending: readonly Piece[]): void => {
    for (const piece of pending) if (piece.kind !== 'char') emit(piece);
  };

  begin('', '');
  for (let i = 0; i < hang.prefixEnd && i < pieces.length; i++) emit(pieces[i] as Piece);
  contentStart = col;

  let pending: Piece[] = [];
  let i = hang.prefixEnd;
  while (i < pieces.length) {
    const first = pieces[i] as Piece;
    if (isSpace(first)) {
      pending.push(first);
      i++;
      continue;
    }
    let end = i;
    let wordWidth = 0;
    while (end < pieces.length && !isSpace(pieces[end] as Piece)) {
      const piece = pieces[end] as Piece;
      if (piece.kind === 'char') wordWidth += piece.width;
      end++;
    }
    const hasContent = col > contentStart;
    let spaceWidth = 0;
    if (hasContent) {
      for (const piece of pending) if (piece.kind === 'char') spaceWidth += piece.width;
    } else {
      // Spaces at the start of a row are dropped (the hanging indent replaces them).
      flushEscapes(pending);
      pending = [];
    }
    if (col + spaceWidth + wordWidth <= width) {
      for (const piece of pending) emit(piece);
      for (let k = i; k < end; k++) emit(pieces[k] as Piece);
    } else if (hasContent && wordWidth <= width - hang.plain.length) {
      newLine(pending, false);
      for (let k = i; k < end; k++) emit(pieces[k] as Piece);
    } else {
      // Longer than a line: fill this one and cut between graphemes.
      if (hasContent && col + spaceWidth < width) for (const piece of pending) emit(piece);
      else if (hasContent) newLine(pending, false);
      let started = false;
      for (let k = i; k < end; k++) {
        const piece = pieces[k] as Piece;
        if (piece.kind === 'char' && col + piece.width > width) {
          // Cut inside the word only once part of it is on this row; else it is an ordinary break.
          if (col > contentStart) newLine([], started);
          // Only the first row's prefix and no room after it (very narrow): the prefix gets a row of its own.
          else if (out.length === 0 && col > 0) newLine([], false);
        }
        emit(piece);
        if (piece.kind === 'char') started = true;
      }
    }
    pending = [];
    i = end;
  }
  flushEscapes(pending);
  finish();
  return out;
}

const LEADING_SPACES = /^ */;

/**
 * Wraps plain text to `width` columns (string-width aware). Newlines start new lines; a line's leading
 * spaces are kept on its first row; trailing spaces are dropped. Control characters are removed.
 */
export function wrapPlain(text: string, width: number): string[] {
  const columns = Math.max(1, Math.floor(width) || 1);
  const out: string[] = [];
  for (const line of stripControl(text).split('\n')) {
    const pieces = tokenize(line);
    const lead = (LEADING_SPACES.exec(line)?.[0] ?? '').length;
    const prefixEnd = lead < columns ? lead : 0;
    const hang: Hang = { prefixEnd, decoration: prefixEnd, styled: '', plain: '' };
    for (const row of wrapPieces(pieces, columns, hang, newCarry())) {
      out.push(row.plain.trimEnd());
    }
  }
  return out;
}
