import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/briefing.js');
const content = join(root, 'content');
const abuDhabi = join(content, 'abu-dhabi-talks.md');

/**
 * Runs the built CLI with its stdout on a pipe whose reading end we close at once, before the program
 * has written anything (node takes far longer to start), so every write it makes meets a closed pipe:
 * what `briefing … | head` does once head has read its lines, without depending on how much fits in
 * the pipe's buffer.
 */
function runWithClosedStdout(
  args: readonly string[],
  stderrToo = false,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
    });
    child.stdout.destroy();
    if (stderrToo) child.stderr.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the reader of the output goes away (`| head`): no error, no stack, exit 0', () => {
  test.each([
    ['a file, printed', [abuDhabi]],
    ['a directory, printed', [content]],
    ['--print', [abuDhabi, '--print']],
    ['--json', [abuDhabi, '--json']],
    ['--json of a directory', [content, '--json']],
    ['--plain off a terminal', [abuDhabi, '--plain']],
    ['check', ['check', abuDhabi, content]],
    ['--help', ['--help']],
  ])('%s', async (_name, args) => {
    const result = await runWithClosedStdout(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  test('check still reports its problems on stderr, and its exit code says so', async () => {
    const result = await runWithClosedStdout(['check', abuDhabi, join(root, 'missing.md')]);
    expect(result.stderr).toMatch(/missing\.md: no such file; .*\n1 problem in 1 file\n$/);
    expect(result.code).toBe(3);
  });

  test('check with stdout and stderr both closed: no stack, the exit code of its verdict', async () => {
    const result = await runWithClosedStdout(['check', abuDhabi, join(root, 'missing.md')], true);
    expect(result.code).toBe(3);
  });
});
