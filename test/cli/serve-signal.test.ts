import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const bin = join(import.meta.dirname, '../../bin/briefing.js');

/** Starts `serve`, sends SIGTERM the moment the `listening` line arrives, and reports how it ended. */
function stopAtListening(dir: string): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [bin, 'serve', '--open', '--port', '0', '--host-key', join(dir, 'host_key')],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: undefined } },
    );
    let out = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!sent && out.includes(' listening ')) {
        sent = true;
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

// Whoever waits for the `listening` line may stop the server at once: its signal handlers must be in
// by then. The race this guards against lost about one start in two, so a few starts show it.
test('serve stopped by SIGTERM as soon as it says it listens: logged, clean, exit 0', async () => {
  const dir = tempDir('briefing-serve-signal');
  for (let run = 0; run < 6; run++) {
    const result = await stopAtListening(dir);
    expect(result, result.out).toMatchObject({ code: 0, signal: null });
    // With several workers (one per core, the default) each logs its own lines, tagged `worker=N`,
    // after the primary's `signal` line, and they may interleave.
    expect(result.out).toMatch(/ signal signal=SIGTERM\n/);
    expect(result.out).toMatch(/ shutdown sessions=0 connections=0( worker=\d+)?\n$/);
  }
}, 60_000);
