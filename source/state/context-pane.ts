/**
 * What the context pane says of the open item (render/context-pane.ts draws it): for a section, the
 * players it names and the issues, figures and timeline entries that cite it; for a player, where
 * they are mentioned and their issues; for an issue, its parties' positions side by side; for a
 * timeline entry or a figure, its section and what else cites that section.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing } from '../domain/types.js';
import type { ContextBlock, ContextEntry } from '../render/context-pane.js';
import type { BriefingContext } from './context.js';
import { figureLabel, type ReaderItem } from './items.js';
import { sideColours } from './sides.js';

function sectionName(briefing: Briefing, id: string): string {
  return lookupOf(briefing).sections.get(id)?.title || 'Opening';
}

function player(briefing: Briefing, id: string): ContextEntry | undefined {
  const found = lookupOf(briefing).players.get(id);
  if (found === undefined) return undefined;
  return { text: found.name, detail: found.side, colour: sideColours(briefing).get(found.side) };
}

function citing(entry: BriefingContext, sectionId: string): ContextBlock[] {
  const { briefing, derived } = entry;
  const blocks: ContextBlock[] = [];
  const issues = (derived.issuesBySection.get(sectionId) ?? []).map((id) => ({
    text: lookupOf(briefing).issues.get(id)?.title ?? id,
  }));
  if (issues.length > 0) blocks.push({ kind: 'list', title: 'Issues', entries: issues });
  const figures = briefing.figures
    .filter((f) => f.section === sectionId)
    .map((f) => ({ text: f.value, detail: figureLabel(f) }));
  if (figures.length > 0) blocks.push({ kind: 'list', title: 'Figures', entries: figures });
  const timeline = briefing.timeline
    .filter((t) => t.section === sectionId)
    .map((t) => ({ text: t.when, detail: t.what }));
  if (timeline.length > 0) blocks.push({ kind: 'list', title: 'Timeline', entries: timeline });
  return blocks;
}

/** The pane's title and blocks for an item; empty when there is nothing to say. */
export function contextBlocks(
  entry: BriefingContext,
  item: ReaderItem,
): { title: string; blocks: ContextBlock[] } {
  const { briefing, derived } = entry;
  switch (item.kind) {
    case 'overview':
    case 'changes':
      return { title: '', blocks: [] };
    case 'section': {
      const seen = new Set<string>();
      const named: ContextEntry[] = [];
      for (const mention of derived.mentionsBySection.get(item.id) ?? []) {
        if (seen.has(mention.playerId)) continue;
        seen.add(mention.playerId);
        const found = player(briefing, mention.playerId);
        if (found !== undefined) named.push(found);
      }
      const blocks: ContextBlock[] =
        named.length > 0 ? [{ kind: 'list', title: 'Named here', entries: named }] : [];
      return { title: 'In this section', blocks: [...blocks, ...citing(entry, item.id)] };
    }
    case 'player': {
      const counts = new Map<string, number>();
      for (const m of derived.mentions.get(item.id) ?? [])
        counts.set(m.sectionId, (counts.get(m.sectionId) ?? 0) + 1);
      const where = [...counts].map(([id, n]) => ({
        text: sectionName(briefing, id),
        detail: n === 1 ? '1 mention' : `${n} mentions`,
      }));
      const issues = (derived.issuesByPlayer.get(item.id) ?? []).map((id) => ({
        text: lookupOf(briefing).issues.get(id)?.title ?? id,
      }));
      const blocks: ContextBlock[] = [];
      if (where.length > 0) blocks.push({ kind: 'list', title: 'Mentioned in', entries: where });
      if (issues.length > 0) blocks.push({ kind: 'list', title: 'Issues', entries: issues });
      return { title: 'This player', blocks };
    }
    case 'issue': {
      const issue = lookupOf(briefing).issues.get(item.id);
      if (issue === undefined || issue.positions.length === 0) return { title: 'Positions', blocks: [] };
      const colours = sideColours(briefing);
      const columns = issue.positions.map((p) => ({
        head: { text: p.party, colour: colours.get(p.party) },
        text: p.position,
      }));
      return { title: 'Positions', blocks: [{ kind: 'columns', title: 'Side by side', columns }] };
    }
    case 'timeline':
    case 'figure': {
      const section =
        item.kind === 'timeline'
          ? briefing.timeline[item.index]?.section
          : briefing.figures[item.index]?.section;
      if (section === undefined) return { title: '', blocks: [] };
      const here: ContextBlock = {
        kind: 'list',
        title: 'Section',
        entries: [{ text: sectionName(briefing, section) }],
      };
      return { title: 'Cited in', blocks: [here, ...citing(entry, section)] };
    }
  }
}
