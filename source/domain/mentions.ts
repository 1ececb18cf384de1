/**
 * Finding where sections name players. All names and aliases go into one regular expression shaped as
 * a trie, so a section is scanned once whatever the number of players, and at any place the
 * longest name wins (`Rustem Umerov` is one mention, not also `Umerov`).
 */

import { type SentenceAt, sentenceFinder } from './sentences.js';
import type { Mention, Player, Section } from './types.js';

/** Every player name and alias, compiled for one pass over a text. */
export interface NameMatcher {
  /** Undefined when no player has a non-empty name. */
  readonly pattern: RegExp | undefined;
  /** Name or alias text -> ids of the players it names, in briefing order (a shared name names all). */
  readonly owners: ReadonlyMap<string, readonly string[]>;
}

/** Syntax characters of a `u`-mode pattern: escaping anything else there is a syntax error. */
const REGEX_SYNTAX = new Set('\\^$.*+?()[]{}|/');

/** A trie node: the next characters, in the order first met, and the node each leads to. */
interface TrieNode {
  end: boolean;
  readonly chars: string[];
  readonly next: TrieNode[];
}

/**
 * The names as a pattern shaped like a trie (`Rustem(?: Umerov|)`): the engine follows one branch per
 * character instead of trying every name at every word start, which measured ~20-35% faster than a
 * flat alternation on 1,000 names. At each node the longer continuations come before the empty
 * alternative, so the first match found is the longest name that also passes the word-boundary check.
 * (Arrays, not Maps, hold the branches: building 500 players' trie cold took half the time.)
 */
function trieSource(names: Iterable<string>): string {
  const root: TrieNode = { end: false, chars: [], next: [] };
  for (const name of names) {
    let node = root;
    for (const char of name) {
      const at = node.chars.indexOf(char);
      let child = node.next[at];
      if (at === -1 || child === undefined) {
        child = { end: false, chars: [], next: [] };
        node.chars.push(char);
        node.next.push(child);
      }
      node = child;
    }
    node.end = true;
  }
  const branch = (node: TrieNode, i: number): string => {
    const char = node.chars[i] ?? '';
    const child = node.next[i];
    return (REGEX_SYNTAX.has(char) ? `\\${char}` : char) + (child === undefined ? '' : emit(child));
  };
  const emit = (node: TrieNode): string => {
    const count = node.chars.length;
    if (count === 0) return '';
    if (count === 1 && !node.end) return branch(node, 0);
    let out = '(?:';
    for (let i = 0; i < count; i++) out += (i === 0 ? '' : '|') + branch(node, i);
    return `${out}${node.end ? '|' : ''})`;
  };
  return emit(root);
}

/**
 * Compiles the names and aliases of players into one matcher. Whole words only: a name must not be
 * preceded or followed by a letter, number or `_` (so `Trump’s` names `Trump`, `Trumpet` does not).
 * Case-sensitive.
 */
export function createNameMatcher(players: readonly Player[]): NameMatcher {
  const owners = new Map<string, string[]>();
  for (const player of players) {
    for (const name of [player.name, ...player.aliases]) {
      if (name === '') continue;
      const ids = owners.get(name);
      if (ids === undefined) owners.set(name, [player.id]);
      else if (!ids.includes(player.id)) ids.push(player.id);
    }
  }
  if (owners.size === 0) return { pattern: undefined, owners };
  const names = `(?:${trieSource(owners.keys())})`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${names}(?![\\p{L}\\p{N}_])`, 'gu');
  return { pattern, owners };
}

/**
 * Every mention of a player in a section, by offset; a name shared by several players gives each of
 * them a mention at the same offset, in briefing order. The sentence is found when first read:
 * segmenting every section would add ~580 ms to a ~270 ms derive of the 5,000-section benchmark
 * (docs/search.md), and a reader looks at one player's mentions at a time. A mention whose player
 * `accept` refuses is not made (derive caps them).
 */
export function findMentions(
  section: Section,
  matcher: NameMatcher,
  accept: (playerId: string) => boolean = () => true,
): Mention[] {
  const mentions: Mention[] = [];
  if (matcher.pattern === undefined) return mentions;
  let finder: SentenceAt | undefined;
  const sentenceAt: SentenceAt = (offset) => {
    finder ??= sentenceFinder(section.markdown);
    return finder(offset);
  };
  // An exec loop, not matchAll: matchAll copies the (large) pattern per section, measured 2-3x slower.
  const pattern = matcher.pattern;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(section.markdown); found !== null; found = pattern.exec(section.markdown)) {
    for (const playerId of matcher.owners.get(found[0]) ?? []) {
      if (accept(playerId)) mentions.push(mention(playerId, section.id, found[0], found.index, sentenceAt));
    }
  }
  return mentions;
}

/** A mention whose sentence is computed on first read, then kept. */
function mention(
  playerId: string,
  sectionId: string,
  text: string,
  offset: number,
  sentenceAt: SentenceAt,
): Mention {
  let sentence: string | undefined;
  return {
    playerId,
    sectionId,
    get sentence(): string {
      sentence ??= sentenceAt(offset);
      return sentence;
    },
    text,
    offset,
  };
}
