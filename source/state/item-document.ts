/**
 * What the reader shows for each item, as Markdown for the render layer, with the item's followable
 * links. A section is its own Markdown; a player, issue, timeline entry or figure is composed here so
 * that the UI, the reducer (which finds the links in the rendered lines) and search (which counts
 * matches before a hit) all agree on one text.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing, ItemRef } from '../domain/types.js';
import {
  CONTENTS_STREAM,
  Composer,
  escapeMarkdown,
  HEADINGS,
  type ItemDocument,
  type LinkTarget,
  type ReaderLink,
} from './composer.js';
import type { BriefingContext } from './context.js';
import { itemTitle } from './items.js';
import { childSections } from './outline.js';
import { provenance, quotesBlock, quotesOf, statusText } from './provenance.js';
import { textLinks } from './section-links.js';

function sectionTitle(briefing: Briefing, id: string): string {
  const section = lookupOf(briefing).sections.get(id);
  return section === undefined ? id : section.title || 'Opening';
}

/**
 * A section's text with its subsections listed after it, under "Contents", each a link: a heading with
 * no text of its own (`## API` over `### Client`) still reads as something, and says what is below it.
 */
function sectionContents(
  briefing: Briefing,
  id: string,
  markdown: string,
): { markdown: string; links: ReaderLink[] } {
  const children = childSections(briefing, id);
  if (children.length === 0) return { markdown, links: [] };
  const links: ReaderLink[] = [];
  let list = '';
  for (const child of children) {
    const title = child.title || child.id;
    list += `- ${escapeMarkdown(title)}\n`;
    links.push({
      text: title,
      heading: HEADINGS.contents,
      stream: CONTENTS_STREAM,
      target: { kind: 'item', item: { kind: 'section', id: child.id } },
      label: title,
    });
  }
  const before = markdown.trim() === '' ? '' : `${markdown}\n\n`;
  return { markdown: `${before}### ${HEADINGS.contents}\n\n${list}`, links };
}

/** The document of an item, or undefined when the briefing has no such item. */
export function itemDocument(entry: BriefingContext, item: ItemRef): ItemDocument | undefined {
  const { briefing, derived } = entry;
  const title = itemTitle(briefing, item);
  switch (item.kind) {
    case 'section': {
      const section = lookupOf(briefing).sections.get(item.id);
      if (section === undefined) return undefined;
      const names: ReaderLink[] = (derived.mentionsBySection.get(section.id) ?? []).map((m) => ({
        text: m.text,
        target: { kind: 'item', item: { kind: 'player', id: m.playerId } },
        label: lookupOf(briefing).players.get(m.playerId)?.name ?? m.text,
      }));
      const { markdown, links } = sectionContents(briefing, section.id, section.markdown);
      return {
        title: section.title || 'Opening',
        markdown,
        links: [...names, ...textLinks(briefing, section.markdown), ...links],
        fields: new Map([['markdown', 0]]),
      };
    }
    case 'player': {
      const player = lookupOf(briefing).players.get(item.id);
      if (player === undefined) return undefined;
      const doc = new Composer();
      player.aliases.forEach((alias, index) => {
        doc.raw(index === 0 ? '**Also:** ' : ', ').field(`alias:${index}`, alias);
      });
      if (player.aliases.length > 0) doc.raw('  \n');
      // An empty field is left out: a derived player may have no role or side the text gives.
      if (player.role !== '') doc.raw('**Role:** ').field('role', player.role).raw('  \n');
      if (player.side !== '') doc.raw('**Side:** ').field('side', player.side).raw('  \n');
      // A derived player's description is the sentence it was read from: quoted once, below.
      const quoted = player.derived === true && player.source?.text === player.description;
      if (player.description !== '' && !quoted) doc.raw('\n').field('description', player.description);
      doc.raw('\n\n');
      quotesBlock(doc, quotesOf(briefing, player.id));
      const mentions = derived.mentions.get(player.id) ?? [];
      if (mentions.length > 0) doc.raw(`### ${HEADINGS.mentions}\n\n`);
      for (const m of mentions) {
        const inSection = derived.mentionsBySection.get(m.sectionId) ?? [];
        const index = inSection.findIndex((x) => x.offset === m.offset && x.playerId === m.playerId);
        const target: LinkTarget =
          index < 0
            ? { kind: 'item', item: { kind: 'section', id: m.sectionId } }
            : { kind: 'mention', sectionId: m.sectionId, index };
        const where = sectionTitle(briefing, m.sectionId);
        doc.link(HEADINGS.mentions, `${where}:`, target, where, ` ${m.sentence}`);
      }
      const issues = derived.issuesByPlayer.get(player.id) ?? [];
      if (issues.length > 0) doc.raw(`\n### ${HEADINGS.issues}\n\n`);
      for (const id of issues) {
        const name = lookupOf(briefing).issues.get(id)?.title ?? id;
        doc.link(HEADINGS.issues, name, { kind: 'item', item: { kind: 'issue', id } }, name);
      }
      provenance(doc, briefing, player, quoted ? 'description' : undefined);
      return doc.done(title);
    }
    case 'issue': {
      const issue = lookupOf(briefing).issues.get(item.id);
      if (issue === undefined) return undefined;
      const doc = new Composer();
      doc
        .raw(`**Status:** ${statusText(issue.status, issue)}\n\n`)
        .field('summary', issue.summary)
        .raw('\n\n');
      if (issue.positions.length > 0) doc.raw(`### ${HEADINGS.positions}\n\n`);
      for (const { party, position } of issue.positions) {
        doc
          .raw(`- **${escapeMarkdown(party)}:** `)
          .field(`position:${party}`, position)
          .raw('\n');
      }
      if (issue.sections.length > 0) doc.raw(`\n### ${HEADINGS.sections}\n\n`);
      for (const id of issue.sections) {
        const name = sectionTitle(briefing, id);
        doc.link(HEADINGS.sections, name, { kind: 'item', item: { kind: 'section', id } }, name);
      }
      if (issue.players.length > 0) doc.raw(`\n### ${HEADINGS.players}\n\n`);
      for (const id of issue.players) {
        const name = lookupOf(briefing).players.get(id)?.name ?? id;
        doc.link(HEADINGS.players, name, { kind: 'item', item: { kind: 'player', id } }, name);
      }
      provenance(doc, briefing, issue);
      return doc.done(title);
    }
    case 'timeline':
    case 'figure': {
      // The title (the entry's time, the figure's value and label) is shown above the text already.
      const doc = new Composer();
      const found = item.kind === 'timeline' ? briefing.timeline[item.index] : briefing.figures[item.index];
      if (found === undefined) return undefined;
      if ('what' in found) doc.field('what', found.what).raw('\n\n');
      else doc.field('context', found.context).raw('\n\n');
      const section = found.section;
      if (section !== undefined) {
        const name = sectionTitle(briefing, section);
        doc.raw(`### ${HEADINGS.section}\n\n`);
        doc.link(HEADINGS.section, name, { kind: 'item', item: { kind: 'section', id: section } }, name);
      }
      provenance(doc, briefing, found);
      return doc.done(title);
    }
  }
}
