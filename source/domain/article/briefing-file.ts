/**
 * A derived briefing written out as a briefing file (docs/format.md) for an editor to curate: YAML
 * front matter with every derived field filled in, each item preceded by a comment naming the section
 * and quoting the sentence it was derived from, then the article's sections as the Markdown body.
 * Read back, it gives the same players, issues, timeline, figures and quotes (the provenance, being
 * comments, becomes the editor's to keep or drop).
 */

import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Briefing, Provenance } from '../types.js';
import { escapeMarkdown } from './plain-text.js';

/** A comment line's text: one line, no control characters, not so long an editor cannot read it. */
function commentText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}

const provenanceComment = (item: Provenance): string | undefined =>
  item.source === undefined ? undefined : ` from ${item.source.section}: ${commentText(item.source.text)}`;

/** The body: the lead, then a `## ` heading per section, each section's Markdown as it was read. */
function bodyOf(briefing: Briefing): string {
  return briefing.sections
    .map((section) =>
      section.depth === 0 ? section.markdown : `## ${escapeMarkdown(section.title)}\n\n${section.markdown}`,
    )
    .join('\n\n');
}

/** The briefing file for a derived briefing; `origin` names the article it was made from. */
export function briefingFile(briefing: Briefing, origin: string): string {
  const data = {
    title: briefing.meta.title,
    sources: [`Article file: ${origin} (panels derived by briefing import; check them against the text)`],
    players: briefing.players.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: [...p.aliases],
      ...(p.kind === undefined ? {} : { kind: p.kind }),
      role: p.role,
      side: p.side,
      description: p.description,
    })),
    issues: briefing.issues.map((issue) => ({
      id: issue.id,
      title: issue.title,
      status: issue.status,
      summary: issue.summary,
      positions: Object.fromEntries(issue.positions.map((p) => [p.party, p.position])),
      sections: [...issue.sections],
      players: [...issue.players],
    })),
    timeline: briefing.timeline.map((entry) => ({
      when: entry.when,
      what: entry.what,
      ...(entry.section === undefined ? {} : { section: entry.section }),
    })),
    figures: briefing.figures.map((figure) => ({
      value: figure.value,
      label: figure.label,
      context: figure.context,
      ...(figure.section === undefined ? {} : { section: figure.section }),
    })),
    quotes: (briefing.quotes ?? []).map((entry) => ({
      text: entry.text,
      ...(entry.speaker === '' ? {} : { speaker: entry.speaker }),
      ...(entry.player === undefined ? {} : { player: entry.player }),
      ...(entry.section === undefined ? {} : { section: entry.section }),
    })),
  };
  const doc = new Document(data);
  doc.commentBefore = [
    ' Imported by `briefing import`. Players, issues, timeline, figures and quotes were derived from',
    " the article's text by rules (docs/import.md): drafts to check against the text. Above each item,",
    ' the section and the sentence it came from.',
  ].join('\n');
  const lists: [string, readonly Provenance[]][] = [
    ['players', briefing.players],
    ['issues', briefing.issues],
    ['timeline', briefing.timeline],
    ['figures', briefing.figures],
    ['quotes', briefing.quotes ?? []],
  ];
  for (const [key, items] of lists) {
    const seq = doc.get(key, true) as YAMLSeq | undefined;
    if (!isSeq(seq)) continue;
    seq.items.forEach((node, i) => {
      const comment = items[i] === undefined ? undefined : provenanceComment(items[i] as Provenance);
      if (comment !== undefined && isMap(node)) (node as YAMLMap).commentBefore = comment;
    });
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${bodyOf(briefing)}\n`;
}
