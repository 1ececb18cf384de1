import type { Briefing, Derived, Provenance } from './types.js';

/** Where an item comes from: written by an editor (`derived: false`), or derived from the article's sentence. */
const provenanceOf = (item: Provenance) => ({
  derived: item.derived === true,
  source: item.source === undefined ? null : { section: item.source.section, text: item.source.text },
});

/**
 * The `--json` output: the model plus what is derived from it. Its shape is a public interface,
 * documented in docs/format.md ("JSON output"); `format` changes when a field changes meaning or goes.
 */
export const JSON_FORMAT = 'briefing/1';

export function briefingToJson(briefing: Briefing, derived: Derived) {
  const mentionsOf = (playerId: string) => derived.mentions.get(playerId) ?? [];
  return {
    format: JSON_FORMAT,
    id: briefing.id,
    file: briefing.file,
    title: briefing.meta.title,
    dateline: briefing.meta.dateline,
    date: briefing.meta.date ?? null,
    importance: briefing.meta.importance,
    summary: briefing.meta.summary,
    sources: briefing.meta.sources,
    sections: briefing.sections.map((section) => ({
      id: section.id,
      title: section.title,
      depth: section.depth,
      parent: section.parent ?? null,
      anchor: section.anchor ?? null,
      line: section.line,
      markdown: section.markdown,
      players: [...new Set((derived.mentionsBySection.get(section.id) ?? []).map((m) => m.playerId))],
      issues: derived.issuesBySection.get(section.id) ?? [],
    })),
    players: briefing.players.map((player) => ({
      id: player.id,
      name: player.name,
      aliases: player.aliases,
      role: player.role,
      side: player.side,
      description: player.description,
      kind: player.kind ?? null,
      ...provenanceOf(player),
      mentions: mentionsOf(player.id).map((m) => ({
        section: m.sectionId,
        text: m.text,
        offset: m.offset,
        sentence: m.sentence,
      })),
      issues: derived.issuesByPlayer.get(player.id) ?? [],
    })),
    issues: briefing.issues.map((issue) => ({
      id: issue.id,
      title: issue.title,
      status: issue.status,
      summary: issue.summary,
      positions: issue.positions.map((p) => ({ party: p.party, position: p.position })),
      sections: issue.sections,
      players: issue.players,
      ...provenanceOf(issue),
    })),
    timeline: briefing.timeline.map((entry) => ({
      when: entry.when,
      date: entry.date ?? null,
      what: entry.what,
      section: entry.section ?? null,
      ...provenanceOf(entry),
    })),
    figures: briefing.figures.map((figure) => ({
      value: figure.value,
      label: figure.label,
      context: figure.context,
      section: figure.section ?? null,
      ...provenanceOf(figure),
    })),
    quotes: (briefing.quotes ?? []).map((quote) => ({
      text: quote.text,
      speaker: quote.speaker,
      player: quote.player ?? null,
      section: quote.section ?? null,
      ...provenanceOf(quote),
    })),
  };
}

export type BriefingJson = ReturnType<typeof briefingToJson>;
