/**
 * The briefings the benchmark reads, written to its temporary directory:
 * - small: the bundled content/abu-dhabi-talks.md;
 * - large: bench/generate-large.ts's default briefing (5,000 sections, 100,000 lines, 500 players).
 * Both get the same generated 600-line section, "Long read", appended last: no section of either is
 * taller than a 24-row screen, and scrolling a line or a page needs something to scroll. With the
 * same section in both, a per-key cost that differs between them comes from the briefing's size.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLargeBriefing } from '../test/harness/generate-large.js';

/** The loader's cap (source/io/load-file.ts, MAX_FILE_BYTES). */
export const FILE_CAP_BYTES = 5 * 1024 * 1024;

/** The title of the appended section, as the screen shows it. */
export const LONG_READ = 'Long read';

/** One briefing file the benchmark reads. */
export interface Fixture {
  readonly name: 'small' | 'large';
  readonly file: string;
  readonly bytes: number;
  readonly lines: number;
  /** `##` headings, the appended one included (the reader adds a "Lead" section for text before the first). */
  readonly headings: number;
  /** The options the large briefing was generated with (after any shrinking to fit the cap). */
  readonly generated?: { readonly sections: number; readonly lines: number; readonly players: number };
  /** Why the fixture differs from what the issue asks for, if it does. */
  readonly note?: string;
}

/** The appended section: a generated body of `lines` lines under the heading "Long read". */
function longRead(lines: number): string {
  const text = generateLargeBriefing({ sections: 1, lines, players: 0, seed: 7 });
  const all = text.split('\n');
  // The body starts at the first `##` heading after the front matter's closing `---`.
  const heading = all.findIndex((line, i) => i > all.indexOf('---', 1) && line.startsWith('## '));
  // Its `###` subheadings would now be sections of their own (every heading is one): made bold
  // paragraphs, the section stays one 600-line text to scroll, as the figures need.
  const body = all.slice(heading + 1).map((line) => line.replace(/^#{3,} (.*)$/, '**$1**'));
  return [`## ${LONG_READ}`, ...body].join('\n');
}

function withLongRead(markdown: string, long: string): string {
  return `${markdown.trimEnd()}\n\n${long}\n`;
}

function headingCount(markdown: string): number {
  return markdown.split('\n').filter((line) => line.startsWith('## ')).length;
}

/** Writes small.md and large.md into `dir` and describes them. */
export function writeFixtures(dir: string, root: string): { small: Fixture; large: Fixture } {
  const long = longRead(600);
  const smallText = withLongRead(readFileSync(join(root, 'content', 'abu-dhabi-talks.md'), 'utf8'), long);
  const smallFile = join(dir, 'small.md');
  writeFileSync(smallFile, smallText);

  let generated = { sections: 5000, lines: 100_000, players: 500 };
  let largeText = withLongRead(generateLargeBriefing(generated), long);
  let note: string | undefined;
  // The briefing must load: if it is over the cap, shrink it until it fits, and say so.
  while (Buffer.byteLength(largeText) > FILE_CAP_BYTES) {
    generated = { ...generated, lines: Math.floor(generated.lines * 0.95) };
    largeText = withLongRead(generateLargeBriefing(generated), long);
    note = `shrunk to ${generated.lines} lines to fit the ${FILE_CAP_BYTES}-byte cap`;
  }
  const largeFile = join(dir, 'large.md');
  writeFileSync(largeFile, largeText);
  const describe = (name: 'small' | 'large', file: string, text: string): Fixture => ({
    name,
    file,
    bytes: Buffer.byteLength(text),
    lines: text.split('\n').length,
    headings: headingCount(text),
  });
  return {
    small: describe('small', smallFile, smallText),
    large: { ...describe('large', largeFile, largeText), generated, ...(note ? { note } : {}) },
  };
}

/**
 * The briefing printed as text at `width` columns without colour (what `briefing FILE --print
 * --width N > file` writes), for less to page through.
 */
export function printFixture(root: string, fixture: Fixture, width: number, out: string): string {
  const text = execFileSync(
    process.execPath,
    [join(root, 'bin', 'briefing.js'), fixture.file, '--print', '--width', String(width), '--color', 'never'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  writeFileSync(out, text);
  return out;
}

/** A copy of `fixture` in its own directory, for the SSH server to serve (the id is `small`). */
export function serveDirectory(fixture: Fixture, dir: string): string {
  copyFileSync(fixture.file, join(dir, `${fixture.name}.md`));
  return dir;
}
