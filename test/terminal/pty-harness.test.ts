import { afterEach, describe, expect, test, vi } from 'vitest';
import { keys, runInPty } from '../helpers/pty.js';

// A stand-in for a full-screen program, so the harness is tested without the reader: it writes a
// line on the normal screen, takes the alternate screen with the cursor hidden, reports its
// size on every resize, echoes keys, and on `q` gives the screen back and exits with 3.
const PROGRAM = String.raw`
const out = process.stdout;
out.write('before the program\r\n');
out.write('\x1b[?1049h\x1b[H\x1b[?25l');
out.write('ready ' + out.columns + 'x' + out.rows + '\r\n');
out.write('CI=' + process.env.CI + ' CONTINUOUS_INTEGRATION=' + process.env.CONTINUOUS_INTEGRATION + '\r\n');
out.write('TERM=' + process.env.TERM + ' LANG=' + process.env.LANG + '\r\n');
out.write('state=' + process.env.XDG_STATE_HOME + '\r\n');
out.on('resize', () => out.write('size ' + out.columns + 'x' + out.rows + '\r\n'));
process.stdin.setRawMode(true);
process.stdin.on('data', (data) => {
  const text = data.toString();
  if (text === 'q') {
    out.write('\x1b[?1049l\x1b[?25hbye\r\n');
    process.exit(3);
  }
  out.write('key ' + JSON.stringify(text) + '\r\n');
});
`;

function start(options: { cols?: number; rows?: number } = {}) {
  return runInPty(['-e', PROGRAM], { command: process.execPath, ...options });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('runInPty', () => {
  test('shows what the program draws, in the alternate screen with the cursor hidden', async () => {
    const run = start({ cols: 60, rows: 12 });
    await run.waitForText('ready 60x12');
    expect(run.line(0)).toBe('ready 60x12');
    expect(run.isAlternateScreen()).toBe(true);
    expect(run.cursorVisible()).toBe(false);
    expect(run.screen().split('\n')).toHaveLength(12);
    expect(run.screen()).not.toContain('before the program');
    // The pty's line discipline (ONLCR) turns each '\n' into '\r\n', as a real one does.
    expect(run.raw()).toContain('before the program\r\r\n\u001B[?1049h\u001B[H');
  });

  test('the child sees neither CI nor CONTINUOUS_INTEGRATION, even when the tests run in CI', async () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('CONTINUOUS_INTEGRATION', '1');
    const run = start();
    await run.waitForText('TERM=');
    expect(run.screen()).toContain('CI=undefined CONTINUOUS_INTEGRATION=undefined');
    await run.waitForText('TERM=xterm-256color LANG=C.UTF-8');
  });

  test('each run gets its own state directory under its own HOME', async () => {
    const first = start();
    const second = start();
    expect(first.home).not.toBe(second.home);
    await first.waitForText(`state=${first.home}/.local/state\n`);
    await second.waitForText(`state=${second.home}/.local/state\n`);
  });

  test('keys reach the program as the bytes a terminal sends', async () => {
    const run = start();
    await run.waitForText('ready');
    run.write(keys.down);
    await run.waitForText('key "\\u001b[B"');
    run.write('x');
    await run.waitForText('key "x"');
  });

  test('resize reaches the program as SIGWINCH and the screen follows', async () => {
    const run = start({ cols: 80, rows: 24 });
    await run.waitForText('ready 80x24');
    run.resize(100, 30);
    await run.waitForText('size 100x30');
    expect(run.screen().split('\n')).toHaveLength(30);
    run.resize(40, 10);
    await run.waitFor((screen) => screen.includes('size 40x10'), 'the program to report 40x10');
  });

  test('exit: the normal screen comes back with the cursor, and the exit code is reported', async () => {
    const run = start();
    await run.waitForText('ready');
    run.write('q');
    expect(await run.exited()).toEqual({ exitCode: 3 });
    expect(run.isAlternateScreen()).toBe(false);
    expect(run.cursorVisible()).toBe(true);
    expect(run.line(0)).toBe('before the program');
    expect(run.line(1)).toBe('bye');
    expect(run.screen()).not.toContain('ready');
  });

  test('kill sends a signal', async () => {
    const run = start();
    await run.waitForText('ready');
    run.kill('SIGKILL');
    expect(await run.exited()).toMatchObject({ signal: 9 });
  });

  test('waitFor fails with the description and the screen when the text never comes', async () => {
    const run = start({ cols: 50, rows: 10 });
    await run.waitForText('state=');
    await expect(run.waitFor(() => false, 'a miracle', 150)).rejects.toThrow(
      /timed out after 150 ms waiting for a miracle\n--- screen \(50x10\) ---\nready 50x10\n/,
    );
  });

  test('waitFor fails at once when the program has exited', async () => {
    const run = start();
    await run.waitForText('ready');
    run.write('q');
    const started = Date.now();
    await expect(run.waitForText('never', 10_000)).rejects.toThrow(
      /program exited \(code 3\) while waiting for text "never"[\s\S]*bye/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('cursor tracking follows combined and reset sequences', async () => {
    const script = String.raw`
      process.stdout.write('\x1b[?25;1049l' + 'hidden\r\n');
      process.stdin.setRawMode(true);
      process.stdin.once('data', () => { process.stdout.write('\x1b[!p' + 'soft reset\r\n'); process.exit(0); });
    `;
    const run = runInPty(['-e', script], { command: process.execPath });
    await run.waitForText('hidden');
    expect(run.cursorVisible()).toBe(false);
    run.write('x');
    await run.exited();
    expect(run.screen()).toContain('soft reset');
    expect(run.cursorVisible()).toBe(true);
  });
});
