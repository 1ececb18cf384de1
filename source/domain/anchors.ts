/**
 * In-document anchors: the `#requirements` a README's table of contents links to. A section's id is
 * this project's slug (./slug.ts), which front matter and saved places refer to; GitHub writes its own
 * (github-slugger: punctuation dropped rather than turned into `-`, `-1` for the first repeat), and a
 * README's links are written against GitHub's. So each heading carries its GitHub anchor as well, and a
 * fragment is resolved against both, in the forms GitHub itself accepts.
 */

import { slug as githubSlugger } from 'github-slugger';
import { slugify } from './slug.js';
import type { Briefing, Section } from './types.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_KEPT_ASCII = /[^ 0-9a-z_-]/g;

/**
 * GitHub's slug of a heading (github-slugger's `slug`): lower case, every character that is not a
 * letter, number, mark, `_`, `-` or space removed, each space a `-`. Printable ASCII takes a shorter
 * pattern than the package's Unicode one (a third of the time on 100,000 headings; the two are compared
 * on every ASCII character in test/domain/anchors.test.ts).
 */
export function githubSlug(text: string): string {
  if (!PRINTABLE_ASCII.test(text)) return githubSlugger(text);
  return text.toLowerCase().replace(NOT_KEPT_ASCII, '').replaceAll(' ', '-');
}

/**
 * Hands out GitHub's anchors for headings in document order: `notes`, then `notes-1`, `notes-2`, as
 * github-slugger's `GithubSlugger` numbers them (a heading titled "Notes 1" before the second "Notes"
 * takes `notes-1`, and the second "Notes" becomes `notes-2`).
 */
export function createAnchorAllocator(): (title: string) => string {
  const occurrences = new Map<string, number>();
  return (title) => {
    const base = githubSlug(title);
    let result = base;
    while (occurrences.has(result)) {
      const count = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, count);
      result = `${base}-${count}`;
    }
    occurrences.set(result, 0);
    return result;
  };
}

interface AnchorIndex {
  readonly exact: ReadonlyMap<string, string>;
  readonly folded: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Briefing, AnchorIndex>();

function indexOf(briefing: Briefing): AnchorIndex {
  let index = indexes.get(briefing);
  if (index !== undefined) return index;
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  const add = (key: string | undefined, id: string) => {
    if (key === undefined || key === '') return;
    if (!exact.has(key)) exact.set(key, id);
    const lower = key.toLowerCase();
    if (!folded.has(lower)) folded.set(lower, id);
  };
  // GitHub's anchors first: a README's links are written against them.
  for (const section of briefing.sections) add(section.anchor, section.id);
  for (const section of briefing.sections) add(section.id, section.id);
  index = { exact, folded };
  indexes.set(briefing, index);
  return index;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** The first section whose own text holds an HTML anchor (`<a name="x">`, `id="x"`) with this name. */
function htmlAnchor(briefing: Briefing, name: string): Section | undefined {
  if (name === '' || name.length > 500) return undefined;
  const pattern = new RegExp(
    `\\s(?:name|id)\\s*=\\s*["']?${name.replace(REGEX_SYNTAX, '\\$&')}(?:["'\\s/>])`,
  );
  return briefing.sections.find(
    (section) => section.markdown.includes(name) && pattern.test(section.markdown),
  );
}

/**
 * The id of the section an in-document link (`#requirements`, `#Requirements`, `#user-content-x`,
 * `#caf%C3%A9`) leads to, or undefined when no heading has that anchor. Tried in order: GitHub's anchor
 * or the section id as written, then ignoring case, then the fragment slugged as a heading would be,
 * then the briefing's title (its first `#` heading, which is no section: the opening holds its text),
 * then an HTML anchor in a section's text.
 */
export function resolveAnchor(briefing: Briefing, fragment: string): string | undefined {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const text = decoded(raw).trim();
  const { exact, folded } = indexOf(briefing);
  const forms = [raw, text, text.replace(/^user-content-/i, '')];
  for (const form of forms) {
    const id = exact.get(form);
    if (id !== undefined) return id;
  }
  for (const form of forms) {
    const id = folded.get(form.toLowerCase());
    if (id !== undefined) return id;
  }
  const bare = forms[2] ?? text;
  const slugged = exact.get(githubSlug(bare)) ?? exact.get(slugify(bare, ''));
  if (slugged !== undefined) return slugged;
  const first = briefing.sections[0];
  if (first?.depth === 0 && bare !== '' && githubSlug(briefing.meta.title) === githubSlug(bare))
    return first.id;
  return htmlAnchor(briefing, bare)?.id;
}
