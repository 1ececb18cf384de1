import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitLine } from '../../source/terminal/frame-line.js';
import { createFrameWriter, type FrameWriter } from '../../source/terminal/frame-writer.js';
import { textWidth } from '../../source/terminal/text-cells.js';
import { createScreen, type ScreenCell } from '../harness/screen.js';

const ESC = '\u001B';
const SYNC_START = `${ESC}[?2026h`;
const SYNC_END = `${ESC}[?2026l`;

/** A writer whose bytes are collected per update. */
function recordingWriter(columns: number, rows: number): { writer: FrameWriter; writes: string[] } {
  const writes: string[] = [];
  const writer = createFrameWriter({ write: (chunk: string) => writes.push(chunk) }, { columns, rows });
  return { writer, writes };
}

/**
 * What a terminal should show for `lines`, worked out independently of the writer: each line
 * written at its row of a much wider terminal, then the first `columns` cells kept. A wide
 * character cut by the right edge shows as a blank cell.
 */
async function expectedCells(
  lines: readonly string[],
  columns: number,
  rows: number,
): Promise<ScreenCell[][]> {
  const wide = columns * 3 + 20;
  const reference = createScreen({ columns: wide, rows: rows, scrollback: 100, measure: 'string-width' });
  let bytes = '';
  lines.slice(0, rows).forEach((line, row) => {
    bytes += `${ESC}[${row + 1};1H${line}${ESC}[0m`;
  });
  await reference.feed(bytes);
  return reference
    .cells()
    .map((row) =>
      row.slice(0, columns).map((cell, x) => (x === columns - 1 && cell.width === 2 ? BLANK_CELL : cell)),
    );
}

const BLANK_CELL: ScreenCell = { chars: ' ', width: 1, fg: 'default', bold: false };

function plainFrame(rows: number, columns: number, from = 0): string[] {
  return Array.from({ length: rows }, (_, i) =>
    `line ${from + i} `.padEnd(columns - 4, 'abcdefgh'.charAt((from + i) % 8)),
  );
}

