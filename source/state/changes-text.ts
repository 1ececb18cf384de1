/**
 * What changed since the last reading, as plain text for `briefing changes` and `--print
 * --since-last` (scripts, mail): the overview's line, then each new or updated item by panel, an
 * updated one with its new sentences. Pure.
 */

import type { BriefingContext } from './context.js';
import { itemTitle, PANEL_LABELS, PANELS, panelOf } from './items.js';
import { changedSentences, readKey } from './read-hashes.js';
import { agoText, type BriefingReads, changedItems, changeSummary } from './reads.js';

/** The changes of one briefing since `reads` was saved. */
export function changesText(entry: BriefingContext, reads: BriefingReads, now: number): string {
  const title = entry.briefing.meta.title;
  if (reads.fresh) return `${title}: not read before; every item is new to you.\n`;
  const summary = changeSummary(entry, reads, now);
  if (summary === undefined) {
    const when = reads.lastRead === undefined ? '' : ` (${agoText(Math.max(0, now - reads.lastRead))})`;
    return `${title}: nothing changed since you last read${when}.\n`;
  }
  const changes = changedItems(entry, reads);
  let out = `${title}: ${summary}\n`;
  for (const panel of PANELS) {
    const inPanel = changes.filter((c) => panelOf(c.item.kind) === panel);
    if (inPanel.length === 0) continue;
    out += `\n${PANEL_LABELS[panel]}\n`;
    for (const { item, mark } of inPanel) {
      out += `  ${itemTitle(entry.briefing, item) || 'Opening'} (${mark})\n`;
      if (mark !== 'updated') continue;
      for (const sentence of changedSentences(reads.seen[readKey(item)], entry, item))
        out += `    + ${sentence}\n`;
    }
  }
  return out;
}
