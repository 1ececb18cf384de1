/**
 * Assembling the readonly `Briefing` from validated front matter and the body's sections:
 * defaults filled in, every string sanitised, numbers kept as the author wrote them.
 */

import { looksLikeIsoDate, parseIsoDate } from './dates.js';
import type { FrontMatter } from './front-matter.js';
import { sanitizeText, stripInvisible } from './sanitize.js';
import type { FrontMatterData } from './schema.js';
import type { BodyOutline } from './sections.js';
import type { Briefing, BriefingIssue, Figure, Player, Quote, TimelineEntry } from './types.js';

/** Sanitises a front matter string found at `path` (so a caller can warn about that line). */
export type Clean = (value: string, path: readonly PropertyKey[]) => string;

export interface BuildInput {
  readonly source: { readonly file: string; readonly id: string };
  /** Validated front matter, or undefined for a file without any. */
  readonly data: FrontMatterData | undefined;
  readonly fm: FrontMatter | undefined;
  readonly outline: BodyOutline;
  readonly clean: Clean;
}

/**
 * The title of a briefing whose front matter gives none: the first `#` heading, then (in a file with no
 * front matter, whose `##` headings are its top level) the first `##` heading, then the file name.
 */
function fallbackTitle(outline: BodyOutline, noFrontMatter: boolean, id: string): string {
  return outline.firstH1 ?? (noFrontMatter ? outline.firstH2 : undefined) ?? sanitizeText(id);
}

/** Builds the model; the title falls back as `fallbackTitle` says. */
export function buildBriefing({ source, data, fm, outline, clean }: BuildInput): Briefing {
  const d: FrontMatterData = data ?? {};
  const opt = (value: string | undefined, path: readonly PropertyKey[]): string =>
    value === undefined ? '' : clean(value, path);
  const list = (values: readonly string[] | undefined, path: readonly PropertyKey[]): string[] =>
    (values ?? []).map((value, i) => clean(value, [...path, i]));
  /** A YAML number as written (`1.50` stays `1.50`), or the text. */
  const written = (value: string | number, path: readonly PropertyKey[]): string =>
    typeof value === 'string' ? clean(value, path) : sanitizeText(fm?.sourceOf(path) ?? String(value));

  const title = opt(d.title, ['title']).trim();
  // Names identify players: no invisible character may make one look like another, or like none.
  const players: Player[] = (d.players ?? []).map((p, i) => ({
    id: clean(p.id, ['players', i, 'id']),
    name: stripInvisible(clean(p.name, ['players', i, 'name'])).trim(),
    aliases: list(p.aliases, ['players', i, 'aliases'])
      .map((alias) => stripInvisible(alias).trim())
      .filter((alias) => alias !== ''),
    role: opt(p.role, ['players', i, 'role']),
    side: opt(p.side, ['players', i, 'side']),
    description: opt(p.description, ['players', i, 'description']),
    ...(p.kind === undefined ? {} : { kind: p.kind }),
  }));

  const issues: BriefingIssue[] = (d.issues ?? []).map((issue, i) => {
    const positions = issue.positions ?? {};
    const path = ['issues', i, 'positions'];
    // The YAML node keeps the author's order; a JS object would move "2026" before "EU".
    const parties = fm?.keysOf(path) ?? Object.keys(positions);
    return {
      id: clean(issue.id, ['issues', i, 'id']),
      title: clean(issue.title, ['issues', i, 'title']),
      status: issue.status ?? 'open',
      summary: opt(issue.summary, ['issues', i, 'summary']),
      positions: parties.flatMap((party) => {
        const position = Object.hasOwn(positions, party) ? positions[party] : undefined;
        return position === undefined
          ? []
          : [{ party: clean(party, [...path, party]), position: clean(position, [...path, party]) }];
      }),
      sections: list(issue.sections, ['issues', i, 'sections']),
      players: list(issue.players, ['issues', i, 'players']),
    };
  });

  const timeline: TimelineEntry[] = (d.timeline ?? []).map((entry, i) => {
    const when = written(entry.when, ['timeline', i, 'when']);
    const parsed = typeof entry.when === 'string' && looksLikeIsoDate(when) ? parseIsoDate(when) : undefined;
    return {
      when,
      date: parsed?.ok ? parsed.day : undefined,
      what: clean(entry.what, ['timeline', i, 'what']),
      section: entry.section === undefined ? undefined : clean(entry.section, ['timeline', i, 'section']),
    };
  });

  const figures: Figure[] = (d.figures ?? []).map((figure, i) => ({
    value: written(figure.value, ['figures', i, 'value']),
    label: clean(figure.label, ['figures', i, 'label']),
    context: opt(figure.context, ['figures', i, 'context']),
    section: figure.section === undefined ? undefined : clean(figure.section, ['figures', i, 'section']),
  }));

  const quotes: Quote[] = (d.quotes ?? []).map((entry, i) => ({
    text: clean(entry.text, ['quotes', i, 'text']),
    speaker: opt(entry.speaker, ['quotes', i, 'speaker']),
    player: entry.player === undefined ? undefined : clean(entry.player, ['quotes', i, 'player']),
    section: entry.section === undefined ? undefined : clean(entry.section, ['quotes', i, 'section']),
  }));

  return {
    id: sanitizeText(source.id),
    file: sanitizeText(source.file),
    meta: {
      title: title !== '' ? title : fallbackTitle(outline, fm === undefined, source.id),
      dateline: opt(d.dateline, ['dateline']),
      date: d.date === undefined ? undefined : clean(d.date, ['date']),
      importance: d.importance ?? 'normal',
      summary: opt(d.summary, ['summary']),
      sources: list(d.sources, ['sources']),
    },
    sections: outline.sections,
    players,
    issues,
    timeline,
    figures,
    ...(quotes.length === 0 ? {} : { quotes }),
  };
}
