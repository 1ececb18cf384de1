/**
 * Where a derived item comes from, as the reader shows it: nothing derived is shown without the
 * sentence of the article it was read from, and a link to that sentence in its section. Quotes found
 * in an article are shown with the player who said them.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing, Provenance, Quote } from '../domain/types.js';
import { type Composer, escapeMarkdown, HEADINGS } from './composer.js';

/** Appends the "From the article" block of a derived item: its sentence, quoted, and the way to it. */
export function provenance(doc: Composer, briefing: Briefing, item: Provenance): void {
  if (item.derived !== true || item.source === undefined) return;
  const { section, text } = item.source;
  const where = lookupOf(briefing).sections.get(section)?.title || 'Opening';
  doc.raw(`\n### ${HEADINGS.source}\n\n`);
  doc.raw(`Derived from this sentence, in ${escapeMarkdown(where)}:\n\n> ${escapeMarkdown(text)}\n\n`);
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
