/**
 * The sentence around an offset in a section's markdown, for the mention lists. Markdown wraps a
 * sentence over several lines, and the Unicode sentence rules break at every line end, so the text
 * handed to `Intl.Segmenter` keeps a line end only where a markdown block (paragraph, list item,
 * heading, table row) ends, turns the others and each line's leading quote/list/heading markers into
 * spaces, and so keeps the length: offsets in it are offsets in the markdown.
 */

/** Returns the sentence holding a UTF-16 offset of the markdown it was made for. */
export type SentenceAt = (offset: number) => string;

/** Quote markers and indentation, then a list or heading marker, at the start of a line. */
const LINE_MARKERS = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|#{1,6}[ \t]+)?/;
const QUOTE_PREFIX = /^(?:[ \t]*>)*[ \t]*/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** Lines that are a block of their own: headings, table rows, code fences. */
const OWN_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|\||```|~~~)/;
const WHITESPACE_RUNS = /\s+/g;

let segmenter: Intl.Segmenter | undefined;

/** One segmenter for the process: construction loads ICU data, and the 'en' rules keep it deterministic. */
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** How a line takes part in blocks: `blank` ends one, `own` is one by itself, `start` opens one. */
type LineKind = 'blank' | 'own' | 'start' | 'continue';

function lineKind(line: string): LineKind {
  const rest = line.replace(QUOTE_PREFIX, '');
  if (rest.trim() === '') return 'blank';
  if (OWN_BLOCK.test(rest)) return 'own';
  return LIST_ITEM.test(rest) ? 'start' : 'continue';
}

/**
 * The markdown as the sentence segmenter reads it: markers blanked and line ends inside blocks made
 * spaces, so its offsets are the markdown's.
 */
export function segmentable(markdown: string): string {
  const parts: string[] = [];
  let previous: LineKind | undefined;
  for (const line of markdown.split('\n')) {
    const kind = lineKind(line);
    if (previous !== undefined) {
      const joined = (previous === 'start' || previous === 'continue') && kind === 'continue';
      parts.push(joined ? ' ' : '\n');
    }
    parts.push(line.replace(LINE_MARKERS, (markers) => ' '.repeat(markers.length)).replaceAll('\r', ' '));
    previous = kind;
  }
  return parts.join('');
}

/**
 * Characters on each side of an offset handed to the segmenter. A sentence never spans a line end of
 * the prepared text (a line feed always ends one), so only the block holding the offset is segmented,
 * and of a long block only this much around it: `containing()` on a whole 1 MB section cost ~5 ms a
 * call, so 20,000 mentions took 124 s. A sentence longer than this is cut at the window.
 */
const WINDOW = 1000;

/**
 * Makes a sentence finder for one section's markdown. The section is prepared on the first call only,
 * so sections nobody asks about cost nothing; each call segments at most the window around its offset
 * (consecutive calls in one window share it).
 */
export function sentenceFinder(markdown: string): SentenceAt {
  let text: string | undefined;
  let window: { from: number; to: number; segments: Intl.Segments } | undefined;
  return (offset) => {
    text ??= segmentable(markdown);
    const blockStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    const blockEnd = text.indexOf('\n', offset);
    const end = blockEnd === -1 ? text.length : blockEnd;
    const from = Math.max(blockStart, offset - WINDOW);
    const to = Math.min(end, offset + WINDOW);
    if (window === undefined || from < window.from || to > window.to) {
      // Reaching further ahead lets the next mentions of a long block share this window.
      const ahead = Math.min(end, offset + 4 * WINDOW);
      window = { from, to: ahead, segments: sentenceSegmenter().segment(text.slice(from, ahead)) };
    }
    const segment = window.segments.containing(offset - window.from);
    return segment === undefined ? '' : segment.segment.replace(WHITESPACE_RUNS, ' ').trim();
  };
}
