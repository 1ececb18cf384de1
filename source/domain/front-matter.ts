/**
 * Front matter: finding the YAML block at the top of a briefing, reading it with the `yaml`
 * package, and mapping paths in the data back to line:column in the whole file.
 */

import { type Document, isMap, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { describeValue, makeProblem } from './problems.js';
import type { Problem, SourcePosition } from './types.js';

/** Aliases a briefing may expand; far above honest use, far below a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100;

/** How a briefing's text divides into front matter and body. */
export type FrontMatterSplit =
  /** No front matter: the whole text is the body. */
  | { readonly kind: 'none'; readonly body: string; readonly bodyLine: number }
  /** An opening `---` with no closing line. */
  | { readonly kind: 'unclosed' }
  | {
      readonly kind: 'present';
      readonly yaml: string;
      /** File line of the first YAML line (the one after `---`). */
      readonly yamlLine: number;
      readonly body: string;
      /** File line of the first body line. */
      readonly bodyLine: number;
    };

/**
 * Drops a leading UTF-8 BOM and turns CRLF and lone CR into LF, so lines count as editors count them.
 */
export function normalizeSource(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/**
 * Splits normalised text at its front matter: the first line exactly `---`, closed by the next
 * line that is `---` or `...` (trailing spaces allowed on both, as YAML allows them).
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const firstEnd = lineEnd(text, 0);
  if (!isMarker(text, 0, firstEnd, '---')) return { kind: 'none', body: text, bodyLine: 1 };
  if (firstEnd >= text.length) return { kind: 'unclosed' };
  for (let start = firstEnd + 1, line = 2; ; line++) {
    const end = lineEnd(text, start);
    if (isMarker(text, start, end, '---') || isMarker(text, start, end, '...')) {
      return {
        kind: 'present',
        yaml: text.slice(firstEnd + 1, start),
        yamlLine: 2,
        body: end >= text.length ? '' : text.slice(end + 1),
        bodyLine: line + 1,
      };
    }
    if (end >= text.length) return { kind: 'unclosed' };
    start = end + 1;
  }
}

/** The parsed front matter, with the means to point at any of its nodes. */
export interface FrontMatter {
  /** The plain data (`undefined` when the YAML could not be read). */
  readonly data: unknown;
  /** Syntax errors, alias bombs, a document that is not a mapping. */
  readonly problems: readonly Problem[];
  /** YAML warnings (unknown tags and the like). */
  readonly warnings: readonly Problem[];
  /** File position of the node at `path`, or of its nearest ancestor that exists. */
  at(path: readonly PropertyKey[]): SourcePosition;
  /** File position of the key `key` in the mapping at `path` (the mapping itself if not found). */
  keyAt(path: readonly PropertyKey[], key: string): SourcePosition;
  /** A scalar exactly as written (`1.50`, not `1.5`), or undefined if `path` is no scalar. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
  /** The keys of the mapping at `path` in the author's order, or undefined if it is no mapping. */
  keysOf(path: readonly PropertyKey[]): readonly string[] | undefined;
}

/**
 * Parses the front matter YAML (unique keys, aliases capped) and reports each syntax error at its
 * own position in the file.
 */
export function readFrontMatter(yaml: string, yamlLine: number, file: string): FrontMatter {
  const lineCounter = new LineCounter();
  // yaml's own `uniqueKeys` compares each key with every key before it: 100,000 keys took 100 s.
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlLine - 1, column: col };
  };
  const errors = [
    ...doc.errors.map((error) => ({
      code: error.code as string,
      message: error.message,
      offset: error.pos[0],
    })),
    ...duplicateKeys(doc).map((offset) => ({ code: 'DUPLICATE_KEY', message: '', offset })),
  ].sort((a, b) => a.offset - b.offset);
  const problems: Problem[] = errors.map((error) =>
    makeProblem(
      file,
      position(error.offset),
      yamlMessage(error.code, error.message, yaml, error.offset),
      yamlHint(error.code),
    ),
  );
  const warnings: Problem[] = doc.warnings.map((warning) =>
    makeProblem(file, position(warning.pos[0]), firstLine(warning.message), 'check the YAML near here'),
  );
  const data = problems.length === 0 ? toData(doc, file, position, problems) : undefined;
  return {
    data,
    problems,
    warnings,
    at: (path) => position(nodeAt(doc, path)?.range?.[0] ?? 0),
    keyAt: (path, key) => {
      const map = doc.getIn(path, true);
      if (isMap(map)) {
        for (const pair of map.items) {
          if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
            return position(pair.key.range[0]);
          }
        }
      }
      return position(nodeAt(doc, path)?.range?.[0] ?? 0);
    },
    sourceOf: (path) => {
      const node = doc.getIn(path, true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
    keysOf: (path) => {
      const map = doc.getIn(path, true);
      if (!isMap(map)) return undefined;
      return map.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
    },
  };
}

function toData(
  doc: Document.Parsed,
  file: string,
  position: (offset: number) => SourcePosition,
  problems: Problem[],
): unknown {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(
      reason.startsWith('Excessive alias count')
        ? makeProblem(
            file,
            position(0),
            `front matter expands to too many aliases (more than ${MAX_ALIAS_COUNT})`,
            'write the values out instead of repeating anchors (*name)',
          )
        : makeProblem(
            file,
            position(unresolvedAlias(doc) ?? 0),
            `front matter cannot be read: ${firstLine(reason)}`,
            'define each anchor (&name) before an alias (*name) uses it',
          ),
    );
    return undefined;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(
      makeProblem(
        file,
        position(doc.contents?.range[0] ?? 0),
        `front matter must be a mapping of keys, got ${describeValue(data)}`,
        'write "key: value" lines, e.g. title: Budget talks',
      ),
    );
    return undefined;
  }
  return data;
}

/**
 * Offsets of keys that repeat an earlier key of the same mapping (a scalar key equal in value, as
 * yaml's `uniqueKeys` compares them), found with one set per mapping.
 */
function duplicateKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  // visit() recurses: YAML nested deeper than the stack is reported by the parser already.
  if (doc.errors.length > 0) return offsets;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(value);
      }
    },
  });
  return offsets;
}

/** Offset of the first alias (`*name`) whose anchor is not defined before it. */
function unresolvedAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  try {
    visit(doc, {
      Alias(_key, node) {
        if (node.resolve(doc) !== undefined) return undefined;
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
  } catch {
    // Nested deeper than the stack (toJS failed for that reason): no alias to point at.
  }
  return offset;
}

/** The node at `path`, or its nearest existing ancestor (for a missing key, the mapping that lacks it). */
function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node !== undefined && node !== null && typeof node === 'object' && 'range' in node)
      return node as Node;
  }
  return undefined;
}

function yamlMessage(code: string, message: string, yaml: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = yaml.slice(offset, lineEnd(yaml, offset)).split(':')[0]?.trim() ?? '';
    return `duplicate key ${describeValue(key)} in front matter`;
  }
  // The yaml package reports running out of stack (`[[[[…` thousands deep) as a plain error.
  if (message.includes('Maximum call stack size exceeded'))
    return 'front matter is nested too deeply to read';
  return `YAML error: ${firstLine(message)}`;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the two keys';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and closing brackets or quotes';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put a key and its value on one line, or quote the value';
    default:
      return 'fix the YAML syntax here (indentation, colons, quotes)';
  }
}

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return nl === -1 ? s : s.slice(0, nl);
}

function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl === -1 ? text.length : nl;
}

function isMarker(text: string, start: number, end: number, marker: string): boolean {
  if (!text.startsWith(marker, start)) return false;
  for (let i = start + marker.length; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
