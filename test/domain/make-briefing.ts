/**
 * Builds `Briefing` objects for tests without the parser: every field has a plain default, so a test
 * states only what it is about.
 */

import type {
  Briefing,
  BriefingIssue,
  Figure,
  Player,
  Section,
  TimelineEntry,
} from '../../source/domain/types.js';

/** The parts of a briefing a test cares about; the rest defaults to empty. */
export interface BriefingParts {
  readonly sections?: readonly (Partial<Section> & { readonly id: string })[];
  readonly players?: readonly (Partial<Player> & { readonly id: string; readonly name: string })[];
  readonly issues?: readonly (Partial<BriefingIssue> & { readonly id: string })[];
  readonly timeline?: readonly Partial<TimelineEntry>[];
  readonly figures?: readonly Partial<Figure>[];
}

/** A briefing from the given parts; section titles default to their ids, issue titles too. */
export function makeBriefing(parts: BriefingParts = {}): Briefing {
  return {
    id: 'test',
    file: 'test.md',
    meta: {
      title: 'Test briefing',
      dateline: '',
      date: undefined,
      importance: 'normal',
      summary: '',
      sources: [],
    },
    sections: (parts.sections ?? []).map((section, index) => ({
      title: section.id,
      depth: 2,
      markdown: '',
      line: index + 1,
      ...section,
    })),
    players: (parts.players ?? []).map((player) => ({
      aliases: [],
      role: '',
      side: '',
      description: '',
      ...player,
    })),
    issues: (parts.issues ?? []).map((issue) => ({
      title: issue.id,
      status: 'open',
      summary: '',
      positions: [],
      sections: [],
      players: [],
      ...issue,
    })),
    timeline: (parts.timeline ?? []).map((entry) => ({
      when: '',
      date: undefined,
      what: '',
      section: undefined,
      ...entry,
    })),
    figures: (parts.figures ?? []).map((figure) => ({
      value: '',
      label: '',
      context: '',
      section: undefined,
      ...figure,
    })),
  };
}

/** A briefing with one section holding `markdown` and the given players. */
export function sectionWith(
  markdown: string,
  players: readonly (Partial<Player> & { readonly id: string; readonly name: string })[],
): Briefing {
  return makeBriefing({ sections: [{ id: 'only', markdown }], players });
}
