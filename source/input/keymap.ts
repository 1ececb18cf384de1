/**
 * Every key binding, as data. The help overlay and the footer hints are generated from this list
 * (./help.ts) and a test checks it: no key twice in any context, help on every binding, a key for
 * every command. Key names are normalised by `keyName` (./resolve-key.ts).
 */

/** What a key asks for; mapped to a reducer action by `commandToAction`. */
export const COMMAND_IDS = [
  'quit',
  'help',
  'close-help',
  'down',
  'up',
  'page-down',
  'page-up',
  'half-down',
  'half-up',
  'first',
  'last',
  'open',
  'back',
  'focus-next',
  'focus-prev',
  'overview',
  'panel-sections',
  'panel-players',
  'panel-issues',
  'panel-timeline',
  'panel-figures',
  'node-expand',
  'node-collapse',
  'section-prev',
  'section-next',
  'open-url',
  'code-wrap',
  'code-left',
  'code-right',
  'link-next',
  'link-prev',
  'history-back',
  'history-forward',
  'search',
  'search-next',
  'search-prev',
  'search-confirm',
  'search-cancel',
  'search-delete',
  'changes',
  'mark-read',
] as const;

/** A command of the keymap. */
export type CommandId = (typeof COMMAND_IDS)[number];

/**
 * Where a binding applies. `always` is active everywhere; `global` wherever the briefing is being
 * browsed (list or reader focused, no search typing, no overlay); the others in their own context.
 * `outline` is the sections list and `table` every other list: both lists share `nav`, and only the
 * sections list, a tree, gives `←`/`→` and `h`/`l` to its nodes.
 */
export type Scope =
  | 'always'
  | 'global'
  | 'nav'
  | 'outline'
  | 'table'
  | 'reader'
  | 'search'
  | 'help'
  | 'picker';

/** Scope titles, in the order the help overlay lists them. */
export const SCOPE_TITLES: Readonly<Record<Scope, string>> = {
  reader: 'Reading',
  nav: 'Lists',
  outline: 'In the sections list',
  table: 'In the other lists',
  global: 'Anywhere in a briefing',
  search: 'While typing a search',
  picker: 'Library',
  help: 'This help',
  always: 'Always',
};

/** One binding: a command, the keys that give it, what it does, and where. */
export interface Binding {
  readonly id: CommandId;
  /** Normalised key names; the first is the one the footer shows. */
  readonly keys: readonly string[];
  /** What it does, for the help overlay. */
  readonly help: string;
  readonly scope: Scope;
  /** A short label for the footer; bindings without one are in the help only. Equal labels share a hint. */
  readonly footer?: string;
}

