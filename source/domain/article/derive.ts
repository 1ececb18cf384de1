/**
 * Deriving a briefing's panels from an article's sections: players, open issues (drafts), timeline,
 * figures and quotes, each marked `derived` with the sentence it came from, verbatim. Deterministic:
 * the same sections give the same items, in the same order.
 */

import { sanitizeText } from '../sanitize.js';
import { ID_PATTERN } from '../schema.js';
import { createIdAllocator, slugify } from '../slug.js';
import type { BriefingIssue, Figure, Player, Quote, SourceRef, TimelineEntry } from '../types.js';
import { analyse, type SectionText, type Sentence } from './analysed.js';
import type { ArticleDerivation } from './assemble.js';
import { deriveFigures } from './figures.js';
import { deriveIssues } from './issues.js';
import { type DerivedPlayer, derivePlayers } from './players.js';
import { deriveQuotes } from './quotes.js';
import { deriveTimeline } from './timeline.js';

export type { ArticleDerivation } from './assemble.js';

/** Field sizes of the briefing format (docs/format.md, "Limits"): names and labels, `when`/`what`, long text. */
const cap = (max: number) => (text: string) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
const short = cap(200);
const medium = cap(500);
const long = cap(10_000);
/** An id the format accepts: a slug of ASCII letters and digits, or the fallback. */
const formatId = (text: string, fallback: string) => {
  const slug = slugify(text, fallback);
  return ID_PATTERN.test(slug) ? slug : fallback;
};
const sourceOf = (sentence: Sentence): SourceRef => ({ section: sentence.section, text: sentence.text });

function toPlayers(derived: readonly DerivedPlayer[]): {
  players: Player[];
  idOf: Map<DerivedPlayer, string>;
} {
  const allocate = createIdAllocator();
  const idOf = new Map<DerivedPlayer, string>();
  const players = derived.map((p): Player => {
    const id = allocate(formatId(p.name, 'player'));
    idOf.set(p, id);
    const sentence = p.evidence ?? p.first;
    return {
      id,
      name: short(p.name),
      aliases: p.aliases.map(short),
      role: short(p.roles.slice(0, 2).join('; ')),
      side: short(p.side),
      description: long(sentence.text),
      kind: p.kind,
      derived: true,
      source: sourceOf(sentence),
    };
  });
  return { players, idOf };
}

/** Derives every panel from the sections (see the module comment). */
export function deriveArticle(sections: readonly SectionText[]): ArticleDerivation {
  const clean = sections.map((s) => ({ ...s, text: sanitizeText(s.text) }));
  const sentences = analyse(clean);
  const derivedPlayers = derivePlayers(sentences);
  const { players, idOf } = toPlayers(derivedPlayers);

  const issueIds = createIdAllocator();
  const issues = deriveIssues(sentences, derivedPlayers).map(
    (issue): BriefingIssue => ({
      id: issueIds(formatId(issue.title, 'issue')),
      title: short(issue.title),
      status: 'open',
      summary: long(issue.sentence.text),
      positions: issue.positions.map((p) => ({
        // A person speaks for their side when the text gives one.
        party: p.party.kind === 'person' && p.party.side !== '' ? p.party.side : p.party.name,
        position: long(p.sentences.map((s) => s.text).join(' ')),
      })),
      sections: issue.sections,
      players: issue.positions.flatMap((p) => idOf.get(p.party) ?? []),
      derived: true,
      source: sourceOf(issue.sentence),
    }),
  );

  const timeline = deriveTimeline(sentences).map(
    (entry): TimelineEntry => ({
      when: medium(entry.when),
      // `date` is set only where `when` is itself an ISO date, as in a written briefing.
      date: /^\d{4}-\d{2}-\d{2}$/.test(entry.when) ? entry.date : undefined,
      what: medium(entry.sentence.text),
      section: entry.sentence.section,
      derived: true,
      source: sourceOf(entry.sentence),
    }),
  );

  const figures = deriveFigures(sentences).map(
    (figure): Figure => ({
      value: short(figure.value),
      label: short(figure.label),
      context: long(figure.sentence.text),
      section: figure.sentence.section,
      derived: true,
      source: sourceOf(figure.sentence),
    }),
  );

  const quotes = deriveQuotes(sentences, derivedPlayers).map(
    (quote): Quote => ({
      text: long(quote.text),
      speaker: short(quote.speaker?.name ?? ''),
      player: quote.speaker === undefined ? undefined : idOf.get(quote.speaker),
      section: quote.sentence.section,
      derived: true,
      source: sourceOf(quote.sentence),
    }),
  );

  return { players, issues, timeline, figures, quotes };
}
