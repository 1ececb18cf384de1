/**
 * The briefing model. Everything the reader, the SSH server and the printers show is read from a
 * `Briefing`; every string in it has passed through `sanitizeText` (./sanitize.ts), so no field can
 * carry a control character or an escape sequence to a terminal.
 */

export type Importance = 'top' | 'high' | 'normal';
export type IssueStatus = 'open' | 'stalled' | 'resolved';

/** A place in a source file, 1-based, as editors count. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A user-facing problem: what is wrong, where, and what to do about it. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** What is wrong, e.g. `unknown key "plaers" in players[2]`. */
  readonly message: string;
  /** What to do, e.g. `did you mean "players"?`. */
  readonly hint: string;
  /** Set on the closing `N more problems not shown` line: the N problems it stands for. */
  readonly more?: number;
}

/**
 * One node of the body's outline: a heading and its own text, up to the next heading of any level (or
 * the untitled opening). Sections are in document order; `parent` makes them a tree.
 */
export interface Section {
  /** Slug of the heading, unique in the briefing (`-2`, `-3` for repeats); `lead` for the untitled opening. */
  readonly id: string;
  readonly title: string;
  /** Heading depth, 1 (`#`) to 6 (`######`); 0 for the lead section. */
  readonly depth: number;
  /** The Markdown of the section's own text, without its heading line and without its subsections. */
  readonly markdown: string;
  /** 1-based line in the source file where the section starts (its heading, or the first body line of the lead). */
  readonly line: number;
  /**
   * Id of the section this one is nested in: the nearest heading above it of a smaller depth (one that
   * holds only a table of contents adopts nothing). Undefined at the top level.
   */
  readonly parent?: string;
  /**
   * The anchor GitHub gives the heading (`#requirements`, `#notes-1` for the second "Notes"), so links
   * written for GitHub find it. Undefined for the lead and for sections not read from Markdown headings.
   */
  readonly anchor?: string;
}

/** What kind of party a player is; a curated briefing may leave it out. */
export type PlayerKind = 'person' | 'organisation' | 'country' | 'group';

/** Where a derived item comes from: the section, and the sentence of the article as written. */
export interface SourceRef {
  readonly section: string;
  readonly text: string;
}

/**
 * Marks an item derived from an article's text rather than written by an editor. Both are absent on
 * a curated briefing's items.
 */
export interface Provenance {
  readonly derived?: true;
  readonly source?: SourceRef;
}

export interface Player extends Provenance {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string;
  readonly side: string;
  readonly description: string;
  readonly kind?: PlayerKind;
}

/** A quotation and who said it, when the sentence says. */
export interface Quote extends Provenance {
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /** The speaker as the sentence names them; empty when it does not. */
  readonly speaker: string;
  /** The speaker's player id, when the speaker is a player. */
  readonly player: string | undefined;
  /** Section id, or undefined. */
  readonly section: string | undefined;
}

export interface BriefingIssue extends Provenance {
  readonly id: string;
  readonly title: string;
  readonly status: IssueStatus;
  readonly summary: string;
  /** Party -> position, in the order the author wrote them. */
  readonly positions: readonly { readonly party: string; readonly position: string }[];
  /** Section ids. */
  readonly sections: readonly string[];
  /** Player ids. */
  readonly players: readonly string[];
}

export interface TimelineEntry extends Provenance {
  /** An ISO 8601 date or a label such as "January". */
  readonly when: string;
  /** The ISO date (YYYY-MM-DD) when `when` is one, for ordering; undefined for labels. */
  readonly date: string | undefined;
  readonly what: string;
  /** Section id, or undefined. */
  readonly section: string | undefined;
}

export interface Figure extends Provenance {
  readonly value: string;
  readonly label: string;
  readonly context: string;
  /** Section id, or undefined. */
  readonly section: string | undefined;
}

export interface BriefingMeta {
  readonly title: string;
  readonly dateline: string;
  /** ISO 8601 date (YYYY-MM-DD, or a full timestamp as written), or undefined. */
  readonly date: string | undefined;
  readonly importance: Importance;
  readonly summary: string;
  readonly sources: readonly string[];
}

export interface Briefing {
  /** Stable id: the file's base name without `.md`. */
  readonly id: string;
  /** The path it was loaded from, as given. */
  readonly file: string;
  readonly meta: BriefingMeta;
  readonly sections: readonly Section[];
  readonly players: readonly Player[];
  readonly issues: readonly BriefingIssue[];
  readonly timeline: readonly TimelineEntry[];
  readonly figures: readonly Figure[];
  /** Quotations with their speakers; absent when the briefing has none. */
  readonly quotes?: readonly Quote[];
  /**
   * Set on an article shown before its panels are derived: the reader opens on its sections at once
   * and takes the derived briefing when it is ready (io/load-article.ts).
   */
  readonly deriving?: true;
}

/** Where a player is named: the section, the sentence holding the name, and the name's offset in the section's markdown. */
export interface Mention {
  readonly playerId: string;
  readonly sectionId: string;
  /** The sentence that holds the mention, whitespace collapsed. */
  readonly sentence: string;
  /** The exact text matched (the name or an alias). */
  readonly text: string;
  /** UTF-16 offset of the match in `Section.markdown`. */
  readonly offset: number;
}

/** What the model derives: indexes the reader and the printers need, computed once per load. */
export interface Derived {
  /** Player id -> mentions, in section order then offset order. */
  readonly mentions: ReadonlyMap<string, readonly Mention[]>;
  /** Section id -> mentions of any player in it, by offset. */
  readonly mentionsBySection: ReadonlyMap<string, readonly Mention[]>;
  /** Section id -> ids of issues that concern it. */
  readonly issuesBySection: ReadonlyMap<string, readonly string[]>;
  /** Player id -> ids of issues that concern them. */
  readonly issuesByPlayer: ReadonlyMap<string, readonly string[]>;
}

export type ParseResult =
  | { readonly ok: true; readonly briefing: Briefing; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A reference to one item of a briefing, as panels and history hold them. */
export type ItemRef =
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'player'; readonly id: string }
  | { readonly kind: 'issue'; readonly id: string }
  | { readonly kind: 'timeline'; readonly index: number }
  | { readonly kind: 'figure'; readonly index: number };

/** One occurrence of a search query. */
export interface SearchHit {
  readonly item: ItemRef;
  /** Which text of the item holds it: `markdown`, `name`, `role`, `position:<party>`, `what`, ... */
  readonly field: string;
  /** UTF-16 offset of the match in that field's text, and its length. */
  readonly offset: number;
  readonly length: number;
  /** The line of text around the match, for lists of hits. */
  readonly snippet: string;
}

/**
 * A reading position that can be saved between runs: the briefing, the item, and the word anchor of
 * the top line.
 */
export type Place = { readonly briefingId: string; readonly anchor: number } & (
  | { readonly itemKind: 'section' | 'player' | 'issue'; readonly itemId: string }
  | { readonly itemKind: 'timeline' | 'figure'; readonly index: number }
  | { readonly itemKind: 'overview' }
);
