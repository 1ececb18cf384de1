/**
 * Whether a Markdown file without front matter reads as an article, and so gets derived panels when
 * opened: it is mostly prose. Counted over the body's blocks (runs of lines between blank lines,
 * fenced code counted whole):
 * - at least 4 prose paragraphs: blocks that are not headings, lists, quotes, tables, HTML or code,
 *   hold 20 words or more, and end a sentence;
 * - prose holds at least 60% of the body's characters;
 * - code (fenced or indented blocks, and inline code spans) holds at most 5%.
 * A README fails on the last two (install commands, API tables, option lists, badges); a news story
 * pasted into Markdown passes. `--derive` derives whatever the file is.
 */

const FENCE = /^ {0,3}(```|~~~)/;
const NOT_PROSE = /^(?: {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|\||<|!\[|\[!\[)| {4}|\t)/;
const SENTENCE_END = /[.!?…]["'”’)]*$/u;

export interface ProseMeasure {
  readonly proseParagraphs: number;
  readonly proseShare: number;
  readonly codeShare: number;
}

export function measureProse(body: string): ProseMeasure {
  let prose = 0;
  let paragraphs = 0;
  let code = 0;
  let total = 0;
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const text = block.join(' ');
    const chars = text.replace(/\s+/g, '').length;
    total += chars;
    for (const span of text.match(/`[^`]+`/g) ?? []) code += span.replace(/\s+/g, '').length;
    const [first = ''] = block;
    if (/^ {4}|^\t/.test(first)) code += chars;
    else if (!NOT_PROSE.test(first) && text.split(/\s+/).length >= 20 && SENTENCE_END.test(text.trim())) {
      prose += chars;
      paragraphs += 1;
    }
    block = [];
  };
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      const chars = line.replace(/\s+/g, '').length;
      code += chars;
      total += chars;
      if (marker === fence) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      flush();
      fence = marker;
      continue;
    }
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  return {
    proseParagraphs: paragraphs,
    proseShare: total === 0 ? 0 : prose / total,
    codeShare: total === 0 ? 0 : code / total,
  };
}

/** The rule of the module comment. */
export function readsAsArticle(body: string): boolean {
  const m = measureProse(body);
  return m.proseParagraphs >= 4 && m.proseShare >= 0.6 && m.codeShare <= 0.05;
}
