import { describe, expect, test } from 'vitest';
import { normalizeSource, readFrontMatter, splitFrontMatter } from '../../source/domain/front-matter.js';

describe('normalizeSource', () => {
  test('drops a leading BOM', () => {
    expect(normalizeSource('\ufeff---\na')).toBe('---\na');
  });

  test('keeps a BOM that is not at the start', () => {
    expect(normalizeSource('a\ufeffb')).toBe('a\ufeffb');
  });

  test('turns CRLF and lone CR into LF', () => {
    expect(normalizeSource('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });
});

describe('splitFrontMatter', () => {
  test('text without a first --- line has no front matter', () => {
    expect(splitFrontMatter('# Title\n\n---\nx: 1\n---\n')).toEqual({
      kind: 'none',
      body: '# Title\n\n---\nx: 1\n---\n',
      bodyLine: 1,
    });
  });

  test('--- ... --- around the YAML, body after', () => {
    expect(splitFrontMatter('---\ntitle: T\nsummary: S\n---\n## One\n')).toEqual({
      kind: 'present',
      yaml: 'title: T\nsummary: S\n',
      yamlLine: 2,
      body: '## One\n',
      bodyLine: 5,
    });
  });

  test('a line of ... closes it too, and trailing spaces are allowed', () => {
    const split = splitFrontMatter('---  \ntitle: T\n... \nbody');
    expect(split).toMatchObject({ kind: 'present', yaml: 'title: T\n', body: 'body', bodyLine: 4 });
  });

  test('the closing line may be the last line', () => {
    expect(splitFrontMatter('---\na: 1\n---')).toMatchObject({ kind: 'present', yaml: 'a: 1\n', body: '' });
  });

  test('empty front matter', () => {
    expect(splitFrontMatter('---\n---\ntext')).toMatchObject({
      kind: 'present',
      yaml: '',
      body: 'text',
      bodyLine: 3,
    });
  });

  test('a first line that only starts with --- is not front matter', () => {
    expect(splitFrontMatter('----\na: 1\n---\n').kind).toBe('none');
    expect(splitFrontMatter('--- x\na: 1\n---\n').kind).toBe('none');
  });

  test.each(['---', '---\n', '---\ntitle: T\n', '---\ntitle: T\n----\n', '---\ntitle: T\n ---\n'])(
    '%j is never closed',
    (text) => {
      expect(splitFrontMatter(text)).toEqual({ kind: 'unclosed' });
    },
  );
});

describe('readFrontMatter', () => {
  test('reads a mapping and points at its nodes in file lines', () => {
    const fm = readFrontMatter('title: T\nplayers:\n  - id: a\n    name: A\n', 2, 'f.md');
    expect(fm.problems).toEqual([]);
    expect(fm.data).toEqual({ title: 'T', players: [{ id: 'a', name: 'A' }] });
    expect(fm.at(['title'])).toEqual({ line: 2, column: 8 });
    expect(fm.at(['players', 0, 'name'])).toEqual({ line: 5, column: 11 });
    expect(fm.keyAt(['players', 0], 'name')).toEqual({ line: 5, column: 5 });
  });

  test('a missing node points at its nearest ancestor', () => {
    const fm = readFrontMatter('players:\n  - id: a\n', 2, 'f.md');
    expect(fm.at(['players', 0, 'name'])).toEqual({ line: 3, column: 5 });
  });

  test('keeps scalars as written and mapping keys in order', () => {
    const fm = readFrontMatter('v: 1.50\nm:\n  zeta: 1\n  2026: 2\n  alpha: 3\n', 2, 'f.md');
    expect(fm.sourceOf(['v'])).toBe('1.50');
    expect(fm.keysOf(['m'])).toEqual(['zeta', '2026', 'alpha']);
    expect(fm.keysOf(['v'])).toBeUndefined();
  });

  test('empty YAML is an empty mapping', () => {
    const fm = readFrontMatter('# only a comment\n', 2, 'f.md');
    expect(fm.problems).toEqual([]);
    expect(fm.data).toEqual({});
  });

  test('each syntax error is reported at its own position', () => {
    const fm = readFrontMatter('title: T\nsummary: a: b\nsources: [a, b\n', 2, 'f.md');
    expect(fm.data).toBeUndefined();
    expect(fm.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 10, 'YAML error: Nested mappings are not allowed in compact mappings'],
      [5, 1, 'YAML error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ]);
    expect(fm.problems[1]?.hint).toBe('check the indentation and closing brackets or quotes');
  });

  test('tabs used as indentation', () => {
    const fm = readFrontMatter('players:\n\t- id: a\n', 2, 'f.md');
    expect(fm.problems[0]).toMatchObject({
      line: 3,
      column: 1,
      message: 'YAML error: Tabs are not allowed as indentation',
    });
  });

  test('an alias to an anchor never defined', () => {
    const fm = readFrontMatter('title: &t T\nsummary: *nope\n', 2, 'f.md');
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toEqual([
      {
        file: 'f.md',
        line: 3,
        column: 10,
        message:
          'front matter cannot be read: Unresolved alias (the anchor must be set before the alias): nope',
        hint: 'define each anchor (&name) before an alias (*name) uses it',
      },
    ]);
  });

  test('duplicate keys are errors', () => {
    const fm = readFrontMatter('title: A\nsummary: S\ntitle: B\n', 2, 'f.md');
    expect(fm.problems).toEqual([
      {
        file: 'f.md',
        line: 4,
        column: 1,
        message: 'duplicate key "title" in front matter',
        hint: 'keep one of the two keys',
      },
    ]);
  });

  test('an alias bomb is refused', () => {
    const yaml = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const fm = readFrontMatter(yaml, 2, 'f.md');
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toEqual([
      {
        file: 'f.md',
        line: 2,
        column: 1,
        message: 'front matter expands to too many aliases (more than 100)',
        hint: 'write the values out instead of repeating anchors (*name)',
      },
    ]);
  });

  test.each([
    ['a list', '- a\n- b\n'],
    ['"just text"', 'just text\n'],
  ])('front matter that is %s is not a mapping', (got, yaml) => {
    const fm = readFrontMatter(yaml, 2, 'f.md');
    expect(fm.data).toBeUndefined();
    expect(fm.problems).toEqual([
      {
        file: 'f.md',
        line: 2,
        column: 1,
        message: `front matter must be a mapping of keys, got ${got}`,
        hint: 'write "key: value" lines, e.g. title: Budget talks',
      },
    ]);
  });
});
