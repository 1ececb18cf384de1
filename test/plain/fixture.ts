import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing } from '../../source/domain/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The bundled Abu Dhabi briefing, parsed as the CLI parses it. */
export function abuDhabi(): Briefing {
  const file = 'content/abu-dhabi-talks.md';
  const result = parseBriefing(readFileSync(resolve(root, file), 'utf8'), { file, id: 'abu-dhabi-talks' });
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('\n'));
  return result.briefing;
}
