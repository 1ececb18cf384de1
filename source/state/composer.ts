/**
 * The parts the reader's documents are made of: where a link leads, the document an item is shown as,
 * the headings of composed documents, and the builder that composes them while noting where each
 * searchable field starts and which links it holds.
 */

import type { ItemRef } from '../domain/types.js';
import type { PanelId } from './items.js';
import type { Needle } from './locate.js';

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
  | { readonly kind: 'url'; readonly url: string }
  /** The sentence a derived item comes from, in its section (opened with the sentence marked). */
  | { readonly kind: 'source'; readonly sectionId: string; readonly text: string };

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
  source: 'From the article',
  quotes: 'Quoted',
} as const;

/** The stream (locate.ts) of a section's contents list: placed apart from its names and its own links. */
export const CONTENTS_STREAM = 'contents';

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Escapes text so Markdown renders it verbatim (CommonMark lets any ASCII punctuation be escaped). */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** Builds Markdown while noting where fields start and which links it holds. */
export class Composer {
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
