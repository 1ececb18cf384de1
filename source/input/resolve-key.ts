/**
 * From Ink's `useInput(input, key)` pair to a command: a normalised key name, the scopes active in
 * the state, and the binding of that name in those scopes.
 */

import type { Action } from '../state/actions.js';
import type { AppState } from '../state/state.js';
import { commandToAction } from './commands.js';
import { type CommandId, KEYMAP, type Scope } from './keymap.js';

/** The flags of Ink's `Key` that name a key; all optional so callers and tests pass only what is set. */
export type InkKeyLike = Partial<
  Record<
    | 'upArrow'
    | 'downArrow'
    | 'leftArrow'
    | 'rightArrow'
    | 'pageDown'
    | 'pageUp'
    | 'home'
    | 'end'
    | 'return'
    | 'escape'
    | 'ctrl'
    | 'shift'
    | 'tab'
    | 'backspace'
    | 'delete'
    | 'meta',
    boolean
  >
>;

const NAVIGATION_KEYS = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
] as const;

const CONTROL = /[\p{Cc}]/u;

function modifiers(key: InkKeyLike, shift: boolean): string {
  return `${key.ctrl ? 'ctrl+' : ''}${key.meta ? 'meta+' : ''}${shift && key.shift ? 'shift+' : ''}`;
}

/**
 * The normalised name of a key press: `j`, `G`, `?`, `space`, `return`, `escape`, `tab`,
 * `shift+tab`, `backspace`, `up`, `pagedown`, `ctrl+d`, `meta+left`, ... Undefined for a paste of
 * several characters or a key with no name.
 *
 * Ink reports the byte 0x7F, which is what Backspace sends on most terminals and over SSH, as
 * `delete` (and Ctrl-H as `backspace`); a reader has no use for forward delete, so both are
 * `backspace`. A bare `\n` (some clients' Enter) is `return`. Ink sets `meta` on Escape itself, so
 * Escape is never `meta+escape`.
 */
export function keyName(input: string, key: InkKeyLike): string | undefined {
  if (key.return || input === '\r' || input === '\n') return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return `${key.meta ? 'meta+' : ''}backspace`;
  for (const [flag, name] of NAVIGATION_KEYS) {
    if (key[flag]) return `${modifiers(key, true)}${name}`;
  }
  const chars = [...input];
  if (chars.length !== 1) return undefined;
  if (input === ' ') return `${modifiers(key, false)}space`;
  if (key.ctrl) return `ctrl+${key.meta ? 'meta+' : ''}${input.toLowerCase()}`;
  if (CONTROL.test(input)) return undefined;
  return key.meta ? `meta+${input}` : input;
}

/** The text a key press types into the search query: printable input with no modifier, or a paste. */
export function keyText(input: string, key: InkKeyLike): string | undefined {
  if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.backspace || key.delete)
    return undefined;
  if (NAVIGATION_KEYS.some(([flag]) => key[flag])) return undefined;
  const text = [...input].filter((ch) => !CONTROL.test(ch)).join('');
  return text === '' ? undefined : text;
}

/** The scopes whose bindings apply in a state, most specific first. */
export function activeScopes(state: AppState): readonly Scope[] {
  if (state.overlay === 'help') return state.help.typing ? ['search', 'always'] : ['help', 'always'];
  if (state.screen === 'picker') return state.picker.typing ? ['search', 'always'] : ['picker', 'always'];
  if (state.search.mode === 'typing') return ['search', 'always'];
  if (state.focus === 'reader') return ['reader', 'global', 'always'];
  return [state.panel === 'sections' ? 'outline' : 'table', 'nav', 'global', 'always'];
}

/** The command bound to a key name in the first of the scopes that binds it. */
export function resolveCommand(name: string, scopes: readonly Scope[]): CommandId | undefined {
  for (const scope of scopes) {
    const binding = KEYMAP.find((b) => b.scope === scope && b.keys.includes(name));
    if (binding !== undefined) return binding.id;
  }
  return undefined;
}

/**
 * The action for a key press in a state, or undefined when the key does nothing there. While a
 * search is typed, printable keys type; while the help is open, any key closes it (Ctrl-C still quits).
 */
export function keyToAction(input: string, key: InkKeyLike, state: AppState): Action | undefined {
  const scopes = activeScopes(state);
  const typing =
    state.overlay === 'help'
      ? state.help.typing
      : state.screen === 'picker'
        ? state.picker.typing
        : state.search.mode === 'typing';
  if (typing) {
    const text = keyText(input, key);
    if (text !== undefined) return { type: 'search-input', text };
  }
  const name = keyName(input, key);
  const id = name === undefined ? undefined : resolveCommand(name, scopes);
  if (id !== undefined) return commandToAction(id);
  return state.overlay === 'help' && !state.help.typing ? { type: 'help', open: false } : undefined;
}
