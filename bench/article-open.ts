/**
 * Opening an article against opening the curated briefing: spawn to first complete frame of the
 * reader on the seed article (a plain-text file, derived on open) with an empty cache ("cold", the
 * first time anyone opens it) and again with the cache its first open left ("re-open"), interleaved
 * with the curated content/abu-dhabi-talks.md. Each cold run has a home (and so a cache) of its own.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from '../test/harness/child-env.js';
import { END_SYNC, SIZE } from './local-reader.js';
import { startInPty } from './pty-driver.js';

export interface ArticleOpen {
  readonly curated: number[];
  readonly cold: number[];
  readonly warm: number[];
  /** First open: until the derived panels are on screen (the first frame shows the sections at once). */
  readonly panels: number[];
}

/** The overview's note once an article's panels are derived (state/overview.ts). */
const PANELS_READY = 'Derived from the article';

async function firstFrame(
  root: string,
  home: string,
  file: string,
  timeoutMs: number,
  ready?: string,
): Promise<number | undefined> {
  const run = startInPty({
    command: process.execPath,
    args: [join(root, 'bin', 'briefing.js'), file, '--no-resume'],
    cwd: root,
    env: childEnv(home),
    ...SIZE,
    // The screen is kept only when it is read: waiting for `ready` reads it.
    screen: ready !== undefined,
  });
  let at = await run.waitOutput((output) => output.includes(END_SYNC), timeoutMs);
  // Until the screen shows `ready`: read after each new frame (the writer sends only changed cells,
  // so the text need not arrive in one piece). Frames are counted before the screen is read, so a
  // frame that lands in between is not waited for twice.
  const frames = (output: string) => output.split(END_SYNC).length;
  const until = Date.now() + timeoutMs;
  while (ready !== undefined && at !== undefined) {
    let count = 0;
    await run.waitOutput((output) => {
      count = frames(output);
      return true;
    }, 0);
    if ((await run.screen()).join('\n').includes(ready)) break;
    at = await run.waitOutput((output) => frames(output) > count, Math.max(0, until - Date.now()));
  }
  run.kill('SIGKILL');
  await run.exited;
  return at === undefined ? undefined : at - run.spawnedAt;
}

/** `runs` interleaved rounds of curated, cold article, re-opened article. */
export async function articleOpens(
  root: string,
  dir: string,
  runs: number,
  warnings: string[],
  step: (text: string) => void,
): Promise<ArticleOpen> {
  const article = join(root, '..', 'shared', 'seed', '000_8f453393c0e5582e.txt');
  const curatedFile = join(root, 'content', 'abu-dhabi-talks.md');
  const result: ArticleOpen = { curated: [], cold: [], warm: [], panels: [] };
  const push = (into: number[], value: number | undefined, what: string) => {
    if (value === undefined) warnings.push(`article open: ${what} showed nothing in time`);
    else into.push(value);
  };
  for (let i = 0; i < runs; i++) {
    const home = join(dir, `article-home-${i}`);
    mkdirSync(home, { recursive: true });
    push(result.curated, await firstFrame(root, home, curatedFile, 30_000), 'the curated briefing');
    push(result.cold, await firstFrame(root, home, article, 30_000), 'the article (cold)');
    push(result.warm, await firstFrame(root, home, article, 30_000), 'the article (re-open)');
    const fresh = join(dir, `article-home-${i}-panels`);
    mkdirSync(fresh, { recursive: true });
    push(result.panels, await firstFrame(root, fresh, article, 30_000, PANELS_READY), 'the article’s panels');
    const last = (list: number[]) => `${list.at(-1)?.toFixed(0) ?? 'n/a'} ms`;
    step(
      `article open ${i + 1}/${runs}: curated ${last(result.curated)}, article ${last(result.cold)}, re-open ${last(result.warm)}, panels ready ${last(result.panels)}`,
    );
  }
  return result;
}