/** The keymap. */
export const KEYMAP: readonly Binding[] = [
  { scope: 'always', id: 'quit', keys: ['ctrl+c'], help: 'Quit, from anywhere' },

  { scope: 'global', id: 'focus-next', keys: ['tab'], help: 'Switch between the list and the reader' },
  { scope: 'global', id: 'focus-prev', keys: ['shift+tab'], help: 'Switch between the list and the reader' },
  {
    scope: 'global',
    id: 'overview',
    keys: ['0'],
    help: 'The briefing at a glance: summary, sides, issues, figures, timeline',
  },
  {
    scope: 'global',
    id: 'open-url',
    keys: ['o'],
    help: 'Open the highlighted web link (over SSH: copy it and show it)',
  },
  { scope: 'global', id: 'panel-sections', keys: ['1'], help: 'Show the sections' },
  { scope: 'global', id: 'panel-players', keys: ['2'], help: 'Show the players' },
  { scope: 'global', id: 'panel-issues', keys: ['3'], help: 'Show the issues' },
  { scope: 'global', id: 'panel-timeline', keys: ['4'], help: 'Show the timeline' },
  { scope: 'global', id: 'panel-figures', keys: ['5'], help: 'Show the figures' },
  {
    scope: 'global',
    id: 'section-prev',
    keys: ['['],
    help: 'Read the previous section, at any level (the list opens to it)',
  },
  {
    scope: 'global',
    id: 'section-next',
    keys: [']'],
    help: 'Read the next section, at any level (the list opens to it)',
  },
  { scope: 'global', id: 'search', keys: ['/'], help: 'Search every panel', footer: 'search' },
  {
    scope: 'global',
    id: 'search-next',
    keys: ['n'],
    help: 'Next search hit (wraps around); with no search, the next change',
  },
  {
    scope: 'global',
    id: 'search-prev',
    keys: ['N'],
    help: 'Previous search hit (wraps around); with no search, the previous change',
  },
  { scope: 'global', id: 'changes', keys: ['c'], help: 'What changed since you last read this briefing' },
  { scope: 'global', id: 'mark-read', keys: ['M'], help: 'Mark everything in this briefing as read' },
  {
    scope: 'global',
    id: 'history-back',
    keys: ['backspace', 'H', 'meta+left'],
    help: 'Go back to where you were before (history)',
  },
  { scope: 'global', id: 'history-forward', keys: ['L', 'meta+right'], help: 'Go forward again (history)' },
  { scope: 'global', id: 'help', keys: ['?'], help: 'Show all keys', footer: 'help' },
  { scope: 'global', id: 'quit', keys: ['q'], help: 'Quit', footer: 'quit' },

  { scope: 'nav', id: 'down', keys: ['j', 'down'], help: 'Select the next item', footer: 'select' },
  { scope: 'nav', id: 'up', keys: ['k', 'up'], help: 'Select the previous item', footer: 'select' },
  {
    scope: 'nav',
    id: 'page-down',
    keys: ['pagedown', 'space', 'ctrl+d', 'ctrl+f'],
    help: 'Select a page further down',
  },
  {
    scope: 'nav',
    id: 'page-up',
    keys: ['pageup', 'b', 'ctrl+u', 'ctrl+b'],
    help: 'Select a page further up',
  },
  { scope: 'nav', id: 'first', keys: ['g', 'home'], help: 'Select the first item' },
  { scope: 'nav', id: 'last', keys: ['G', 'end'], help: 'Select the last item' },
  { scope: 'nav', id: 'open', keys: ['return'], help: 'Read the selected item', footer: 'read' },
  {
    scope: 'nav',
    id: 'back',
    keys: ['escape'],
    help: 'Back to the library (when several briefings are open)',
  },

  {
    scope: 'outline',
    id: 'node-expand',
    keys: ['right', 'l'],
    help: 'Expand the section; if expanded or a leaf, read it',
  },
  {
    scope: 'outline',
    id: 'node-collapse',
    keys: ['left', 'h'],
    help: 'Collapse the section; if collapsed or a leaf, go up (top: the library)',
  },

  { scope: 'table', id: 'open', keys: ['right', 'l'], help: 'Read the selected item' },
  {
    scope: 'table',
    id: 'back',
    keys: ['left', 'h'],
    help: 'Back to the library (when several briefings are open)',
  },

  { scope: 'reader', id: 'down', keys: ['j', 'down'], help: 'Scroll down a line', footer: 'scroll' },
  { scope: 'reader', id: 'up', keys: ['k', 'up'], help: 'Scroll up a line', footer: 'scroll' },
  {
    scope: 'reader',
    id: 'page-down',
    keys: ['space', 'pagedown', 'ctrl+f'],
    help: 'Scroll down a page',
    footer: 'page',
  },
  {
    scope: 'reader',
    id: 'page-up',
    keys: ['b', 'pageup', 'ctrl+b'],
    help: 'Scroll up a page',
    footer: 'page',
  },
  { scope: 'reader', id: 'half-down', keys: ['ctrl+d'], help: 'Scroll down half a page' },
  { scope: 'reader', id: 'half-up', keys: ['ctrl+u'], help: 'Scroll up half a page' },
  { scope: 'reader', id: 'first', keys: ['g', 'home'], help: 'Go to the top' },
  { scope: 'reader', id: 'last', keys: ['G', 'end'], help: 'Go to the end' },
  {
    scope: 'reader',
    id: 'link-next',
    keys: ['.'],
    help: 'Highlight the next name or link in view',
    footer: 'names',
  },
  {
    scope: 'reader',
    id: 'link-prev',
    keys: [','],
    help: 'Highlight the previous name or link in view',
    footer: 'names',
  },
  {
    scope: 'reader',
    id: 'open',
    keys: ['return', 'right', 'l'],
    help: 'Open the highlighted name or link',
    footer: 'open',
  },
  { scope: 'reader', id: 'back', keys: ['escape', 'left', 'h'], help: 'Back to the list', footer: 'back' },
  {
    scope: 'reader',
    id: 'code-wrap',
    keys: ['w'],
    help: 'Wrap long code lines, or show them whole to scroll sideways',
  },
  { scope: 'reader', id: 'code-left', keys: ['<'], help: 'Scroll whole code lines to the left' },
  {
    scope: 'reader',
    id: 'code-right',
    keys: ['>'],
    help: 'Scroll whole code lines to the right (shows them whole first)',
  },

  {
    scope: 'search',
    id: 'search-confirm',
    keys: ['return'],
    help: 'Search for what you typed (empty: clear the search)',
    footer: 'search',
  },
  {
    scope: 'search',
    id: 'search-cancel',
    keys: ['escape'],
    help: 'Stop typing; keep the previous search',
    footer: 'cancel',
  },
  {
    scope: 'search',
    id: 'search-delete',
    keys: ['backspace'],
    help: 'Delete the last character (on an empty query: cancel)',
  },

  { scope: 'help', id: 'down', keys: ['j', 'down'], help: 'Scroll down a line', footer: 'scroll' },
  { scope: 'help', id: 'up', keys: ['k', 'up'], help: 'Scroll up a line', footer: 'scroll' },
  {
    scope: 'help',
    id: 'page-down',
    keys: ['space', 'pagedown', 'ctrl+f', 'ctrl+d'],
    help: 'Scroll down a page',
  },
  { scope: 'help', id: 'page-up', keys: ['b', 'pageup', 'ctrl+b', 'ctrl+u'], help: 'Scroll up a page' },
  { scope: 'help', id: 'first', keys: ['g', 'home'], help: 'Go to the top' },
  { scope: 'help', id: 'last', keys: ['G', 'end'], help: 'Go to the end' },
  {
    scope: 'help',
    id: 'search',
    keys: ['/'],
    help: 'Show only the keys whose name or description holds what you type',
    footer: 'filter',
  },
  {
    scope: 'help',
    id: 'back',
    keys: ['escape'],
    help: 'Clear the filter; without one, close this help',
    footer: 'back',
  },
  {
    scope: 'help',
    id: 'close-help',
    keys: ['?', 'q', 'return'],
    help: 'Close this help (so does any key it does not use)',
    footer: 'close',
  },

  { scope: 'picker', id: 'down', keys: ['j', 'down'], help: 'Select the next briefing', footer: 'select' },
  { scope: 'picker', id: 'up', keys: ['k', 'up'], help: 'Select the previous briefing', footer: 'select' },
  { scope: 'picker', id: 'page-down', keys: ['pagedown', 'space'], help: 'Select a page further down' },
  { scope: 'picker', id: 'page-up', keys: ['pageup', 'b'], help: 'Select a page further up' },
  { scope: 'picker', id: 'first', keys: ['g', 'home'], help: 'Select the first briefing' },
  { scope: 'picker', id: 'last', keys: ['G', 'end'], help: 'Select the last briefing' },
  {
    scope: 'picker',
    id: 'open',
    keys: ['return', 'right', 'l'],
    help: 'Read the selected briefing',
    footer: 'read',
  },
  {
    scope: 'picker',
    id: 'search',
    keys: ['/'],
    help: 'Show only the briefings whose title or file name holds what you type',
    footer: 'filter',
  },
  {
    scope: 'picker',
    id: 'back',
    keys: ['escape', 'left', 'h'],
    help: 'Clear the filter; without one, back to the briefing you were reading',
    footer: 'back',
  },
  { scope: 'picker', id: 'help', keys: ['?'], help: 'Show all keys', footer: 'help' },
  { scope: 'picker', id: 'quit', keys: ['q'], help: 'Quit', footer: 'quit' },
];
