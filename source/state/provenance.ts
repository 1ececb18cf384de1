/**
 * Where a derived item comes from, as the reader shows it: nothing derived is shown without the
 * sentence of the article it was read from, and a link to that sentence in its section. Quotes found
 * in an article are shown with the player who said them.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing, Provenance, Quote } from '../domain/types.js';
import { type Composer, escapeMarkdown, HEADINGS } from './composer.js';

/**
 * Appends the "From the article" block of a derived item: its sentence, quoted, and the way to it.
 * `field` names the item's field whose text the sentence is (a derived player's description), so a
 * search hit in that field lands on the quote.
 */
export function provenance(doc: Composer, briefing: Briefing, item: Provenance, field?: string): void {
  if (item.derived !== true || item.source === undefined) return;
  const { section, text } = item.source;
  const where = lookupOf(briefing).sections.get(section)?.title || 'Opening';
  doc.raw(`\n### ${HEADINGS.source}\n\n`);
  doc.raw(`Derived from this sentence, in ${escapeMarkdown(where)}:\n\n> `);
  if (field === undefined) doc.raw(escapeMarkdown(text));
  else doc.field(field, text);
  doc.raw('\n\n');
  doc.link(
    HEADINGS.source,
    'The sentence in its section',
    { kind: 'source', sectionId: section, text },
    where,
  );
}

/** The quotes a player is recorded as saying, in the article's order. */
export function quotesOf(briefing: Briefing, playerId: string): Quote[] {
  return (briefing.quotes ?? []).filter((quote) => quote.player === playerId);
}

/** Appends a player's quotes, each in quotation marks. */
export function quotesBlock(doc: Composer, quotes: readonly Quote[]): void {
  if (quotes.length === 0) return;
  doc.raw(`\n### ${HEADINGS.quotes}\n\n`);
  for (const quote of quotes) doc.raw(`- “${escapeMarkdown(quote.text)}”\n`);
}

/** An issue's status, said to be a draft when the issue was derived. */
export function statusText(status: string, item: Provenance): string {
  return item.derived === true ? `${status} (a draft, derived from the article)` : status;
}

/** Whether any of the briefing's panels were derived from its text rather than written. */
export function isDerived(briefing: Briefing): boolean {
  const derived = (items: readonly Provenance[]) => items.some((item) => item.derived === true);
  return (
    briefing.deriving === true ||
    derived(briefing.players) ||
    derived(briefing.issues) ||
    derived(briefing.timeline) ||
    derived(briefing.figures)
  );
}

/** Markdown escapes as an article's text is written into a section (`\\*` for `*`). */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
/** Markdown that would show raw in a plain line: emphasis, code, links, HTML. */
const MARKUP = /(^|[^\\])[*_`[<]/;
const LEAD_CHARS = 400;

/**
 * The article's own opening paragraph, as an at-a-glance summary for a briefing that has none: news
 * leads say the story in a sentence or two. Cut at a sentence end within LEAD_CHARS; '' when the
 * paragraph carries Markdown a plain line would show raw.
 */
export function leadOf(briefing: Briefing): string {
  const first = briefing.sections.find((section) => section.markdown.trim() !== '');
  const paragraph =
    first?.markdown
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? '';
  if (paragraph === '' || MARKUP.test(paragraph)) return '';
  const plain = paragraph.replace(ESCAPED, '$1');
  if (plain.length <= LEAD_CHARS) return plain;
  const cut = plain.slice(0, LEAD_CHARS);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return end > 0 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
