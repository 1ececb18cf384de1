/**
 * Random keys for the fuzz tests, in the two forms the reader meets them: as Ink reports them
 * (`input` and the `Key` flags, for the reducer through the keymap) and as the bytes a terminal sends
 * (for the whole app and the program in a pty). Every key name the keymap binds is drawn, plus pastes,
 * control characters and escape sequences no binding knows. Quitting keys (`q`, Ctrl-C) are left out
 * unless asked for: a fuzz run that quits on its third key tests little.
 */
import fc from 'fast-check';
import { KEYMAP } from '../../source/input/keymap.js';
import type { InkKeyLike } from '../../source/input/resolve-key.js';

/** Every key name some binding uses. */
export const KEY_NAMES: readonly string[] = [...new Set(KEYMAP.flatMap((binding) => binding.keys))];

const QUITS = new Set(['q', 'ctrl+c']);

const FLAGS: Record<string, InkKeyLike> = {
  up: { upArrow: true },
  down: { downArrow: true },
  left: { leftArrow: true },
  right: { rightArrow: true },
  pageup: { pageUp: true },
  pagedown: { pageDown: true },
  home: { home: true },
  end: { end: true },
};

/** A key name as Ink reports it: `[input, key]`. */
export function inkKey(name: string): [string, InkKeyLike] {
  const meta = name.startsWith('meta+');
  const bare = meta ? name.slice(5) : name;
  if (bare === 'return') return ['\r', { return: true }];
  if (bare === 'escape') return ['', { escape: true, meta: true }];
  if (bare === 'tab') return ['', { tab: true }];
  if (bare === 'shift+tab') return ['', { tab: true, shift: true }];
  if (bare === 'backspace') return ['', { delete: true, meta }];
  if (bare === 'space') return [' ', { meta }];
  if (bare.startsWith('ctrl+')) return [bare.slice(5), { ctrl: true }];
  const flags = FLAGS[bare];
  if (flags !== undefined) return ['', { ...flags, meta }];
  return [bare, { meta, shift: bare !== bare.toLowerCase() }];
}

/** The bytes a terminal sends for a key name (xterm, normal cursor keys). */
export function keyBytes(name: string): string {
  const meta = name.startsWith('meta+');
  const bare = meta ? name.slice(5) : name;
  const plain: Record<string, string> = {
    return: '\r',
    escape: '\u001b',
    tab: '\t',
    'shift+tab': '\u001b[Z',
    backspace: '\u007f',
    space: ' ',
    up: '\u001b[A',
    down: '\u001b[B',
    right: '\u001b[C',
    left: '\u001b[D',
    home: '\u001b[H',
    end: '\u001b[F',
    pageup: '\u001b[5~',
    pagedown: '\u001b[6~',
  };
  let bytes = plain[bare];
  if (bytes === undefined && bare.startsWith('ctrl+'))
    bytes = String.fromCharCode((bare.charCodeAt(5) & 0x1f) >>> 0);
  bytes ??= bare;
  if (!meta) return bytes;
  // xterm sends Alt+arrow as CSI 1;3 X; Alt+key as ESC then the key.
  return bytes.startsWith('\u001b[') && bytes.length === 3 ? `\u001b[1;3${bytes[2]}` : `\u001b${bytes}`;
}

const names = (quits: boolean) => KEY_NAMES.filter((name) => quits || !QUITS.has(name));

/** Text a person might paste or type into a search: letters, CJK, emoji, spaces. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }),
  fc.constantFrom('Umerov', 'talks', '東京', '👩‍👩‍👧', 'before', ' ', 'zz'),
);

/** A random key press as Ink reports it. */
export function inkKeyArbitrary(options: { quits?: boolean } = {}): fc.Arbitrary<[string, InkKeyLike]> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names(options.quits ?? false)).map(inkKey) },
    { weight: 1, arbitrary: text.map((t): [string, InkKeyLike] => [t, {}]) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          input: fc.string({ unit: 'binary', maxLength: 3 }),
          ctrl: fc.boolean(),
          meta: fc.boolean(),
          shift: fc.boolean(),
        })
        .map(({ input, ...flags }): [string, InkKeyLike] => [input, flags]),
    },
  );
}

/** Escape sequences a terminal may send that no binding uses, and broken ones. */
const STRAY_SEQUENCES = [
  '\u001b[M !!',
  '\u001b[<0;10;5M',
  '\u001b[I',
  '\u001b[O',
  '\u001b[200~pasted\u001b[201~',
  '\u001bOP',
  '\u001b[15~',
  '\u001b[1;5A',
  // Ctrl+F1 as VS Code's terminal sends it: Ink 6.8 throws on it (vadimdemedes/ink#901).
  '\u001b[1;5P',
  '\u001b[',
  '\u001b]11;rgb:0000/0000/0000\u0007',
  '\u001b[?1;2c',
  '\u001b\u001b',
  '\u001b[99999999999999999999A',
];

/** Random bytes a terminal might send: bound keys, pastes, stray sequences, control characters. */
export function keyBytesArbitrary(options: { quits?: boolean } = {}): fc.Arbitrary<string> {
  const quits = options.quits ?? false;
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...names(quits)).map(keyBytes) },
    // A paste is split into keys when no search is being typed: its `q` would quit too.
    { weight: 1, arbitrary: text.map((t) => (quits ? t : t.replace(/q/g, ''))).filter((t) => t !== '') },
    { weight: 1, arbitrary: fc.constantFrom(...STRAY_SEQUENCES) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'binary', minLength: 1, maxLength: 4 })
        // Ctrl-C and q quit; keep them out unless asked, as above.
        .map((s) => (quits ? s : s.replace(/[\u0003q]/g, ''))),
    },
  );
}
