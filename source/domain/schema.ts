/**
 * The front matter schema (zod 4). Every object is strict: an unknown key is an error at every
 * level, because a misspelt key silently ignored is a briefing silently wrong.
 */

import * as z from 'zod';

/** Player and issue ids: what a URL fragment or a CLI argument can carry without quoting. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const IMPORTANCES = ['top', 'high', 'normal'] as const;
export const ISSUE_STATUSES = ['open', 'stalled', 'resolved'] as const;
export const PLAYER_KINDS = ['person', 'organisation', 'country', 'group'] as const;

const id = z.string().regex(ID_PATTERN);
const text = z.string();
const texts = z.array(z.string());
/**
 * A value the author may write as a YAML number or as text; kept as written. Any number: zod's
 * `z.number()` refuses `1e999` and `.nan`, which are numbers YAML reads and a figure may show as written.
 */
const label = z.union([z.string(), z.custom<number>((value) => typeof value === 'number')]);

export const playerSchema = z.strictObject({
  id,
  name: text,
  aliases: texts.optional(),
  role: text.optional(),
  side: text.optional(),
  description: text.optional(),
  kind: z.enum(PLAYER_KINDS).optional(),
});

export const issueSchema = z.strictObject({
  id,
  title: text,
  status: z.enum(ISSUE_STATUSES).optional(),
  summary: text.optional(),
  positions: z.record(z.string(), z.string()).optional(),
  sections: texts.optional(),
  players: texts.optional(),
});

export const timelineSchema = z.strictObject({
  when: label,
  what: text,
  section: text.optional(),
});

export const figureSchema = z.strictObject({
  value: label,
  label: text,
  context: text.optional(),
  section: text.optional(),
});

export const quoteSchema = z.strictObject({
  text,
  speaker: text.optional(),
  player: text.optional(),
  section: text.optional(),
});

/** The lists of the front matter, and the schema of one item of each. */
export const LIST_SCHEMAS = {
  players: playerSchema,
  issues: issueSchema,
  timeline: timelineSchema,
  figures: figureSchema,
  quotes: quoteSchema,
} as const;

export type ListName = keyof typeof LIST_SCHEMAS;

export const frontMatterSchema = z.strictObject({
  title: text.optional(),
  dateline: text.optional(),
  date: text.optional(),
  importance: z.enum(IMPORTANCES).optional(),
  summary: text.optional(),
  sources: texts.optional(),
  players: z.array(playerSchema).optional(),
  issues: z.array(issueSchema).optional(),
  timeline: z.array(timelineSchema).optional(),
  figures: z.array(figureSchema).optional(),
  quotes: z.array(quoteSchema).optional(),
});

/** Front matter that passed the schema (strings not yet sanitised). */
export type FrontMatterData = z.infer<typeof frontMatterSchema>;

/** What one item of each list is called in messages. */
export const ITEM_NOUNS: Record<ListName, string> = {
  players: 'player',
  issues: 'issue',
  timeline: 'timeline entry',
  figures: 'figure',
  quotes: 'quote',
};

/**
 * The keys allowed in the object at `path` (the top level, or an item of one of the lists), for
 * "did you mean" hints; undefined for paths that hold no object of the schema.
 */
export function allowedKeysAt(path: readonly PropertyKey[]): readonly string[] | undefined {
  if (path.length === 0) return Object.keys(frontMatterSchema.shape);
  const [list] = path;
  if (path.length === 2 && typeof list === 'string' && isListName(list))
    return Object.keys(LIST_SCHEMAS[list].shape);
  return undefined;
}

/** Whether `name` is one of the front matter lists. */
export function isListName(name: string): name is ListName {
  return Object.hasOwn(LIST_SCHEMAS, name);
}
