/**
 * The sides of a story, in the order their first player appears: the order that gives each its colour
 * (render/sides.ts), so the first eight sides of a briefing never share one and a side keeps its
 * colour in every panel.
 */

import type { Briefing } from '../domain/types.js';

const bySide = new WeakMap<Briefing, ReadonlyMap<string, number>>();

/** Each side's colour number; players without a side have none. */
export function sideColours(briefing: Briefing): ReadonlyMap<string, number> {
  let colours = bySide.get(briefing);
  if (colours === undefined) {
    const map = new Map<string, number>();
    for (const player of briefing.players) {
      if (player.side !== '' && !map.has(player.side)) map.set(player.side, map.size);
    }
    colours = map;
    bySide.set(briefing, colours);
  }
  return colours;
}
