import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';

const bin = join(import.meta.dirname, '../../bin/briefing.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI off a terminal (pipes), as scripts and CI see it. */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory holding the given files (string or raw bytes). */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('briefing-cli');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Every escape or control byte except newline and tab; what must never reach a terminal from content. */
export const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
