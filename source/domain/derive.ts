/**
 * The indexes derived from a briefing once per load: who is mentioned where, and which issues concern
 * which sections and players.
 */

import { MENTION_LIMITS } from './limits.js';
import { createNameMatcher, findMentions } from './mentions.js';
import type { Briefing, Derived, Mention } from './types.js';

/**
 * Derives mentions and issue links. Every section and player has an entry (an empty list when nothing
 * refers to it), so a lookup by a known id never misses. Mentions are kept up to
 * `MENTION_LIMITS` (per player, and in all), the first ones in section order. Issue references to unknown ids are left
 * out: reporting them is the parser's job.
 */
export function deriveIndexes(briefing: Briefing): Derived {
  const matcher = createNameMatcher(briefing.players);
  const mentions = new Map<string, Mention[]>(briefing.players.map((player) => [player.id, []]));
  const mentionsBySection = new Map<string, Mention[]>();
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
  for (const section of briefing.sections) {
    const found = findMentions(section, matcher, accept);
    mentionsBySection.set(section.id, found);
    for (const mention of found) mentions.get(mention.playerId)?.push(mention);
  }

  const issuesBySection = new Map<string, string[]>(briefing.sections.map((section) => [section.id, []]));
  const issuesByPlayer = new Map<string, string[]>(briefing.players.map((player) => [player.id, []]));
  for (const issue of briefing.issues) {
    for (const sectionId of issue.sections) addOnce(issuesBySection.get(sectionId), issue.id);
    for (const playerId of issue.players) addOnce(issuesByPlayer.get(playerId), issue.id);
  }
  return { mentions, mentionsBySection, issuesBySection, issuesByPlayer };
}

function addOnce(list: string[] | undefined, id: string): void {
  if (list !== undefined && !list.includes(id)) list.push(id);
}
