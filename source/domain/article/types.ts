/**
 * An article as read from a file, before anything is derived from it: its title (when it has one)
 * and its sections, each with the Markdown the reader shows and the plain text the derivation reads.
 */

/** How the article was laid out: plain text with heading lines, plain text without, a web page, Markdown. */
export type ArticleShape = 'headed' | 'wire' | 'html' | 'markdown';

export interface ArticleSection {
  /** The heading; empty for the lead (the text before the first heading). */
  readonly title: string;
  /** What the reader shows. */
  readonly markdown: string;
  /**
   * What the derivation reads: the section's text as written, paragraphs separated by a blank line,
   * Markdown syntax removed. Every derived item quotes a sentence of it verbatim.
   */
  readonly text: string;
  /** Spans of `text` that are code (Markdown code spans and blocks): no names are taken from them. */
  readonly code: readonly { readonly start: number; readonly end: number }[];
}

export interface ArticleDoc {
  readonly shape: ArticleShape;
  readonly title: string | undefined;
  readonly sections: readonly ArticleSection[];
}
