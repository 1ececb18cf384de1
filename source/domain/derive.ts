/**
 * The indexes derived from a briefing once per load: who is mentioned where, and which issues concern
 * which sections and players.
 */

import { MENTION_LIMITS } from './limits.js';
import { lookupOf } from './lookup.js';
import { createNameMatcher, findMentions, type NameMatcher } from './mentions.js';
import type { Briefing, Derived, Mention } from './types.js';

/**
 * Derives mentions and issue links. Every section and player has an entry (an empty list when nothing
 * refers to it), so a lookup by a known id never misses. Mentions are kept up to
 * `MENTION_LIMITS` (per player, and in all), the first ones in section order. Issue references to unknown ids are left
 * out: reporting them is the parser's job.
 */
export function deriveIndexes(briefing: Briefing): Derived {
  const mentions = createMentionScan(briefing);
  mentions.through(briefing.sections.length - 1);
  return { mentions: mentions.byPlayer, mentionsBySection: mentions.bySection, ...issueIndexes(briefing) };
}

/**
 * The same indexes as `deriveIndexes`, each computed when first read: a section's mentions by
 * scanning the sections up to it (the caps count in section order, so the first sections' mentions
 * do not depend on the rest), anything else by scanning them all. The reader shows its first
 * frame, one section, without scanning 5 MB for 500 names; the results are those of
 * `deriveIndexes`, entry for entry and in the same order.
 */
export function deriveOnDemand(briefing: Briefing): Derived {
  const mentions = createMentionScan(briefing);
  const all = (): void => mentions.through(briefing.sections.length - 1);
  const sections = lookupOf(briefing).sections;
  return {
    mentions: onDemand(mentions.byPlayer, all, all),
    mentionsBySection: onDemand(mentions.bySection, all, (id) => mentions.through(sections.indexOf(id))),
    // A few milliseconds on the 5,000-section briefing: not worth deferring.
    ...issueIndexes(briefing),
  };
}

interface MentionScan {
  readonly byPlayer: Map<string, Mention[]>;
  readonly bySection: Map<string, Mention[]>;
  /** Scans the sections up to and including `index`, if not scanned yet. */
  through(index: number): void;
}

/** Mentions found section by section, in order, the caps counted as they go. */
function createMentionScan(briefing: Briefing): MentionScan {
  let matcher: NameMatcher | undefined;
  const byPlayer = new Map<string, Mention[]>(briefing.players.map((player) => [player.id, []]));
  const bySection = new Map<string, Mention[]>();
  const counts = new Map<string, number>();
  let total = 0;
  // A one-letter name in 5 MiB of text would otherwise make millions of mentions.
  const accept = (playerId: string): boolean => {
    const count = counts.get(playerId) ?? 0;
    if (total >= MENTION_LIMITS.total || count >= MENTION_LIMITS.perPlayer) return false;
    counts.set(playerId, count + 1);
    total += 1;
    return true;
  };
  let scanned = 0;
  return {
    byPlayer,
    bySection,
    through(index) {
      if (scanned > index) return;
      matcher ??= createNameMatcher(briefing.players);
      for (; scanned <= index && scanned < briefing.sections.length; scanned++) {
        const section = briefing.sections[scanned];
        if (section === undefined) continue;
        const found = findMentions(section, matcher, accept);
        bySection.set(section.id, found);
        for (const mention of found) byPlayer.get(mention.playerId)?.push(mention);
      }
    },
  };
}

function issueIndexes(briefing: Briefing): Pick<Derived, 'issuesBySection' | 'issuesByPlayer'> {
  const issuesBySection = new Map<string, string[]>(briefing.sections.map((section) => [section.id, []]));
  const issuesByPlayer = new Map<string, string[]>(briefing.players.map((player) => [player.id, []]));
  for (const issue of briefing.issues) {
    for (const sectionId of issue.sections) addOnce(issuesBySection.get(sectionId), issue.id);
    for (const playerId of issue.players) addOnce(issuesByPlayer.get(playerId), issue.id);
  }
  return { issuesBySection, issuesByPlayer };
}

/**
 * A read-only view of `map` that fills it first: `get(key)` calls `before(key)`, anything else
 * (size, iteration) calls `all()`.
 */
function onDemand<V>(
  map: Map<string, V>,
  all: () => void,
  before: (key: string) => void,
): ReadonlyMap<string, V> {
  const view: ReadonlyMap<string, V> = {
    get(key) {
      before(key);
      return map.get(key);
    },
    has(key) {
      all();
      return map.has(key);
    },
    get size() {
      all();
      return map.size;
    },
    forEach(callback, thisArg) {
      all();
      map.forEach((value, key) => {
        callback.call(thisArg, value, key, view);
      });
    },
    entries() {
      all();
      return map.entries();
    },
    keys() {
      all();
      return map.keys();
    },
    values() {
      all();
      return map.values();
    },
    [Symbol.iterator]() {
      all();
      return map[Symbol.iterator]();
    },
  };
  return view;
}

function addOnce(list: string[] | undefined, id: string): void {
  if (list !== undefined && !list.includes(id)) list.push(id);
}
