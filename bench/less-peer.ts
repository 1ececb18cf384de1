/**
 * The peer for bytes and latency per key: `less` paging the same briefing printed as text at the
 * same terminal size. Each reply is complete when less has written its prompt again (`:` then an
 * erase to the end of the line, or `(END)` at the end of the text).
 */
import { existsSync } from 'node:fs';
import { childEnv } from '../test/harness/child-env.js';
import { SIZE } from './local-reader.js';
import { type KeyTiming, startInPty } from './pty-driver.js';

/** Where less lives on Debian-like systems; a missing less is reported, not fatal. */
export const LESS_PATH = '/usr/bin/less';

/** What less wrote per key. */
export interface LessResult {
  readonly available: boolean;
  readonly line: KeyTiming[];
  readonly page: KeyTiming[];
  readonly search: KeyTiming[];
  readonly warnings: string[];
}

const promptDone = (reply: string): boolean => /:\u001B\[K$/.test(reply) || reply.includes('(END)');

/** Pages through `textFile` with less: `j` 60 times, space 10 times, then 5 searches. */
export async function lessPeer(textFile: string, home: string, cwd: string): Promise<LessResult> {
  const empty = { line: [], page: [], search: [] };
  if (!existsSync(LESS_PATH)) return { available: false, ...empty, warnings: ['less not installed'] };
  const run = startInPty({ command: LESS_PATH, args: [textFile], cwd, env: childEnv(home), ...SIZE });
  const warnings: string[] = [];
  // The first screen ends with the file name as the prompt, in reverse video, or `(END)`.
  const first = await run.waitOutput(
    (output) => /\u001B\[27m\u001B\[K$|\(END\)|:\u001B\[K$/.test(output),
    5000,
  );
  if (first === undefined) {
    run.kill('SIGKILL');
    await run.exited;
    return { available: true, ...empty, warnings: ['less showed no first screen within 5 s'] };
  }
  const collect = async (key: string, into: KeyTiming[]): Promise<void> => {
    const timing = await run.press(key, promptDone, 3000);
    if (timing === undefined) warnings.push(`less: no prompt within 3 s after ${JSON.stringify(key)}`);
    else into.push(timing);
  };
  const line: KeyTiming[] = [];
  const page: KeyTiming[] = [];
  const search: KeyTiming[] = [];
  for (let i = 0; i < 60; i++) await collect('j', line);
  for (let i = 0; i < 10; i++) await collect(' ', page);
  for (const word of ['treaty', 'border', 'minister', 'harvest', 'summit']) {
    // The typed pattern is echoed on the prompt line; Enter is the timed key.
    await run.press(`/${word}`, (reply) => reply.includes(word), 3000);
    await collect('\r', search);
  }
  run.kill('SIGKILL');
  await run.exited;
  return { available: true, line, page, search, warnings };
}
