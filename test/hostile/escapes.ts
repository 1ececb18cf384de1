/**
 * An allow-list scanner for terminal output: it cuts the raw bytes a program wrote into text and
 * control sequences (ECMA-48: CSI, OSC, DCS, SOS, PM, APC, other ESC sequences, lone C0 and C1
 * controls) and reports every one that is not on the list of what the program itself sends. A
 * briefing's content can then be shown never to reach the terminal as a sequence: whatever it
 * smuggled in would have to take one of the allowed shapes, and those are checked down to their
 * parameters (a cursor move stays on the screen, a mode is one the reader uses).
 */

/** One control sequence or control character in the output. */
export interface Control {
  readonly kind: 'csi' | 'osc' | 'dcs' | 'sos' | 'pm' | 'apc' | 'esc' | 'c0' | 'c1' | 'bidi';
  readonly text: string;
  readonly offset: number;
}

const ESC = 0x1b;
const BEL = 0x07;

/** Every control sequence and control character of `output`, in order. Bidi controls count as controls. */
export function scanControls(output: string): Control[] {
  const found: Control[] = [];
  let i = 0;
  while (i < output.length) {
    const c = output.charCodeAt(i);
    if (c === ESC) {
      const end = escapeEnd(output, i);
      found.push({ kind: escapeKind(output, i), text: output.slice(i, end), offset: i });
      i = end;
    } else if (c < 0x20 || c === 0x7f) {
      found.push({ kind: 'c0', text: output[i] as string, offset: i });
      i++;
    } else if (c >= 0x80 && c <= 0x9f) {
      found.push({ kind: 'c1', text: output[i] as string, offset: i });
      i++;
    } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      found.push({ kind: 'bidi', text: output[i] as string, offset: i });
      i++;
    } else i++;
  }
  return found;
}

function escapeKind(s: string, i: number): Control['kind'] {
  switch (s[i + 1]) {
    case '[':
      return 'csi';
    case ']':
      return 'osc';
    case 'P':
      return 'dcs';
    case 'X':
      return 'sos';
    case '^':
      return 'pm';
    case '_':
      return 'apc';
    default:
      return 'esc';
  }
}

/** The index just past the escape sequence starting at `i`. */
function escapeEnd(s: string, i: number): number {
  const kind = escapeKind(s, i);
  if (kind === 'csi') {
    let j = i + 2;
    while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x3f) j++;
    return j < s.length && s.charCodeAt(j) >= 0x40 && s.charCodeAt(j) <= 0x7e ? j + 1 : j;
  }
  if (kind !== 'esc') {
    // A string: to BEL (OSC) or ST (ESC \); a string never ended runs to the end.
    for (let j = i + 2; j < s.length; j++) {
      if (s.charCodeAt(j) === BEL && kind === 'osc') return j + 1;
      if (s.charCodeAt(j) === ESC) return s[j + 1] === '\\' ? j + 2 : j;
    }
    return s.length;
  }
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  return j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x7e ? j + 1 : j;
}

/** What a program may send besides text. */
export interface Allowance {
  /** The terminal's size: cursor positions and scroll regions must lie on it. Undefined: no cursor control. */
  readonly screen?: { readonly columns: number; readonly rows: number };
  /** OSC 8 hyperlinks the renderer makes (a printable URL, no control in it). */
  readonly hyperlinks?: boolean;
  /** C0 controls allowed as text: `\n` for printed text, `\r` and `\n` for a terminal. */
  readonly c0?: string;
}

/** The private modes the reader sets and resets: cursor, alternate screen, synchronized output, and those it turns off on exit. */
const MODES = new Set([25, 1049, 2026, 2004, 1000, 1002, 1003, 1006, 1004]);
const SGR = /^\u001b\[[0-9;:]*m$/;
/**
 * OSC 8 as the renderer writes it: no parameters or harmless ones, then a URL with no space, control or
 * bidi character (non-ASCII letters are allowed: a link to an IRI is written as the author gave it).
 */
const OSC8 =
  /^\u001b\]8;[^;\u0000-\u001f\u007f-\u009f]*;([^\u0000-\u0020\u007f-\u009f\u202a-\u202e\u2066-\u2069]*)(?:\u0007|\u001b\\)$/;

/** Why `control` is not allowed, or undefined when it is. */
export function whyForeign(control: Control, allow: Allowance): string | undefined {
  const { text } = control;
  switch (control.kind) {
    case 'c0':
      return (allow.c0 ?? '\n').includes(text) ? undefined : 'a C0 control character';
    case 'c1':
      return 'an 8-bit C1 control';
    case 'bidi':
      return 'a bidi control';
    case 'osc':
      return allow.hyperlinks && OSC8.test(text) ? undefined : 'an OSC string';
    case 'csi':
      return whyForeignCsi(text, allow);
    case 'esc':
      // ST is part of an OSC 8 the renderer closes with `ESC \`; scanned as such, it never stands alone.
      return 'an ESC sequence';
    default:
      return `a ${control.kind.toUpperCase()} string`;
  }
}

function whyForeignCsi(text: string, allow: Allowance): string | undefined {
  if (SGR.test(text)) return undefined;
  const screen = allow.screen;
  if (screen === undefined) return 'a cursor or screen control in printed text';
  const body = text.slice(2, -1);
  const final = text.at(-1);
  const private_ = /^\?(\d+)$/.exec(body);
  if (private_ !== null && (final === 'h' || final === 'l'))
    return MODES.has(Number(private_[1])) ? undefined : `private mode ${private_[1]}`;
  if (!/^[0-9;]*$/.test(body)) return 'a CSI with unusual parameters';
  const params = body === '' ? [] : body.split(';').map((p) => (p === '' ? 0 : Number(p)));
  const [a = 0, b = 0] = params;
  switch (final) {
    case 'H':
      return params.length <= 2 && a <= screen.rows && b <= screen.columns
        ? undefined
        : 'a cursor move off the screen';
    case 'K':
      return a === 0 && params.length <= 1 ? undefined : 'an erase other than to the end of the line';
    case 'J':
      return a === 2 && params.length === 1 ? undefined : 'an erase other than the whole screen';
    case 'r':
      return params.length === 0 || (params.length === 2 && a >= 1 && a < b && b <= screen.rows)
        ? undefined
        : 'a scroll region off the screen';
    case 'S':
    case 'T':
      return params.length <= 1 && a <= screen.rows ? undefined : 'a scroll of more than the screen';
    default:
      return `CSI ${final ?? '(unterminated)'}`;
  }
}

/** Every control in `output` that `allow` does not allow, each with why, for an assertion message. */
export function foreignControls(output: string, allow: Allowance): string[] {
  const foreign: string[] = [];
  for (const control of scanControls(output)) {
    const why = whyForeign(control, allow);
    if (why !== undefined) {
      const around = output.slice(
        Math.max(0, control.offset - 30),
        control.offset + control.text.length + 30,
      );
      foreign.push(
        `${why}: ${JSON.stringify(control.text)} at ${control.offset}, in ${JSON.stringify(around)}`,
      );
    }
  }
  return foreign;
}
