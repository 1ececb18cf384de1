/**
 * Turning zod issues into problems an author can act on: the message names the key and what was
 * found, the position is the YAML node itself (the key, for unknown keys), the hint says what to
 * write instead.
 */

import type * as z from 'zod';
import type { FrontMatter } from './front-matter.js';
import {
  describeValue,
  didYouMean,
  listOf,
  makeProblem,
  type ProblemLog,
  pathLabel,
  quote,
} from './problems.js';
import {
  allowedKeysAt,
  type FrontMatterData,
  frontMatterSchema,
  ITEM_NOUNS,
  isListName,
  LIST_SCHEMAS,
} from './schema.js';
import { slugify } from './slug.js';
import type { Problem } from './types.js';

type Issue = z.core.$ZodIssue;

/**
 * Checks the front matter data against the schema; every issue becomes a problem in `log` (which
 * stops making them once full: an unknown key costs a position lookup and a "did you mean").
 * Returns the data when it passed.
 */
export function checkSchema(
  data: unknown,
  fm: FrontMatter,
  file: string,
  log: ProblemLog,
): FrontMatterData | undefined {
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) log.add(() => unknownKey(issue.path, key, fm, file));
    } else log.add(() => issueProblem(issue, data, fm, file));
  }
  return undefined;
}

function unknownKey(path: readonly PropertyKey[], key: string, fm: FrontMatter, file: string): Problem {
  const allowed = allowedKeysAt(path) ?? [];
  const where = path.length === 0 ? '' : ` in ${pathLabel(path)}`;
  return makeProblem(
    file,
    fm.keyAt(path, key),
    `unknown key ${quote(key)}${where}`,
    didYouMean(key, allowed, `allowed keys here: ${listOf(allowed, 20)}`),
  );
}

function issueProblem(issue: Issue, data: unknown, fm: FrontMatter, file: string): Problem {
  const path = issue.path;
  const value = valueAt(data, path);
  const name = quote(pathLabel(path));
  const at = fm.at(path);
  // A required key that is absent, whatever zod calls it (a union reports invalid_union).
  if (value === undefined && issue.code !== 'unrecognized_keys' && isMissingKey(data, path)) {
    return missingKey(path, fm, file);
  }
  if (value === null && issue.code !== 'unrecognized_keys') {
    return makeProblem(
      file,
      at,
      `${name} has no value`,
      typeof path.at(-1) === 'number'
        ? 'write a value, or remove the empty item'
        : `write a value after "${String(path.at(-1))}:", or remove the line`,
    );
  }
  switch (issue.code) {
    case 'invalid_type':
      return makeProblem(
        file,
        at,
        `${name} must be ${expectedText(issue.expected)}, got ${describeValue(value)}`,
        typeHint(issue.expected, value, path, fm),
      );
    case 'invalid_value': {
      const options = issue.values.map(String);
      return makeProblem(
        file,
        at,
        `${name} must be one of ${options.join(', ')}, got ${describeValue(value)}`,
        typeof value === 'string'
          ? didYouMean(value, options, `use one of ${options.join(', ')}`)
          : `use one of ${options.join(', ')}`,
      );
    }
    case 'invalid_format':
      if (value === '') {
        return makeProblem(
          file,
          at,
          `${name} is empty`,
          'give it an id of lowercase letters, digits and hyphens',
        );
      }
      return makeProblem(
        file,
        at,
        `${name} must be lowercase letters (a-z), digits and hyphens, starting with a letter or digit, got ${describeValue(value)}`,
        typeof value === 'string'
          ? `write ${quote(slugify(value, 'id'))} instead`
          : 'write an id such as "jane-doe"',
      );
    case 'invalid_union':
      return makeProblem(
        file,
        at,
        `${name} must be text or a number, got ${describeValue(value)}`,
        `write one value on the line, e.g. ${String(path.at(-1))}: 2026-02-10`,
      );
    default:
      return makeProblem(
        file,
        at,
        `${name}: ${issue.message}`,
        'see docs/format.md for the front matter keys',
      );
  }
}

function missingKey(path: readonly PropertyKey[], fm: FrontMatter, file: string): Problem {
  const parent = path.slice(0, -1);
  const key = String(path.at(-1));
  const list = parent[0];
  const noun = typeof list === 'string' && isListName(list) ? ITEM_NOUNS[list] : 'item';
  const required = typeof list === 'string' && isListName(list) ? requiredKeys(list) : [key];
  return makeProblem(
    file,
    fm.at(parent),
    `${pathLabel(parent)} has no ${quote(key)}`,
    `add "${key}:"; every ${noun} needs ${required.join(' and ')}`,
  );
}

function requiredKeys(list: keyof typeof LIST_SCHEMAS): string[] {
  const shape: Record<string, z.ZodType> = LIST_SCHEMAS[list].shape;
  return Object.keys(shape).filter((key) => !shape[key]?.safeParse(undefined).success);
}

function expectedText(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of keys';
    case 'number':
      return 'a number';
    default:
      return expected;
  }
}

function typeHint(expected: string, value: unknown, path: readonly PropertyKey[], fm: FrontMatter): string {
  const key = path.at(-1);
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const written = fm.sourceOf(path) ?? String(value);
    return typeof key === 'string'
      ? `put it in quotes: ${key}: "${written}"`
      : `put it in quotes: "${written}"`;
  }
  if (expected === 'string') return 'write the text on the same line as the key';
  if (expected === 'array') return 'write a list: one "- item" per line, or [a, b]';
  if (expected === 'object') {
    const list = path[0];
    const noun = typeof list === 'string' && isListName(list) ? ITEM_NOUNS[list] : 'item';
    const first = typeof list === 'string' && isListName(list) ? requiredKeys(list)[0] : 'key';
    return `write each ${noun} as "- ${first}: ..." followed by its other keys`;
  }
  return 'see docs/format.md for the front matter keys';
}

function isMissingKey(data: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const key = path.at(-1);
  return (
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    typeof key === 'string' &&
    !Object.hasOwn(parent, key)
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, part)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
