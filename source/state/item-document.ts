/**
 * What the reader shows for each item, as Markdown for the render layer, with the item's followable
 * links. A section is its own Markdown; a player, issue, timeline entry or figure is composed here so
 * that the UI, the reducer (which finds the links in the rendered lines) and search (which counts
 * matches before a hit) all agree on one text.
 */

import { lookupOf } from '../domain/lookup.js';
import type { Briefing, ItemRef } from '../domain/types.js';
import type { BriefingContext } from './context.js';
import { itemTitle, type PanelId } from './items.js';
import type { Needle } from './locate.js';
import { childSections } from './outline.js';
import { textLinks } from './section-links.js';

/** Where a link goes: an item (opened at its top), or a mention (its section, scrolled to the name). */
export type LinkTarget =
  | { readonly kind: 'item'; readonly item: ItemRef }
  | { readonly kind: 'mention'; readonly sectionId: string; readonly index: number }
  /** A whole list (the overview's "N more" cues). */
  | { readonly kind: 'panel'; readonly panel: PanelId }
  /**
   * A heading of this briefing, from an in-document link (`#requirements`): the section it names, or
   * undefined when no heading has that anchor.
   */
  | { readonly kind: 'anchor'; readonly fragment: string; readonly sectionId: string | undefined }
  /**
   * Another file, from a relative link (`./docs/x.md`, `other.md#part`): its path as the library names
   * files (from the linking file's folder), and the anchor of a heading in it.
   */
  | { readonly kind: 'file'; readonly path: string; readonly fragment: string | undefined }
  /** A web link (http, https or mailto). */
  | { readonly kind: 'url'; readonly url: string };

/** One followable link of an item: where it goes, what it is called, and the text that marks it. */
export interface ReaderLink extends Needle {
  readonly target: LinkTarget;
  /** What the link leads to, for hints such as `enter: open Angela Merkel`. */
  readonly label: string;
}

/** An item as the reader shows it. */
export interface ItemDocument {
  readonly title: string;
  readonly markdown: string;
  readonly links: readonly ReaderLink[];
  /** Offset in `markdown` where each searchable field's text starts, by the search's field name. */
  readonly fields: ReadonlyMap<string, number>;
}

/** Headings of the composed documents; links under them are looked for only below them. */
export const HEADINGS = {
  mentions: 'Mentioned in',
  issues: 'Issues',
  positions: 'Positions',
  sections: 'Sections',
  players: 'Players',
  section: 'Section',
  contents: 'Contents',
} as const;

/** The stream (locate.ts) of a section's contents list: placed apart from its names and its own links. */
const CONTENTS_STREAM = 'contents';

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Escapes text so Markdown renders it verbatim (CommonMark lets any ASCII punctuation be escaped). */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** Builds Markdown while noting where fields start and which links it holds. */
class Composer {
  private text = '';
  readonly links: ReaderLink[] = [];
  readonly fields = new Map<string, number>();

  raw(markdown: string): this {
    this.text += markdown;
    return this;
  }

  field(name: string, value: string): this {
    this.fields.set(name, this.text.length);
    this.text += value;
    return this;
  }

  link(heading: string, text: string, target: LinkTarget, label: string, rest = ''): this {
    this.text += `- ${escapeMarkdown(text)}${rest}\n`;
    this.links.push({ heading, text, target, label });
    return this;
  }

  done(title: string): ItemDocument {
    return { title, markdown: this.text, links: this.links, fields: this.fields };
  }
}

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
      doc.raw('**Role:** ').field('role', player.role).raw('  \n**Side:** ').field('side', player.side);
      doc.raw('\n\n').field('description', player.description).raw('\n\n');
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
      return doc.done(title);
    }
    case 'issue': {
      const issue = lookupOf(briefing).issues.get(item.id);
      if (issue === undefined) return undefined;
      const doc = new Composer();
      doc.raw(`**Status:** ${issue.status}\n\n`).field('summary', issue.summary).raw('\n\n');
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
      return doc.done(title);
    }
    case 'timeline':
    case 'figure': {
      // The title (the entry's time, the figure's value and label) is shown above the text already.
      const doc = new Composer();
      let section: string | undefined;
      if (item.kind === 'timeline') {
        const entryAt = briefing.timeline[item.index];
        if (entryAt === undefined) return undefined;
        doc.field('what', entryAt.what).raw('\n\n');
        section = entryAt.section;
      } else {
        const figure = briefing.figures[item.index];
        if (figure === undefined) return undefined;
        doc.field('context', figure.context).raw('\n\n');
        section = figure.section;
      }
      if (section !== undefined) {
        const name = sectionTitle(briefing, section);
        doc.raw(`### ${HEADINGS.section}\n\n`);
        doc.link(HEADINGS.section, name, { kind: 'item', item: { kind: 'section', id: section } }, name);
      }
      return doc.done(title);
    }
  }
}
