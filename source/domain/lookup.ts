/**
 * Sections, players and issues by id, built once per briefing. The reader looks items up on every
 * open and for every link of a document (a player's mentions name their sections), and a linear
 * `find` over 5,000 sections made those costs grow with the briefing.
 */

import type { Briefing, BriefingIssue, Player, Section } from './types.js';

/** The first item with each id, and its row in its panel. */
interface ById<T> {
  readonly get: (id: string) => T | undefined;
  readonly indexOf: (id: string) => number;
}

export interface BriefingLookup {
  readonly sections: ById<Section>;
  readonly players: ById<Player>;
  readonly issues: ById<BriefingIssue>;
}

function byId<T extends { readonly id: string }>(items: readonly T[]): ById<T> {
  const rows = new Map<string, number>();
  items.forEach((item, index) => {
    if (!rows.has(item.id)) rows.set(item.id, index);
  });
  return {
    get: (id) => {
      const row = rows.get(id);
      return row === undefined ? undefined : items[row];
    },
    indexOf: (id) => rows.get(id) ?? -1,
  };
}

// Keyed by the briefing object: a briefing is never changed after loading, and a reloaded one is new.
const lookups = new WeakMap<Briefing, BriefingLookup>();

/** The lookup of `briefing`, built on first use. */
export function lookupOf(briefing: Briefing): BriefingLookup {
  let lookup = lookups.get(briefing);
  if (lookup === undefined) {
    lookup = {
      sections: byId(briefing.sections),
      players: byId(briefing.players),
      issues: byId(briefing.issues),
    };
    lookups.set(briefing, lookup);
  }
  return lookup;
}
