/**
 * The layer rule is only a rule if it fails: copy the source tree and the linter's configuration to a
 * temporary directory, check the clean copy passes, then plant one forbidden import at a time and
 * expect Biome to reject it, naming the file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const LAYERS = [
  'domain',
  'render',
  'state',
  'input',
  'io',
  'output',
  'ui',
  'ssh',
  'terminal',
  'plain',
  'cli',
];

let copy = '';

beforeAll(() => {
  copy = tempDir('briefing-layers');
  cpSync(join(root, 'source'), join(copy, 'source'), { recursive: true });
  cpSync(join(root, 'biome.jsonc'), join(copy, 'biome.jsonc'));
});

/** Lints `paths` of the copy (all of source/ by default); returns the exit status and what Biome printed. */
function lint(paths: readonly string[] = ['source']): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [biome, 'lint', '--max-diagnostics=none', ...paths], {
    cwd: copy,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Writes `text` as `path` in the copy, runs the linter, and removes the file again. */
function lintWith(path: string, text: string): { status: number | null; output: string } {
  const file = join(copy, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  try {
    return lint([path]);
  } finally {
    rmSync(file);
  }
}

/** The single-file exceptions in biome.jsonc, with the one module each may import. */
function exceptions(): { file: string; allowed: string }[] {
  const text = readFileSync(join(root, 'biome.jsonc'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const config = JSON.parse(text) as {
    overrides: { includes: string[]; linter?: { rules?: { style?: Record<string, unknown> } } }[];
  };
  const found: { file: string; allowed: string }[] = [];
  for (const override of config.overrides) {
    const [file] = override.includes;
    const rule = override.linter?.rules?.style?.noRestrictedImports as
      | { options: { patterns: { group: string[] }[] } }
      | undefined;
    if (override.includes.length !== 1 || file === undefined || !file.endsWith('.ts') || !rule) continue;
    for (const pattern of rule.options.patterns) {
      for (const entry of pattern.group)
        if (entry.startsWith('!')) found.push({ file, allowed: entry.slice(1) });
    }
  }
  return found;
}

describe('the layer rule', () => {
  test('passes on the clean copy', () => {
    const { status, output } = lint();
    expect(output).not.toContain('noRestrictedImports');
    expect(status).toBe(0);
  });

  test.each([
    [
      'a domain file importing ../ui/',
      'source/domain/planted.ts',
      "import { fit } from '../ui/fit.js';\nexport const x = fit;\n",
    ],
    [
      'a domain file in a subfolder importing ../../ui/',
      'source/domain/sub/planted.ts',
      "import { fit } from '../../ui/fit.js';\nexport const x = fit;\n",
    ],
    [
      'a domain file importing only a type from state',
      'source/domain/planted.ts',
      "import type { AppState } from '../state/state.js';\nexport type X = AppState;\n",
    ],
    [
      'a render file importing react',
      'source/render/planted.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    ],
    [
      'a render file reading process.env',
      'source/render/planted.ts',
      'export const term = process.env.TERM;\n',
    ],
    [
      'a state file importing node:fs',
      'source/state/planted.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    [
      'a state file importing fs without node:',
      'source/state/planted.ts',
      "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
    ],
    ['an input file using Buffer', 'source/input/planted.ts', "export const x = Buffer.from('a');\n"],
    [
      'a render file importing state',
      'source/render/planted.ts',
      "export { initialState } from '../state/session.js';\n",
    ],
    [
      'an io file importing ui',
      'source/io/planted.ts',
      "export const load = () => import('../ui/fit.js');\n",
    ],
    [
      'a ui file importing the terminal layer',
      'source/ui/planted.ts',
      "export { fitLine } from '../terminal/frame-line.js';\n",
    ],
    [
      'a plain file importing ink',
      'source/plain/planted.ts',
      "import { Text } from 'ink';\nexport const x = Text;\n",
    ],
    [
      'an ssh file importing the terminal layer',
      'source/ssh/planted.ts',
      "export { runLocal } from '../terminal/local.js';\n",
    ],
    [
      'a cli file importing a test helper',
      'source/cli/planted.ts',
      "export { tempDir } from '../../test/helpers/temp-dir.js';\n",
    ],
  ])('fails %s', (_what, path, text) => {
    const { status, output } = lintWith(path, text);
    expect(status).not.toBe(0);
    expect(output).toContain(path);
    expect(output).toMatch(/lint\/style\/(noRestrictedImports|noRestrictedGlobals|useNodejsImportProtocol)/);
  });

  test('each exception covers one module for one file, not the layer', () => {
    // An exception is an override for a single file whose patterns negate one module (`!**/state/state.js`).
    for (const { file, allowed } of exceptions()) {
      const folder = allowed.split('/').at(-2) ?? '';
      const original = join(copy, file);
      const saved = `${original}.saved`;
      cpSync(original, saved);
      try {
        writeFileSync(
          original,
          `export * as allowed from '../${folder}/${allowed.split('/').at(-1)}';\nexport * as other from '../${folder}/planted.js';\n`,
        );
        const result = lint([file]);
        expect(result.status, `${file} importing another module of ${folder}`).not.toBe(0);
        expect(result.output).toContain(`${file}:2`);
        expect(result.output).not.toContain(`${file}:1`);
      } finally {
        cpSync(saved, original);
        rmSync(saved);
      }
      const other = lintWith(
        join(dirname(file), 'planted.ts'),
        `export * as allowed from '../${folder}/${allowed.split('/').at(-1)}';\n`,
      );
      expect(other.status, `another file of ${dirname(file)} importing ${allowed}`).not.toBe(0);
    }
  });

  test('no folder inside source/ reuses a layer name, which the path patterns would misread', () => {
    const clashes: string[] = [];
    const walk = (dir: string, depth: number): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (!statSync(path).isDirectory()) continue;
        if (depth > 0 && LAYERS.includes(name)) clashes.push(path.slice(root.length + 1));
        walk(path, depth + 1);
      }
    };
    walk(join(root, 'source'), 0);
    expect(clashes).toEqual([]);
    expect(
      readdirSync(join(root, 'source'))
        .filter((name) => statSync(join(root, 'source', name)).isDirectory())
        .sort(),
    ).toEqual([...LAYERS].sort());
  });
});
