import { describe, expect, test } from 'vitest';
import { displayKey } from '../../source/input/help.js';
import { KEYMAP } from '../../source/input/keymap.js';
import {
  type InkKeyLike,
  keyName,
  keyText,
  keyToAction,
  resolveCommand,
} from '../../source/input/resolve-key.js';
import { initialState } from '../../source/state/session.js';
import type { AppState } from '../../source/state/state.js';
import { makeContext } from '../state/fixture.js';

describe('keyName', () => {
  const cases: [string, string, InkKeyLike, string | undefined][] = [
    ['a letter', 'j', {}, 'j'],
    ['a capital (Ink sets shift)', 'G', { shift: true }, 'G'],
    ['punctuation', '?', {}, '?'],
    ['a bracket', '[', {}, '['],
    ['a digit', '3', {}, '3'],
    ['space', ' ', {}, 'space'],
    ['enter', '\r', { return: true }, 'return'],
    ['a bare line feed', '\n', {}, 'return'],
    ['escape (Ink also sets meta)', '', { escape: true, meta: true }, 'escape'],
    ['tab', '', { tab: true }, 'tab'],
    ['shift+tab', '', { tab: true, shift: true }, 'shift+tab'],
    ['0x7F, which Ink calls delete', '', { delete: true }, 'backspace'],
    ['ctrl+h, which Ink calls backspace', '', { backspace: true }, 'backspace'],
    ['up', '', { upArrow: true }, 'up'],
    ['down', '', { downArrow: true }, 'down'],
    ['left', '', { leftArrow: true }, 'left'],
    ['right', '', { rightArrow: true }, 'right'],
    ['page up', '', { pageUp: true }, 'pageup'],
    ['page down', '', { pageDown: true }, 'pagedown'],
    ['home', '', { home: true }, 'home'],
    ['end', '', { end: true }, 'end'],
    ['alt+left', '', { leftArrow: true, meta: true }, 'meta+left'],
    ['shift+up', '', { upArrow: true, shift: true }, 'shift+up'],
    ['ctrl+d', 'd', { ctrl: true }, 'ctrl+d'],
    ['ctrl+c', 'c', { ctrl: true }, 'ctrl+c'],
    ['alt+b', 'b', { meta: true }, 'meta+b'],
    ['a paste', 'hello', {}, undefined],
    ['a stray control character', '\u0007', {}, undefined],
    ['nothing', '', {}, undefined],
  ];
  for (const [what, input, key, name] of cases) {
    test(what, () => expect(keyName(input, key)).toBe(name));
  }
});

describe('keyText', () => {
  test('printable input types, including space, digits and capitals', () => {
    expect(keyText('a', {})).toBe('a');
    expect(keyText(' ', {})).toBe(' ');
    expect(keyText('Q', { shift: true })).toBe('Q');
    expect(keyText('pasted text', {})).toBe('pasted text');
    expect(keyText('é', {})).toBe('é');
  });

  test('keys with a meaning do not type', () => {
    expect(keyText('d', { ctrl: true })).toBeUndefined();
    expect(keyText('', { escape: true })).toBeUndefined();
    expect(keyText('\r', { return: true })).toBeUndefined();
    expect(keyText('', { upArrow: true })).toBeUndefined();
    expect(keyText('', { delete: true })).toBeUndefined();
    expect(keyText('b', { meta: true })).toBeUndefined();
    expect(keyText('a\u0000b', {})).toBe('ab');
  });
});