describe('frame writer: bytes', () => {
  it('paints the first frame in full, with no newline, inside one synchronized update', () => {
    const { writer, writes } = recordingWriter(20, 4);
    writer.write('one\ntwo\nthree\nfour');
    expect(writes).toHaveLength(1);
    const bytes = writes[0] ?? '';
    expect(bytes.startsWith(SYNC_START)).toBe(true);
    expect(bytes.endsWith(SYNC_END)).toBe(true);
    expect(bytes).toContain(`${ESC}[2J`);
    for (const word of ['one', 'two', 'three', 'four']) expect(bytes).toContain(word);
    expect(bytes).not.toContain('\n');
  });

  it('writes nothing at all for an unchanged frame', () => {
    const { writer, writes } = recordingWriter(40, 10);
    const frame = plainFrame(10, 40).join('\n');
    writer.write(frame);
    const before = writes.join('');
    writer.write(frame);
    writer.write(`${frame}\n`);
    expect(writes).toHaveLength(1);
    expect(writes.join('')).toBe(before);
  });

  it('writes about one line for a one-line change', () => {
    const { writer, writes } = recordingWriter(80, 24);
    const lines = plainFrame(24, 80);
    writer.write(lines.join('\n'));
    const changed = 'a completely different line of text, nothing like the old one';
    lines[7] = changed;
    writer.write(lines.join('\n'));
    const update = writes[1] ?? '';
    expect(update).toContain(changed);
    expect(update.length).toBeLessThanOrEqual(changed.length + 40);
    expect(update).toContain(`${ESC}[8H`);
  });

  it('rewrites only the changed cells of a line that changed in the middle', () => {
    const { writer, writes } = recordingWriter(80, 5);
    const status = (n: number) =>
      `${ESC}[1mStatus${ESC}[22m  reading section 3 of 12, line ${n} of 480  q quit`;
    writer.write(['a', 'b', 'c', 'd', status(41)].join('\n'));
    writer.write(['a', 'b', 'c', 'd', status(42)].join('\n'));
    const update = writes[1] ?? '';
    expect(update.length - SYNC_START.length - SYNC_END.length).toBeLessThan(20);
  });

  it('moves a scrolled pane with a scroll region: far fewer bytes than a repaint', () => {
    const rows = 42;
    const columns = 100;
    const header = `${ESC}[1mBriefing: the header${ESC}[0m`;
    const footer = (n: number) => `${ESC}[7m line ${n} ${ESC}[0m`;
    const body = (from: number) => plainFrame(40, columns, from);
    const { writer, writes } = recordingWriter(columns, rows);
    writer.write([header, ...body(0), footer(0)].join('\n'));
    const repaint = writes[0]?.length ?? 0;
    writer.write([header, ...body(1), footer(1)].join('\n'));
    const scroll = writes[1] ?? '';
    expect(scroll).toMatch(/\u001B\[2;41r\u001B\[S\u001B\[r/);
    expect(scroll).toContain('line 40 ');
    expect(scroll.length / repaint).toBeLessThan(0.06);
  });

  it('moves content down when the reader scrolls back', () => {
    const { writer, writes } = recordingWriter(60, 20);
    writer.write(plainFrame(20, 60, 5).join('\n'));
    writer.write(plainFrame(20, 60, 2).join('\n'));
    expect(writes[1]).toContain(`${ESC}[3T`);
    expect(writes[1]?.length).toBeLessThan(3 * 60 + 60);
  });

  it('paints in full again after a resize, and on redraw', () => {
    const { writer, writes } = recordingWriter(30, 5);
    const frame = plainFrame(5, 30).join('\n');
    writer.write(frame);
    writer.resize(40, 6);
    writer.write(frame);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain(`${ESC}[2J`);
    expect(writes[1]).toContain('line 4');
    writer.redraw();
    expect(writes[2]).toBe(writes[1]);
  });

  it('leaves the cursor at the bottom-left', () => {
    const { writer, writes } = recordingWriter(30, 5);
    writer.write('a\nb');
    expect(writes[0]?.endsWith(`${ESC}[5H${SYNC_END}`)).toBe(true);
    writer.write('a\nc');
    expect(writes[1]).toBe(`${SYNC_START}${ESC}[2Hc${ESC}[5H${SYNC_END}`);
    writer.write('a\nc');
    expect(writes).toHaveLength(2);
  });

  it('cuts lines at the screen width and drops cursor-moving sequences from frames', async () => {
    const screen = createScreen({ columns: 10, rows: 3, scrollback: 100, measure: 'string-width' });
    const { writer, writes } = recordingWriter(10, 3);
    writer.write(['0123456789abc', `abcdefghi中`, `x${ESC}[5;5Hy\tz\r${ESC}[2J`, 'not shown'].join('\n'));
    await screen.feed(writes.join(''));
    expect(screen.rows()).toEqual(['0123456789', 'abcdefghi', 'xy z']);
    expect(writes.join('')).not.toContain('not shown');
  });

  it('fills the last cell of the last row without scrolling the screen', async () => {
    const screen = createScreen({ columns: 10, rows: 3, scrollback: 100, measure: 'string-width' });
    const { writer, writes } = recordingWriter(10, 3);
    writer.write(['top', 'middle', '0123456789'].join('\n'));
    writer.write(['top', 'middle!', '中文中文中'].join('\n'));
    writer.write(['top', 'middle', '0123456789'].join('\n'));
    await screen.feed(writes.join(''));
    expect(screen.scrolledOff()).toBe(0);
    expect(screen.rows()).toEqual(['top', 'middle', '0123456789']);
  });

  it('measures a one-line scroll of an 80x24 page of text against a full repaint', () => {
    const words =
      'the minister said on Tuesday that talks would resume next week after a pause in the summer';
    const text = Array.from({ length: 200 }, (_, i) => `${i} ${words}`.slice(0, 78));
    const frame = (top: number) => text.slice(top, top + 24).join('\n');
    const { writer, writes } = recordingWriter(80, 24);
    writer.write(frame(0));
    writer.write(frame(1));
    const repaint = Buffer.byteLength(writes[0] ?? '');
    const scroll = Buffer.byteLength(writes[1] ?? '');
    console.info(`80x24 text: full repaint ${repaint} bytes, one-line scroll ${scroll} bytes`);
    expect(scroll).toBeLessThan(110);
    expect(scroll / repaint).toBeLessThan(0.06);
  });
});

// --- The property: whatever the frames, the terminal ends up showing exactly the last one. ---

const STYLES = [
  `${ESC}[31m`,
  `${ESC}[32m`,
  `${ESC}[34m`,
  `${ESC}[1m`,
  `${ESC}[0m`,
  `${ESC}[39m`,
  `${ESC}[22m`,
  `${ESC}[1;33m`,
];
const ASCII_PIECES = ['a', 'b', 'xyz', 'hello', ' ', '  ', '-', '|'];
/** Wide (CJK, emoji) and combining (`e` + U+0301) characters. */
const OTHER_PIECES = ['中', '文字', '😀', '🎉', '🚀', 'e\u0301'];

const plainPieceArb = fc.constantFrom(...ASCII_PIECES);
const pieceArb = fc
  .tuple(
    fc.option(fc.constantFrom(...STYLES), { freq: 2 }),
    fc.constantFrom(...ASCII_PIECES, ...OTHER_PIECES),
  )
  .map(([style, text]) => (style ?? '') + text);

/** A line as pieces (an optional SGR sequence and some text), so edits never split a sequence or a character. */
type Line = readonly string[];

function lineArb(columns: number): fc.Arbitrary<Line> {
  const maxLength = Math.ceil(columns / 2) + 3;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 3, arbitrary: fc.array(plainPieceArb, { maxLength }) },
    { weight: 4, arbitrary: fc.array(pieceArb, { maxLength }) },
  );
}

/** Changes a few pieces of a line, or cuts it short: what a status line or a moved marker does. */
interface Tweak {
  readonly row: number;
  readonly at: number;
  readonly piece: string;
  readonly cut: boolean;
}

interface Step {
  readonly shift: { readonly top: number; readonly bottom: number; readonly k: number } | null;
  readonly edits: readonly (readonly [number, Line])[];
  readonly tweaks: readonly Tweak[];
  readonly fresh: readonly Line[];
  readonly replaceAll: boolean;
  readonly lengthDelta: number;
}

function stepArb(rows: number, line: fc.Arbitrary<Line>): fc.Arbitrary<Step> {
  const row = fc.integer({ min: 0, max: rows - 1 });
  return fc.record({
    shift: fc.option(
      fc.record({ top: row, bottom: row, k: fc.integer({ min: -3, max: 3 }).filter((k) => k !== 0) }),
      { freq: 4, nil: null },
    ),
    edits: fc.array(fc.tuple(row, line), { maxLength: 3 }),
    tweaks: fc.array(
      fc.record({
        row,
        at: fc.nat(),
        piece: pieceArb,
        cut: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      }),
      { maxLength: 4 },
    ),
    fresh: fc.array(line, { minLength: 3, maxLength: 3 }),
    replaceAll: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    lengthDelta: fc.constantFrom(0, 0, 0, 0, 0, -1, 1, 2),
  });
}

function tweak(line: Line, { at, piece, cut }: Tweak): Line {
  if (line.length === 0) return [piece];
  const index = at % line.length;
  return cut ? line.slice(0, index) : [...line.slice(0, index), piece, ...line.slice(index + 1)];
}

function applyStep(previous: readonly Line[], step: Step, rows: number, all: readonly Line[]): Line[] {
  let lines = previous.slice(0, rows);
  while (lines.length < rows) lines.push([]);
  if (step.replaceAll) lines = all.slice(0, rows);
  if (step.shift !== null) {
    const top = Math.min(step.shift.top, step.shift.bottom);
    const bottom = Math.max(step.shift.top, step.shift.bottom);
    const { k } = step.shift;
    const before = lines.slice();
    let fresh = 0;
    for (let i = top; i <= bottom; i++) {
      const from = i + k;
      lines[i] = from >= top && from <= bottom ? (before[from] ?? []) : (step.fresh[fresh++ % 3] ?? []);
    }
  }
  for (const [row, text] of step.edits) lines[row] = text;
  for (const change of step.tweaks) lines[change.row] = tweak(lines[change.row] ?? [], change);
  const length = Math.max(0, rows + step.lengthDelta);
  return length <= rows ? lines.slice(0, length) : [...lines, ...step.fresh.slice(0, length - rows)];
}

describe('line measurement', () => {
  it('measures lines as string-width does and cuts them as long as fits', () => {
    const extra = fc.constantFrom(
      '1\uFE0F\u20E3',
      '👨\u200D👩\u200D👧',
      '❤\uFE0F',
      '🇫🇷',
      'a\u0308',
      '\u0301',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieceArb, extra), { maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (pieces, columns) => {
          const text = pieces.join('');
          expect(textWidth(text)).toBe(stringWidth(text));
          const line = fitLine(text, columns);
          expect(line.width).toBe(stringWidth(line.text));
          expect(line.width).toBeLessThanOrEqual(columns);
          if (stringWidth(text) <= columns) expect(line.text).toBe(text);
          else expect(line.width).toBeGreaterThanOrEqual(columns - 1);
        },
      ),
    );
  });
});

