import { describe, expect, test } from 'vitest';
import { commandToAction } from '../../source/input/commands.js';
import { footerHints, helpRows, helpSections } from '../../source/input/help.js';
import { COMMAND_IDS, KEYMAP, SCOPE_TITLES, type Scope } from '../../source/input/keymap.js';
import { activeScopes } from '../../source/input/resolve-key.js';
import { initialState } from '../../source/state/session.js';
import type { AppState } from '../../source/state/state.js';
import { makeContext } from '../state/fixture.js';

/** Every combination of scopes a state can have active (see `activeScopes`). */
function contexts(): { name: string; state: AppState }[] {
  const one: AppState = {
    ...initialState(makeContext(), { viewport: { width: 120, height: 40 } }),
    focus: 'nav',
  };
  const many = initialState(makeContext(['a', 'b']), { viewport: { width: 120, height: 40 } });
  const help = { ...one, overlay: 'help' as const };
  return [
    { name: 'list', state: one },
    { name: 'other list', state: { ...one, panel: 'players' } },
    { name: 'reader', state: { ...one, focus: 'reader' } },
    { name: 'typing', state: { ...one, search: { ...one.search, mode: 'typing' } } },
    { name: 'help', state: help },
    { name: 'filter', state: { ...help, help: { ...help.help, typing: true } } },
    { name: 'picker', state: many },
  ];
}

