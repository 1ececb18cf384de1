/**
 * READMEs written elsewhere in a real terminal: ssh2's headings as a tree to walk, its table of
 * contents followed and left, and a directory of READMEs in the picker by file name and filter.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keys, runInPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = join(import.meta.dirname, '../..');
const ssh2 = join(root, 'node_modules/ssh2/README.md');

const footer = (screen: string) => screen.split('\n').at(-1) ?? '';
/** The rows of the sections list: the body of a single-pane layout. */
const body = (screen: string) => screen.split('\n').slice(3, -1);

describe("ssh2's README", () => {
  test('its 50 headings are a tree: collapsed to the top level, expanded with → and l, the path below (80x24)', async () => {
    const run = runInPty([ssh2], { cols: 80, rows: 24 });
    await run.waitFor((s) => footer(s).startsWith('Sections 1/50'), 'the sections list');
    // Top level only: eight rows, the nodes with subsections marked.
    expect(body(run.screen()).filter((line) => line.trim() !== '')).toHaveLength(8);
    expect(run.screen()).toContain('▸ API');
    run.write('G');
    await run.waitFor((s) => /› ▸ API/.test(s), 'API selected');
    run.write(keys.right);
    await run.waitFor((s) => s.includes('▾ API') && s.includes('▸ Client'), 'API expanded');
    run.write('jjl');
    await run.waitFor((s) => s.includes('▾ Client') && s.includes('Client methods'), 'Client expanded');
    run.write('j');
    await run.waitFor(
      (s) => footer(s).includes('API › Client › Client events'),
      'the path of Client events in the footer',
    );
    // Enter reads it; ] reads the next heading, at any level.
    run.write(keys.enter);
    await run.waitFor((s) => footer(s).startsWith('Section 24/50'), 'Client events open');
    run.write(']');
    await run.waitFor(
      (s) => footer(s).startsWith('Section 25/50') && footer(s).includes('Client methods'),
      'Client methods open',
    );
    // Back in the list, h goes up and collapses.
    run.write(keys.escape);
    await run.waitFor((s) => /^› +Client methods/m.test(s), 'the list on Client methods');
    run.write('hh');
    await run.waitFor((s) => /^› +▸ Client/m.test(s), 'Client collapsed');
    expect(run.screen()).not.toContain('Client methods');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });

  test('"Requirements" followed from its table of contents lands on that heading; Backspace returns (80x24)', async () => {
    const run = runInPty([ssh2], { cols: 80, rows: 24 });
    await run.waitFor((s) => footer(s).startsWith('Sections 1/50'), 'the sections list');
    run.write(`j${keys.enter}`);
    await run.waitFor((s) => footer(s).startsWith('Section 2/50'), 'the table of contents open');
    expect(run.screen()).toContain('Section · Table of Contents');
    run.write('.');
    await run.waitFor(
      () => run.runsWith('inverse', 3, 22).includes('Requirements'),
      'Requirements highlighted',
    );
    run.write(keys.enter);
    await run.waitFor(
      (s) => footer(s).startsWith('Section 3/50') && s.includes('Section · Requirements'),
      'the Requirements section',
    );
    run.write(keys.backspace);
    await run.waitFor(
      (s) => footer(s).startsWith('Section 2/50') && s.includes('Section · Table of Contents'),
      'back on the table of contents',
    );
    expect(run.runsWith('inverse', 3, 22)).toContain('Requirements');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});

describe('a directory of READMEs', () => {
  test('the picker shows their file names and filters by file name and title (100x30)', async () => {
    const dir = tempDir('briefing-readmes');
    copyFileSync(ssh2, join(dir, 'ssh2.md'));
    copyFileSync(join(root, 'node_modules/marked/README.md'), join(dir, 'marked.md'));
    copyFileSync(join(root, 'node_modules/ink/readme.md'), join(dir, 'ink.md'));
    const run = runInPty([dir], { cols: 100, rows: 30 });
    await run.waitForText('Briefings (3)');
    for (const name of ['ssh2.md', 'marked.md', 'ink.md']) expect(run.screen()).toContain(name);
    expect(run.screen()).toMatch(/ssh2\.md\s+50 sections/);
    run.write('/ssh');
    await run.waitFor((s) => s.includes('1 of 3 hold "ssh"') && footer(s).includes('/ssh'), 'filtered');
    expect(run.screen()).not.toContain('marked.md');
    run.write(keys.enter);
    await run.waitFor((s) => !footer(s).includes('enter search'), 'the filter kept');
    run.write(keys.enter);
    await run.waitFor((s) => footer(s).startsWith('Sections 1/50'), 'ssh2 open');
    run.write(keys.escape);
    await run.waitFor((s) => s.includes('1 of 3 hold "ssh"'), 'the picker again, still filtered');
    run.write(keys.escape);
    await run.waitForText('Briefings (3)');
    expect(run.screen()).toContain('marked.md');
    run.write('q');
    expect((await run.exited()).exitCode).toBe(0);
  });
});
