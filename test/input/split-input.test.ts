import { describe, expect, test } from 'vitest';
import { keyName } from '../../source/input/resolve-key.js';
import { splitInput } from '../../source/input/split-input.js';

const names = (input: string) => splitInput(input, {}).map(([i, k]) => keyName(i, k));

describe('splitInput', () => {
  test('a run of typed characters becomes one key each, Enter included', () => {
    expect(names('/Zap\r')).toEqual(['/', 'Z', 'a', 'p', 'return']);
  });

  test('control bytes inside a run keep their meaning', () => {
    expect(names('j\u0004\tk\u007f')).toEqual(['j', 'ctrl+d', 'tab', 'k', 'backspace']);
  });

  test('a single key and escape sequences pass through as Ink gave them', () => {
    expect(splitInput('j', {})).toEqual([['j', {}]]);
    expect(splitInput('\u001b[B', { downArrow: true })).toEqual([['\u001b[B', { downArrow: true }]]);
    expect(splitInput('x', { ctrl: true })).toEqual([['x', { ctrl: true }]]);
  });

  test('emoji and CJK stay whole code points', () => {
    expect(splitInput('日本', {}).map(([i]) => i)).toEqual(['日', '本']);
  });
});
