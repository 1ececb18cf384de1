/**
 * The graphic attributes (SGR) in force after a run of SGR sequences, in one canonical form. The renderer
 * uses it to close a styled span cut at the end of a line and reopen exactly that styling on the next; the
 * frame writer uses it to compare cells by their attributes rather than by the sequences that produced
 * them (`CSI 1m … CSI 22m` leaves the same attributes as nothing at all) and to set exactly those
 * attributes when a write starts mid-line.
 */

/** Attribute slots, in the order the canonical sequence lists them; colours and unknowns follow. */
const SLOTS = [
  'bold',
  'dim',
  'italic',
  'underline',
  'blink',
  'inverse',
  'hidden',
  'strike',
  'overline',
  'fg',
  'bg',
  'underlineColour',
] as const;

type Slot = (typeof SLOTS)[number];

/** Parameters that set a slot (the parameter itself is kept: `4:3` is a curly underline, `21` double). */
const SETS: Readonly<Record<string, Slot>> = {
  '1': 'bold',
  '2': 'dim',
  '3': 'italic',
  '4': 'underline',
  '21': 'underline',
  '5': 'blink',
  '6': 'blink',
  '7': 'inverse',
  '8': 'hidden',
  '9': 'strike',
  '53': 'overline',
};

/** The slots each clearing parameter empties. */
const CLEARS: Readonly<Record<string, readonly Slot[]>> = {
  '22': ['bold', 'dim'],
  '23': ['italic'],
  '24': ['underline'],
  '25': ['blink'],
  '27': ['inverse'],
  '28': ['hidden'],
  '29': ['strike'],
  '55': ['overline'],
  '39': ['fg'],
  '49': ['bg'],
  '59': ['underlineColour'],
};

/** Parameters that take a colour from the ones after them (`38;5;n`, `38;2;r;g;b`) or from `:` sub-parameters. */
const EXTENDED: Readonly<Record<string, Slot>> = { '38': 'fg', '48': 'bg', '58': 'underlineColour' };

/** Prefix of the keys of parameters we do not know; the number after it keeps them in order. */
const OTHER = 'other:';

/**
 * Attributes in force: slot name to the parameter(s) that set it, plus parameters we do not know under
 * `other:<n>` keys. Empty means the defaults. Never mutated: applying a sequence gives a new state.
 */
export type SgrState = ReadonlyMap<string, string>;

/** The defaults: what `CSI 0m` leaves. */
export const DEFAULT_SGR: SgrState = new Map();

/**
 * The state after the SGR sequence whose parameters are `parameters` (the text between `CSI` and `m`;
 * for a whole sequence, `sequence.slice(2, -1)`). An empty parameter resets, as `0` does.
 */
export function applySgr(state: SgrState, parameters: string): SgrState {
  const next = new Map(state);
  const list = parameters.split(';');
  for (let i = 0; i < list.length; i++) {
    const parameter = list[i] ?? '';
    const code = codeOf(parameter);
    const extended = EXTENDED[code];
    const set = SETS[code];
    const clears = CLEARS[code];
    if (code === '0') {
      next.clear();
    } else if (extended !== undefined) {
      // Without `:` sub-parameters, the colour's own parameters follow as parameters of their own.
      const take = parameter.includes(':') ? 0 : list[i + 1] === '5' ? 2 : list[i + 1] === '2' ? 4 : 0;
      next.set(extended, list.slice(i, i + 1 + take).join(';'));
      i += take;
    } else if (set !== undefined) {
      next.set(set, parameter);
    } else if (clears !== undefined) {
      for (const slot of clears) next.delete(slot);
    } else if (isBasicColour(code)) {
      next.set(isForeground(code) ? 'fg' : 'bg', code);
    } else {
      // Unknown to us: kept, in order, so it is neither lost when a line reopens its styling nor taken
      // as equal to nothing. Only a reset removes one, so counting them gives a fresh key.
      next.set(`${OTHER}${countOthers(next)}`, parameter);
    }
  }
  return next;
}

/** The one sequence that sets `state` from the defaults, in canonical order; '' for the defaults. */
export function sgrSequence(state: SgrState): string {
  if (state.size === 0) return '';
  const parameters: string[] = [];
  for (const slot of SLOTS) {
    const value = state.get(slot);
    if (value !== undefined) parameters.push(value);
  }
  // A Map iterates in insertion order, which for the unknowns is the order they came in.
  for (const [key, value] of state) if (key.startsWith(OTHER)) parameters.push(value);
  return `\u001b[${parameters.join(';')}m`;
}

/** The parameter's number without `:` sub-parameters or leading zeros (`01` is `1` to a terminal); '' is `0`. */
function codeOf(parameter: string): string {
  const colon = parameter.indexOf(':');
  const code = colon === -1 ? parameter : parameter.slice(0, colon);
  if (code === '') return '0';
  return code.length > 1 && code.startsWith('0') && /^\d+$/.test(code) ? String(Number(code)) : code;
}

function countOthers(state: SgrState): number {
  let count = 0;
  for (const key of state.keys()) if (key.startsWith(OTHER)) count++;
  return count;
}

function isBasicColour(code: string): boolean {
  const n = Number(code);
  return (n >= 30 && n <= 37) || (n >= 40 && n <= 47) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107);
}

function isForeground(code: string): boolean {
  const n = Number(code);
  return (n >= 30 && n <= 37) || (n >= 90 && n <= 97);
}