describe('keyToAction', () => {
  const ctx = makeContext();
  const list: AppState = { ...initialState(ctx, { viewport: { width: 120, height: 40 } }), focus: 'nav' };
  const reader: AppState = { ...list, focus: 'reader' };
  const typing: AppState = { ...list, search: { ...list.search, mode: 'typing' } };
  const help: AppState = { ...list, overlay: 'help' };

  test('the same key acts on the focused pane', () => {
    expect(keyToAction('j', {}, list)).toEqual({ type: 'move', by: 1 });
    expect(keyToAction('j', {}, reader)).toEqual({ type: 'move', by: 1 });
    expect(keyToAction('d', { ctrl: true }, list)).toEqual({ type: 'page', dir: 1 });
    expect(keyToAction('d', { ctrl: true }, reader)).toEqual({ type: 'page', dir: 1, half: true });
    expect(keyToAction('.', {}, reader)).toEqual({ type: 'link-step', dir: 1 });
    expect(keyToAction('.', {}, list)).toBeUndefined();
  });

  test('global keys work from both panes', () => {
    for (const state of [list, reader]) {
      expect(keyToAction('/', {}, state)).toEqual({ type: 'search-start' });
      expect(keyToAction('N', { shift: true }, state)).toEqual({ type: 'search-step', dir: -1 });
      expect(keyToAction('3', {}, state)).toEqual({ type: 'panel', panel: 'issues' });
      expect(keyToAction(']', {}, state)).toEqual({ type: 'section-step', dir: 1 });
      expect(keyToAction('', { delete: true }, state)).toEqual({ type: 'history', dir: 'back' });
      expect(keyToAction('L', { shift: true }, state)).toEqual({ type: 'history', dir: 'forward' });
      expect(keyToAction('', { tab: true, shift: true }, state)).toEqual({ type: 'focus', dir: -1 });
      expect(keyToAction('q', {}, state)).toEqual({ type: 'quit' });
    }
  });

  test('while typing a search, printable keys type, even q, j, n and digits', () => {
    for (const ch of ['q', 'j', 'n', '1', '/', '?', ' ']) {
      expect(keyToAction(ch, {}, typing)).toEqual({ type: 'search-input', text: ch });
    }
    expect(keyToAction('', { delete: true }, typing)).toEqual({ type: 'search-delete' });
    expect(keyToAction('\r', { return: true }, typing)).toEqual({ type: 'search-confirm' });
    expect(keyToAction('', { escape: true, meta: true }, typing)).toEqual({ type: 'search-cancel' });
    expect(keyToAction('c', { ctrl: true }, typing)).toEqual({ type: 'quit' });
    expect(keyToAction('', { tab: true }, typing)).toBeUndefined();
  });

  test('with the help open: its keys scroll and filter it, any other key closes it, Ctrl-C still quits', () => {
    expect(keyToAction('j', {}, help)).toEqual({ type: 'move', by: 1 });
    expect(keyToAction(' ', {}, help)).toEqual({ type: 'page', dir: 1 });
    expect(keyToAction('/', {}, help)).toEqual({ type: 'search-start' });
    expect(keyToAction('', { escape: true }, help)).toEqual({ type: 'back' });
    expect(keyToAction('x', {}, help)).toEqual({ type: 'help', open: false });
    expect(keyToAction('q', {}, help)).toEqual({ type: 'help', open: false });
    expect(keyToAction('c', { ctrl: true }, help)).toEqual({ type: 'quit' });
    // While the filter is typed, keys type it.
    const typing: AppState = { ...help, help: { ...help.help, typing: true } };
    expect(keyToAction('q', {}, typing)).toEqual({ type: 'search-input', text: 'q' });
    expect(keyToAction('', { escape: true }, typing)).toEqual({ type: 'search-cancel' });
  });

  test('on the picker, its own keys', () => {
    const picker = initialState(makeContext(['a', 'b']), { viewport: { width: 120, height: 40 } });
    expect(keyToAction('k', {}, picker)).toEqual({ type: 'move', by: -1 });
    expect(keyToAction('\r', { return: true }, picker)).toEqual({ type: 'open' });
    // `/` filters the library (by title and file name); while the filter is typed, keys type.
    expect(keyToAction('/', {}, picker)).toEqual({ type: 'search-start' });
    expect(keyToAction('?', {}, picker)).toEqual({ type: 'help', open: true });
    const typing = { ...picker, picker: { ...picker.picker, typing: true } };
    expect(keyToAction('q', {}, typing)).toEqual({ type: 'search-input', text: 'q' });
    expect(keyToAction('\r', { return: true }, typing)).toEqual({ type: 'search-confirm' });
    expect(keyToAction('', { escape: true }, typing)).toEqual({ type: 'search-cancel' });
  });

  test('every bound key name resolves back to its command in its scope', () => {
    for (const b of KEYMAP) {
      for (const key of b.keys) expect(resolveCommand(key, [b.scope]), `${b.scope} ${key}`).toBe(b.id);
    }
  });
});

describe('displayKey', () => {
  test('names as the help shows them', () => {
    expect(displayKey('ctrl+d')).toBe('ctrl-d');
    expect(displayKey('meta+left')).toBe('alt-←');
    expect(displayKey('return')).toBe('enter');
    expect(displayKey('escape')).toBe('esc');
    expect(displayKey('shift+tab')).toBe('shift-tab');
    expect(displayKey('pagedown')).toBe('pgdn');
    expect(displayKey('G')).toBe('G');
  });
});
