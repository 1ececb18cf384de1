import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const abuDhabi = join(import.meta.dirname, '../../content/abu-dhabi-talks.md');

describe('bad arguments to a subcommand: exit 2, the error, and where the usage is', () => {
  test.each([
    ['check with no files', ['check'], /missing required argument 'files'/, 'briefing check'],
    ['check --bogus', ['check', '--bogus', abuDhabi], /unknown option '--bogus'/, 'briefing check'],
    ['serve --bogus', ['serve', '--bogus'], /unknown option '--bogus'/, 'briefing serve'],
    [
      'serve --port abc',
      ['serve', '--open', '--port', 'abc'],
      /'--port <port>' argument 'abc'/,
      'briefing serve',
    ],
    [
      'serve --idle-timeout xyz',
      ['serve', '--open', '--idle-timeout', 'xyz'],
      /'--idle-timeout <duration>' argument 'xyz'/,
      'briefing serve',
    ],
    [
      'serve --max-sessions -1',
      ['serve', '--open', '--max-sessions', '-1'],
      /'--max-sessions <n>' argument '-1'/,
      'briefing serve',
    ],
    [
      'serve --open with --authorized-keys',
      ['serve', '--open', '--authorized-keys', abuDhabi],
      /cannot be used with option '--open'/,
      'briefing serve',
    ],
    ['serve with neither --open nor --authorized-keys', ['serve'], /who may connect/, 'briefing serve'],
    ['--print with --json', [abuDhabi, '--print', '--json'], /'-j, --json' cannot be used with/, 'briefing'],
    ['-pj', [abuDhabi, '-pj'], /cannot be used with/, 'briefing'],
  ])('%s', (_name, args, error, command) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(error);
    expect(lines[1]).toBe(`(run \`${command} --help\` for usage)`);
  });
});

describe('help', () => {
  test('`briefing help` shows the usage rather than looking for a file named help', () => {
    const result = runCli(['help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: briefing /);
    for (const word of ['--print', 'check', 'serve']) expect(result.stdout).toContain(word);
  });

  test('`briefing help serve` shows the usage of serve', () => {
    const result = runCli(['help', 'serve']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: briefing serve /);
    expect(result.stdout).toContain('--authorized-keys');
  });
});

describe('input that cannot be read is exit 3 everywhere, check included', () => {
  test('check missing.md: the problem on stderr, exit 3', () => {
    const result = runCli(['check', '/nonexistent/missing.md']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^\/nonexistent\/missing\.md: no such file; /);
  });

  test('check with a good file and a missing one: the good one is reported ok, exit 3', () => {
    const result = runCli(['check', abuDhabi, '/nonexistent/missing.md']);
    expect(result.status).toBe(3);
    expect(result.stdout).toContain('abu-dhabi-talks.md: ok');
  });

  test('the reader and check agree on a missing file', () => {
    expect(runCli(['/nonexistent/missing.md', '--print']).status).toBe(
      runCli(['check', '/nonexistent/missing.md']).status,
    );
  });
});
