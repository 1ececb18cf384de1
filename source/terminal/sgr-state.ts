/**
 * The graphic attributes (SGR) in force at a point of a line, in one canonical form, so two
 * cells can be compared by their attributes rather than by the sequences that produced them
 * (`CSI 1m … CSI 22m` leaves the same attributes as nothing at all), and a write that starts
 * mid-line can set exactly those attributes.
 */

/** Attribute slots, in the order the canonical sequence lists them. */
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
] as const;

/** Parameters that set a slot, and the slots each clearing parameter empties. */
const SETS: Readonly<Record<string, (typeof SLOTS)[number]>> = {
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
const CLEARS: Readonly<Record<string, readonly string[]>> = {
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

/** Attributes in force: slot name to the parameter that set it. Empty means the defaults. */
export type SgrState = ReadonlyMap<string, string>;

/** Numbers the keys of parameters we do not know; only their order matters. */
let unknown = 0;

/** The defaults: what `CSI 0m` leaves. */
export const DEFAULT_SGR: SgrState = new Map();

/** The state after the SGR sequence with parameters `parameters` (the text between `CSI` and `m`). */
export function applySgr(state: SgrState, parameters: string): SgrState {
  const next = new Map(state);
  const list = parameters === '' ? ['0'] : parameters.split(';');
  for (let i = 0; i < list.length; i++) {
    const parameter = list[i] ?? '';
    const code = parameter.split(':')[0] ?? '';
    if (code === '0' || code === '') {
      next.clear();
    } else if (code === '38' || code === '48' || code === '58') {
      const slot = code === '38' ? 'fg' : code === '48' ? 'bg' : 'underlineColour';
      if (parameter.includes(':')) {
        next.set(slot, parameter);
      } else {
        // `38;5;n` or `38;2;r;g;b`: the colour's own parameters follow.
        const extra = list[i + 1] === '5' ? 2 : list[i + 1] === '2' ? 4 : 0;
        next.set(slot, list.slice(i, i + 1 + extra).join(';'));
        i += extra;
      }
    } else if (isBasicColour(code)) {
      next.set(isForeground(code) ? 'fg' : 'bg', code);
    } else if (SETS[code] !== undefined) {
      next.set(SETS[code], parameter);
    } else if (CLEARS[code] !== undefined) {
      for (const slot of CLEARS[code]) next.delete(slot);
    } else {
      // Unknown to us: keep it, in order, so it is neither lost nor taken as equal to nothing.
      unknown += 1;
      next.set(`other:${unknown}`, parameter);
    }
  }
  return next;
}

/** The one sequence that sets `state` from the defaults; '' for the defaults. */
export function sgrSequence(state: SgrState): string {
  if (state.size === 0) return '';
  const parameters: string[] = [];
  for (const slot of SLOTS) {
    const value = state.get(slot);
    if (value !== undefined) parameters.push(value);
  }
  for (const slot of ['fg', 'bg', 'underlineColour']) {
    const value = state.get(slot);
    if (value !== undefined) parameters.push(value);
  }
  for (const [slot, value] of state) if (slot.startsWith('other:')) parameters.push(value);
  return `\u001B[${parameters.join(';')}m`;
}

function isBasicColour(code: string): boolean {
  const n = Number(code);
  return (n >= 30 && n <= 37) || (n >= 40 && n <= 47) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107);
}

function isForeground(code: string): boolean {
  const n = Number(code);
  return (n >= 30 && n <= 37) || (n >= 90 && n <= 97);
}
