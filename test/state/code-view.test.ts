import { describe, expect, test } from 'vitest';
import { parseBriefing } from '../../source/domain/parse.js';
import { createSessionContext } from '../../source/input/session-context.js';
import { sliceColumns, unwrapCode } from '../../source/render/unwrap.js';
import { currentContent } from '../../source/state/content.js';
import { createLibraryContext } from '../../source/state/library.js';
import { createReducer } from '../../source/state/reducer.js';
import { positionText, readerView } from '../../source/state/selectors.js';
import { initialState } from '../../source/state/session.js';
import { TEST_THEME } from './fixture.js';

const LONG = `const answer = compute({ first: 'a value long enough to need wrapping', second: 42, third: [1, 2, 3] }); // end`;
const SOURCE = `# Code\n\nBefore the code, some prose that wraps as prose does at any width it is given.\n\n\`\`\`js\nshort();\n${LONG}\nafter();\n\`\`\`\n\nAfter.\n`;

function reader(width = 60, source = SOURCE) {
  const result = parseBriefing(source, { file: 'code.md', id: 'code' });
  if (!result.ok) throw new Error('the fixture does not parse');
  const ctx = createSessionContext(createLibraryContext([result.briefing]), { theme: TEST_THEME });
  const reduce = createReducer(ctx);
  const start = reduce(initialState(ctx, { viewport: { width, height: 24 } }), { type: 'open' });
  return { ctx, reduce, start };
}

describe('long code lines', () => {
  test('wrap by default; w shows them whole on one line, and back', () => {
    const { ctx, reduce, start } = reader();
    const wrapped = currentContent(ctx, start);
    expect(wrapped?.plain.some((line) => line.includes(LONG))).toBe(false);
    const whole = reduce(start, { type: 'code-wrap' });
    const content = currentContent(ctx, whole);
    expect(content?.plain.filter((line) => line.includes(LONG))).toHaveLength(1);
    expect(content?.plain.length).toBeLessThan(wrapped?.plain.length ?? 0);
    // Drawn cut at the reader's width, the prose around it as it was.
    const view = readerView(ctx, whole);
    const drawn = view.lines.find((line) => line.includes('const answer'));
    expect(drawn).toBe(`  ${LONG}`.slice(0, 60));
    expect(view.lines.some((line) => line.startsWith('Before the code'))).toBe(true);
    expect(reduce(whole, { type: 'code-wrap' }).code?.unwrapped).toBe(false);
  });

  test('> and < scroll the whole lines sideways, within what there is; the footer says the column', () => {
    const { ctx, reduce, start } = reader();
    const right = reduce(start, { type: 'code-shift', dir: 1 });
    expect(right.code).toEqual({ unwrapped: true, left: 0 });
    const moved = reduce(right, { type: 'code-shift', dir: 1 });
    expect(moved.code?.left).toBe(15);
    const drawn = readerView(ctx, moved).lines.find((line) => line.includes('compute'));
    expect(drawn).toBe(`  ${LONG}`.slice(15, 75));
    expect(positionText(ctx, moved)).toMatch(/ · col 16$/);
    // Prose shorter than the reader does not move.
    expect(readerView(ctx, moved).lines.some((line) => line.startsWith('Before the code'))).toBe(true);
    let far = moved;
    for (let i = 0; i < 20; i++) far = reduce(far, { type: 'code-shift', dir: 1 });
    expect(far.code?.left).toBe(`  ${LONG}`.length - 60);
    let back = far;
    for (let i = 0; i < 20; i++) back = reduce(back, { type: 'code-shift', dir: -1 });
    expect(back.code?.left).toBe(0);
  });

  test('with no wide code line, > says so', () => {
    const { reduce, start } = reader(80, SOURCE.replace(LONG, 'short_too();'));
    const whole = reduce(start, { type: 'code-shift', dir: 1 });
    expect(reduce(whole, { type: 'code-shift', dir: 1 }).notice).toBe(
      'No code line here is wider than the reader.',
    );
  });
});

describe('sliceColumns and unwrapCode', () => {
  test('a slice keeps its styling and closes it', () => {
    const line = '\u001b[1mbold\u001b[22m plain \u001b]8;;https://x.example\u0007link\u001b]8;;\u0007';
    expect(sliceColumns(line, 2, 6)).toBe(
      '\u001b[1mld\u001b[22m pla\u001b]8;;https://x.example\u0007\u001b]8;;\u0007',
    );
  });

  test('a wide character cut by an edge becomes a space', () => {
    expect(sliceColumns('a界b', 2, 2)).toBe(' b');
    expect(sliceColumns('a界b', 0, 2)).toBe('a ');
  });

  test('a text with no wide code line is its own unwrapped self', () => {
    const text = { lines: ['a'], plain: ['a'], anchors: [0], starts: [0], wide: [] };
    expect(unwrapCode(text)).toBe(text);
  });
});
