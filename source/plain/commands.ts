/**
 * The commands of the plain (screen-reader) mode, as data: each entry says how it is typed, what it
 * does, and how a line becomes it. The parser and the help text are both read from this one table, so
 * they cannot drift apart.
 */

import { PANELS, type PanelId } from '../state/items.js';

/** A command of the plain mode, parsed from one line of input. */
export type PlainCommand =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'panel'; readonly panel: PanelId }
  /** A bare number: a row of the list just printed, or (with no list up) panel 1 to 5. */
  | { readonly type: 'number'; readonly n: number }
  | { readonly type: 'links' }
  | { readonly type: 'follow'; readonly n: number }
  /** An empty query lists the last search's hits again. */
  | { readonly type: 'search'; readonly query: string }
  | { readonly type: 'back' }
  | { readonly type: 'again' }
  | { readonly type: 'info' }
  | { readonly type: 'briefings' }
  | { readonly type: 'help' }
  | { readonly type: 'quit' }
  | { readonly type: 'unknown'; readonly text: string };

/** One row of the command table. */
export interface PlainCommandSpec {
  /** How it is typed, as the help shows it. */
  readonly usage: string;
  /** What it does, as the help shows it. */
  readonly help: string;
  /** Whole words (lower case) that mean this command; '' is an empty line (Enter). */
  readonly words?: readonly string[];
  /** Forms with an argument: a pattern on the trimmed line as typed (case-insensitive) and what a match makes. */
  readonly pattern?: RegExp;
  readonly make: (word: string, match: RegExpExecArray | undefined) => PlainCommand;
}

/** Singular words that also name a panel, so `player` works like `players`. */
const PANEL_ALIASES: Readonly<Record<string, PanelId>> = {
  section: 'sections',
  player: 'players',
  issue: 'issues',
  figure: 'figures',
};

const numberIn = (match: RegExpExecArray | undefined): number => Number(match?.[1] ?? Number.NaN);

/** Every command, in the order `help` lists them. */
export const PLAIN_COMMANDS: readonly PlainCommandSpec[] = [
  {
    usage: 'Enter, n or next',
    help: 'read the next item in the panel',
    words: ['', 'n', 'next'],
    make: () => ({ type: 'next' }),
  },
  {
    usage: 'p or previous',
    help: 'read the previous item in the panel',
    words: ['p', 'prev', 'previous'],
    make: () => ({ type: 'previous' }),
  },
  {
    usage: '1 to 5, or sections, players, issues, timeline, figures',
    help: 'list a panel, numbered',
    words: [...PANELS, ...Object.keys(PANEL_ALIASES)],
    make: (word) => ({ type: 'panel', panel: PANEL_ALIASES[word] ?? (word as PanelId) }),
  },
  {
    usage: 'a number',
    help: 'open that row of the list just printed (with no list printed, 1 to 5 list a panel)',
    pattern: /^(\d{1,9})$/,
    make: (_, match) => ({ type: 'number', n: numberIn(match) }),
  },
  {
    usage: 'l or links',
    help: 'list the links of the item: its names, mentions, issues and sections, numbered',
    words: ['l', 'link', 'links', 'go'],
    make: () => ({ type: 'links' }),
  },
  {
    usage: 'l N or go N',
    help: 'follow link N (a mention prints its sentence, then its section)',
    pattern: /^(?:l|links?|go|follow)\s*(\d{1,9})$/i,
    make: (_, match) => ({ type: 'follow', n: numberIn(match) }),
  },
  {
    usage: '/text or search text',
    help: 'search every panel and list the items it is in, each once, numbered; / alone lists them again',
    pattern: /^(?:\/|(?:search|find)(?:\s+|$))(.*)$/is,
    make: (_, match) => ({ type: 'search', query: (match?.[1] ?? '').trim() }),
  },
  {
    usage: 'b or back',
    help: 'go back to the item read before',
    words: ['b', 'back'],
    make: () => ({ type: 'back' }),
  },
  {
    usage: 'r or again',
    help: 'read the current item again',
    words: ['r', 'again', 'read', 'repeat'],
    make: () => ({ type: 'again' }),
  },
  {
    usage: 'i or info',
    help: "the briefing's title, dateline, summary and panels",
    words: ['i', 'info'],
    make: () => ({ type: 'info' }),
  },
  {
    usage: 'briefings',
    help: 'list the open briefings (when a directory was opened)',
    words: ['briefings', 'library'],
    make: () => ({ type: 'briefings' }),
  },
  {
    usage: 'help, h or ?',
    help: 'list these commands',
    words: ['help', 'h', '?', 'commands'],
    make: () => ({ type: 'help' }),
  },
  {
    usage: 'q, quit, Ctrl-D or Ctrl-C',
    help: 'quit',
    words: ['q', 'quit', 'exit'],
    make: () => ({ type: 'quit' }),
  },
];

const BY_WORD = new Map<string, PlainCommandSpec>();
for (const spec of PLAIN_COMMANDS) for (const word of spec.words ?? []) BY_WORD.set(word, spec);

// An arrow or function key typed into the terminal's own line editor arrives as its escape sequence
// (`ESC [ A`); it means nothing here, so it is dropped along with any other control character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const KEY_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?|[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Parses one line of input. Words are matched case-insensitively with surrounding spaces ignored; a
 * search keeps its query's case, because search is case-sensitive when the query has a capital.
 * Escape sequences and control characters in the line are ignored.
 */
export function parseCommand(line: string): PlainCommand {
  const trimmed = line.replace(KEY_SEQUENCE, '').trim();
  const word = trimmed.toLowerCase();
  const spec = BY_WORD.get(word);
  if (spec !== undefined) return spec.make(word, undefined);
  for (const candidate of PLAIN_COMMANDS) {
    const match = candidate.pattern?.exec(trimmed);
    if (match) return candidate.make(word, match);
  }
  return { type: 'unknown', text: trimmed };
}
