/**
 * What the overview shows of a briefing, as data for the render layer (render/overview.ts), with the
 * link each entry is: a player, an issue, a figure, a timeline entry, or a panel behind an "N more" cue.
 */

import type { Briefing, Importance } from '../domain/types.js';
import type { OverviewModel, OverviewSide } from '../render/overview.js';
import type { ItemDocument, LinkTarget, ReaderLink } from './composer.js';
import type { BriefingContext } from './context.js';
import { figureLabel, figureText, PANEL_LABELS, type PanelId } from './items.js';
import { isDerived, leadOf } from './provenance.js';
import { sideColours } from './sides.js';

/** Why a derived briefing's panels deserve a second look, said once on its overview. */
const DERIVED_NOTE = 'Derived from the article: each item shows the sentence it came from.';
/** Shown while an article's panels are being derived; the sections can be read meanwhile. */
const DERIVING_NOTE = 'Reading the article for its players, issues, dates and figures…';

/** The overview's model and its links, by the index the model's entries carry. */
export interface OverviewDocument {
  readonly model: OverviewModel;
  readonly document: ItemDocument;
}

/** What the importance means, in words (the header shows it as `[TOP]`). */
const IMPORTANCE: Readonly<Record<Importance, string>> = {
  top: 'Top story',
  high: 'Important story',
  normal: '',
};

/** The date as people write it (`Wednesday 4 February 2026`) when it is an ISO day; else as given. */
function longDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/** Importance, dateline and date, as the overview's first line says them. */
function briefingFacts(briefing: Briefing): string[] {
  const { dateline, date, importance } = briefing.meta;
  return [IMPORTANCE[importance], dateline, date === undefined ? '' : longDate(date)].filter((f) => f !== '');
}

const built = new WeakMap<BriefingContext, OverviewDocument>();

/** The overview of a briefing, built once per load. */
export function overviewOf(entry: BriefingContext): OverviewDocument {
  let done = built.get(entry);
  if (done === undefined) {
    done = buildOverview(entry.briefing);
    built.set(entry, done);
  }
  return done;
}

function buildOverview(briefing: Briefing): OverviewDocument {
  const links: ReaderLink[] = [];
  const link = (text: string, target: LinkTarget, label = text): number => {
    links.push({ text, target, label });
    return links.length - 1;
  };
  const panel = (id: PanelId) => link(PANEL_LABELS[id], { kind: 'panel', panel: id });

  const colours = sideColours(briefing);
  const sides = new Map<string, OverviewSide['members'][number][]>();
  for (const player of briefing.players) {
    const members = sides.get(player.side) ?? [];
    members.push({
      text: player.name,
      link: link(player.name, { kind: 'item', item: { kind: 'player', id: player.id } }),
    });
    sides.set(player.side, members);
  }
  const ordered: OverviewSide[] = [...sides.entries()]
    .sort(
      ([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || (colours.get(a) ?? 0) - (colours.get(b) ?? 0),
    )
    .map(([side, members]) => ({
      side: side === '' ? 'No side given' : side,
      colour: colours.get(side),
      members,
    }));

  const model: OverviewModel = {
    facts: briefingFacts(briefing),
    note: briefing.deriving === true ? DERIVING_NOTE : isDerived(briefing) ? DERIVED_NOTE : '',
    summary: briefing.meta.summary || (isDerived(briefing) ? leadOf(briefing) : ''),
    sides: ordered,
    players: briefing.players.length,
    issues: briefing.issues.map((issue) => ({
      text: issue.title,
      status: issue.derived === true ? 'draft' : issue.status,
      parties: issue.positions.map((p) => p.party),
      link: link(issue.title, { kind: 'item', item: { kind: 'issue', id: issue.id } }),
    })),
    figures: briefing.figures.map((figure, index) => ({
      value: figure.value,
      text: figureLabel(figure),
      link: link(
        figureLabel(figure) || figure.value,
        { kind: 'item', item: { kind: 'figure', index } },
        figureText(figure),
      ),
    })),
    timeline: briefing.timeline.map((event, index) => ({
      when: event.when,
      text: event.what,
      link: link(event.what, { kind: 'item', item: { kind: 'timeline', index } }, event.when),
    })),
    panels: {
      players: panel('players'),
      issues: panel('issues'),
      figures: panel('figures'),
      timeline: panel('timeline'),
    },
  };
  return { model, document: { title: 'Overview', markdown: '', links, fields: new Map() } };
}