describe('frame writer: property', () => {
  it('a terminal that showed the previous frame shows exactly the next one after the bytes', async () => {
    const scenario = fc
      .record({ columns: fc.integer({ min: 6, max: 40 }), rows: fc.integer({ min: 2, max: 12 }) })
      .chain(({ columns, rows }) => {
        const line = lineArb(columns);
        return fc.record({
          columns: fc.constant(columns),
          rows: fc.constant(rows),
          first: fc.array(line, { minLength: rows, maxLength: rows }),
          steps: fc.array(
            fc.tuple(stepArb(rows, line), fc.array(line, { minLength: rows, maxLength: rows })),
            { minLength: 1, maxLength: 4 },
          ),
        });
      });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ columns, rows, first, steps }) => {
        const screen = createScreen({
          columns: columns,
          rows: rows,
          scrollback: 100,
          measure: 'string-width',
        });
        const { writer, writes } = recordingWriter(columns, rows);
        const check = async (frame: readonly Line[]) => {
          const lines = frame.map((line) => line.join(''));
          writer.write(lines.join('\n'));
          await screen.feed(writes.splice(0).join(''));
          expect(screen.cells()).toEqual(await expectedCells(lines, columns, rows));
          const { cursorX, cursorY } = screen.terminal.buffer.active;
          expect([cursorY, cursorX]).toEqual([rows - 1, 0]);
        };
        let frame = first;
        await check(frame);
        for (const [step, all] of steps) {
          frame = applyStep(frame, step, rows, all);
          await check(frame);
        }
        expect(screen.scrolledOff()).toBe(0);
        screen.terminal.dispose();
      }),
      { numRuns: 300 },
    );
  });

  it('never writes a newline and never leaves an update unsynchronized', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(lineArb(20), { maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        (frames) => {
          const { writer, writes } = recordingWriter(20, 6);
          for (const frame of frames) writer.write(frame.map((line) => line.join('')).join('\n'));
          for (const bytes of writes) {
            expect(bytes).not.toContain('\n');
            expect(bytes.startsWith(SYNC_START) && bytes.endsWith(SYNC_END)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('line measurement: cases the property found', () => {
  it('a keycap after a lone combining mark does not leave cells unused at the cut', () => {
    // slice-ansi counted the first cluster wider than string-width does and cut at one cell of three.
    const text = ['\u0301', '1\uFE0F\u20E3', '\u0301', 'a', '1\uFE0F\u20E3'].join('');
    const line = fitLine(text, 3);
    expect(line.width).toBe(stringWidth(line.text));
    expect(line.width).toBeGreaterThanOrEqual(2);
  });

  it('closes a hyperlink that the cut leaves open', () => {
    const link = `${ESC}]8;;https://example.org${ESC}\\hello world${ESC}]8;;${ESC}\\`;
    const line = fitLine(link, 5);
    expect(line).toEqual({
      text: `${ESC}]8;;https://example.org${ESC}\\hello${ESC}]8;;${ESC}\\`,
      width: 5,
      styled: true,
      linked: true,
    });
  });
});
