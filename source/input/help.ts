/**
 * The help overlay's rows and the footer's hints, generated from the keymap so they cannot drift
 * from it.
 */

import { type Binding, KEYMAP, SCOPE_TITLES, type Scope } from './keymap.js';

const KEY_LABELS: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  return: 'enter',
  escape: 'esc',
  pageup: 'pgup',
  pagedown: 'pgdn',
  backspace: 'bksp',
  meta: 'alt',
  ctrl: 'ctrl',
  shift: 'shift',
};

// ASCII sessions (`--ascii`, a locale that is not UTF-8) name the arrows.
const ASCII_LABELS: Readonly<Record<string, string>> = {
  up: 'up',
  down: 'down',
  left: 'left',
  right: 'right',
};

/**
 * How a normalised key name is shown: `ctrl+d` as `ctrl-d`, `meta+left` as `alt-←` (`alt-left` in
 * ASCII), `return` as `enter`.
 */
export function displayKey(name: string, ascii = false): string {
  if (name.length === 1) return name;
  return name
    .split('+')
    .map((part) => (ascii ? ASCII_LABELS[part] : undefined) ?? KEY_LABELS[part] ?? part)
    .join('-');
}

/** One row of the help overlay. */
export interface HelpRow {
  readonly scope: Scope;
  /** The binding's keys as shown, separated by spaces. */
  readonly keys: string;
  readonly help: string;
  readonly binding: Binding;
}

/** One titled group of the help overlay. */
export interface HelpSection {
  readonly scope: Scope;
  readonly title: string;
  readonly rows: readonly HelpRow[];
}

/**
 * Every binding as a help row, grouped by scope in the order of `SCOPE_TITLES`; pass scopes to show
 * fewer, and `ascii` to name the arrow keys in words.
 */
export function helpSections(
  scopes: readonly Scope[] = Object.keys(SCOPE_TITLES) as Scope[],
  bindings: readonly Binding[] = KEYMAP,
  ascii = false,
): HelpSection[] {
  const order = (Object.keys(SCOPE_TITLES) as Scope[]).filter((s) => scopes.includes(s));
  return order
    .map((scope) => ({
      scope,
      title: SCOPE_TITLES[scope],
      rows: bindings
        .filter((b) => b.scope === scope)
        .map((b) => ({
          scope,
          keys: b.keys.map((key) => displayKey(key, ascii)).join(' '),
          help: b.help,
          binding: b,
        })),
    }))
    .filter((section) => section.rows.length > 0);
}

/** All help rows, flat. */
export function helpRows(bindings: readonly Binding[] = KEYMAP): HelpRow[] {
  return helpSections(undefined, bindings).flatMap((section) => section.rows);
}

/**
 * The footer's key hints for the active scopes (most specific first): each binding with a footer
 * label, shown by its first key; bindings of a scope sharing a label share a hint (`j/k scroll`,
 * `. , names`).
 */
export function footerHints(
  scopes: readonly Scope[],
  bindings: readonly Binding[] = KEYMAP,
  ascii = false,
): string[] {
  const hints: string[] = [];
  for (const scope of scopes) {
    const groups = new Map<string, string[]>();
    for (const b of bindings) {
      const first = b.keys[0];
      if (b.scope !== scope || b.footer === undefined || first === undefined) continue;
      const keys = groups.get(b.footer) ?? [];
      keys.push(displayKey(first, ascii));
      groups.set(b.footer, keys);
    }
    for (const [label, keys] of groups) {
      // `j/k` reads well; `./,` does not, so punctuation keys are separated by a space.
      const separator = keys.every((key) => /^[\p{L}\p{N}]/u.test(key) || key.length > 1) ? '/' : ' ';
      hints.push(`${keys.join(separator)} ${label}`);
    }
  }
  return hints;
}