describe('the keymap', () => {
  test('no key means two things in any context (the rule: no shadowing at all)', () => {
    const clashes: string[] = [];
    for (const { name, state } of contexts()) {
      const seen = new Map<string, string>();
      for (const scope of activeScopes(state)) {
        for (const binding of KEYMAP.filter((b) => b.scope === scope)) {
          for (const key of binding.keys) {
            const before = seen.get(key);
            if (before !== undefined)
              clashes.push(`${name}: "${key}" is ${before} and ${scope}/${binding.id}`);
            seen.set(key, `${scope}/${binding.id}`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the contexts cover every scope', () => {
    const covered = new Set(contexts().flatMap(({ state }) => activeScopes(state)));
    expect([...covered].sort()).toEqual((Object.keys(SCOPE_TITLES) as Scope[]).sort());
  });

  test('Ctrl-C quits in every context', () => {
    for (const { state } of contexts()) {
      const bound = activeScopes(state).flatMap((scope) =>
        KEYMAP.filter((b) => b.scope === scope && b.keys.includes('ctrl+c')),
      );
      expect(bound.map((b) => b.id)).toEqual(['quit']);
    }
  });

  test('every binding has keys and help; keys are normalised names', () => {
    for (const b of KEYMAP) {
      expect(b.keys.length, b.id).toBeGreaterThan(0);
      expect(b.help.trim(), b.id).not.toBe('');
      for (const key of b.keys) {
        expect(key, b.id).toMatch(/^(?:(?:ctrl|meta|shift)\+)*(?:[a-z]+|[^\s])$/);
        expect(new Set(b.keys).size, b.id).toBe(b.keys.length);
      }
    }
  });

  test('every command has at least one key, and an action', () => {
    for (const id of COMMAND_IDS) {
      expect(
        KEYMAP.some((b) => b.id === id),
        id,
      ).toBe(true);
      expect(commandToAction(id).type).toBeTruthy();
    }
  });

  test('the keys the issue asks for are there', () => {
    const keysOf = (scope: Scope, id: string) =>
      KEYMAP.filter((b) => b.scope === scope && b.id === id).flatMap((b) => b.keys);
    expect(keysOf('reader', 'down')).toEqual(expect.arrayContaining(['down', 'j']));
    expect(keysOf('reader', 'up')).toEqual(expect.arrayContaining(['up', 'k']));
    expect(keysOf('reader', 'page-down')).toEqual(expect.arrayContaining(['pagedown', 'space']));
    expect(keysOf('reader', 'page-up')).toEqual(expect.arrayContaining(['pageup']));
    expect(keysOf('reader', 'half-down')).toEqual(['ctrl+d']);
    expect(keysOf('reader', 'half-up')).toEqual(['ctrl+u']);
    expect(keysOf('reader', 'first')).toEqual(expect.arrayContaining(['g', 'home']));
    expect(keysOf('reader', 'last')).toEqual(expect.arrayContaining(['G', 'end']));
    // Enter reads in every list; → and l expand a node of the sections list, and read in the others.
    expect(keysOf('nav', 'open')).toEqual(['return']);
    expect(keysOf('table', 'open')).toEqual(['right', 'l']);
    expect(keysOf('outline', 'node-expand')).toEqual(['right', 'l']);
    expect(keysOf('outline', 'node-collapse')).toEqual(['left', 'h']);
    expect(keysOf('table', 'back')).toEqual(['left', 'h']);
    expect(keysOf('reader', 'back')).toEqual(expect.arrayContaining(['escape', 'left', 'h']));
    expect(keysOf('global', 'focus-next')).toEqual(['tab']);
    expect(keysOf('global', 'focus-prev')).toEqual(['shift+tab']);
    expect(['1', '2', '3', '4', '5'].map((k) => KEYMAP.find((b) => b.keys.includes(k))?.id)).toEqual([
      'panel-sections',
      'panel-players',
      'panel-issues',
      'panel-timeline',
      'panel-figures',
    ]);
    expect(keysOf('global', 'section-prev')).toEqual(['[']);
    expect(keysOf('global', 'section-next')).toEqual([']']);
    expect(keysOf('global', 'search')).toEqual(['/']);
    expect(keysOf('global', 'search-next')).toEqual(['n']);
    expect(keysOf('global', 'search-prev')).toEqual(['N']);
    expect(keysOf('search', 'search-confirm')).toEqual(['return']);
    expect(keysOf('search', 'search-cancel')).toEqual(['escape']);
    expect(keysOf('search', 'search-delete')).toEqual(['backspace']);
    expect(keysOf('global', 'help')).toEqual(['?']);
    expect(keysOf('global', 'quit')).toEqual(['q']);
    expect(keysOf('always', 'quit')).toEqual(['ctrl+c']);
  });
});

describe('help and footer come from the keymap', () => {
  test('the help rows list every binding once, with its keys and help', () => {
    const rows = helpRows();
    expect(rows.map((r) => r.binding)).toEqual(expect.arrayContaining([...KEYMAP]));
    expect(rows).toHaveLength(KEYMAP.length);
    const quit = rows.find((r) => r.binding.scope === 'always');
    expect(quit).toMatchObject({ keys: 'ctrl-c', help: 'Quit, from anywhere' });
    const open = rows.find((r) => r.binding.scope === 'reader' && r.binding.id === 'open');
    expect(open?.keys).toBe('enter → l');
  });

  test('help sections follow the scope order and skip empty ones', () => {
    expect(helpSections().map((s) => s.title)).toEqual(Object.values(SCOPE_TITLES));
    expect(helpSections(['reader', 'global']).map((s) => s.scope)).toEqual(['reader', 'global']);
  });

  test('footer hints for each context are the keymap entries with a footer label', () => {
    const hints = Object.fromEntries(
      contexts().map(({ name, state }) => [name, footerHints(activeScopes(state))]),
    );
    expect(hints).toEqual({
      list: ['j/k select', 'enter read', '/ search', '? help', 'q quit'],
      'other list': ['j/k select', 'enter read', '/ search', '? help', 'q quit'],
      reader: [
        'j/k scroll',
        'space/b page',
        '. , names',
        'enter open',
        'esc back',
        '/ search',
        '? help',
        'q quit',
      ],
      typing: ['enter search', 'esc cancel'],
      help: ['j/k scroll', '/ filter', 'esc back', '? close'],
      filter: ['enter search', 'esc cancel'],
      picker: ['j/k select', 'enter read', '/ filter', 'esc back', '? help', 'q quit'],
    });
    // Drift check: each hint's label is a footer label of a binding in those scopes.
    for (const { state } of contexts()) {
      const labels = KEYMAP.filter((b) => activeScopes(state).includes(b.scope) && b.footer).map(
        (b) => b.footer,
      );
      for (const hint of footerHints(activeScopes(state))) {
        expect(labels.some((label) => hint.endsWith(` ${label}`))).toBe(true);
      }
    }
  });
});
