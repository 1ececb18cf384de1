/**
 * An article opens on its overview while its panels are derived, and the reader takes the derived
 * briefing where it is: the section being read stays open, scrolled where it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import type { Briefing } from '../../source/domain/types.js';
import { createSessionContext } from '../../source/input/session-context.js';
import { createArticleCache } from '../../source/io/article-cache.js';
import { loadAnyFile } from '../../source/io/load-article.js';
import { createLibraryContext } from '../../source/state/library.js';
import { startReads } from '../../source/state/reads.js';
import { initialState } from '../../source/state/session.js';
import { type LiveSource, type LiveUpdate, ReaderApp } from '../../source/ui/reader-app.js';
import { monoTheme, press, renderAt, renderReader, waitForFrame } from './render-at.js';

const VIEW = { width: 80, height: 24 };

const seedFile = join(import.meta.dirname, '../../../shared/seed/000_8f453393c0e5582e.txt');
const dir = mkdtempSync(join(tmpdir(), 'briefing-progressive-ui-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => cleanup());

let loaded: { early: Briefing; done: Briefing } | undefined;

/** The seed as first shown and as derived (loaded once: a second load finds it in the cache). */
async function both(): Promise<{ early: Briefing; done: Briefing }> {
  if (loaded !== undefined) return loaded;
  const first = await loadAnyFile(seedFile, { progressive: true, cache: createArticleCache(dir) });
  const later = first.ok ? await first.later : undefined;
  if (!first.ok || later === undefined || !later.ok) throw new Error('the seed did not load progressively');
  loaded = { early: first.briefing, done: later.briefing };
  return loaded;
}

const footer = (frame: string) => frame.split('\n').at(-1) ?? '';

describe('an article read before its panels are ready', () => {
  test('opens on its overview saying so, with the lead', async () => {
    const { early } = await both();
    const r = renderReader([early], 80, 24, monoTheme);
    const frame = await waitForFrame(r, (f) => footer(f).startsWith('Overview'), 'the overview');
    expect(frame).toContain('Reading the article for its players, issues, dates and figures');
    expect(frame).toContain('Talks began in Abu Dhabi.');
  });

  test('takes the derived briefing in place: the open section stays, the overview fills in', async () => {
    const { early, done } = await both();
    const listeners = new Set<(update: LiveUpdate) => void>();
    const live: LiveSource = {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const ctx = createSessionContext(createLibraryContext([early]), { theme: monoTheme });
    const r = renderAt(
      // Read state kept, as the local reader keeps it: the panels are part of the first reading.
      <ReaderApp
        ctx={ctx}
        initial={initialState(ctx, { viewport: VIEW, reads: startReads({}, Date.now()) })}
        live={live}
      />,
      80,
      24,
    );
    await waitForFrame(r, (f) => footer(f).startsWith('Overview'), 'the overview');
    await press(r, '1', (f) => footer(f).startsWith('Sections'), 'the sections list');
    const top = await press(r, 'j\r', (f) => footer(f).startsWith('Section 2/7'), 'the second section');
    const next = createSessionContext(createLibraryContext([done]), { theme: monoTheme });
    for (const listener of listeners) listener({ ctx: next, quiet: true });
    // Taken in place and not announced: the same section, the same screen, no banner.
    const after = await waitForFrame(
      r,
      (f) => footer(f).startsWith('Section 2/7'),
      'the section, still open',
    );
    expect(after).toEqual(top);
    const overview = await press(r, '0', (f) => footer(f).startsWith('Overview'), 'the overview again');
    expect(overview).toContain('Derived from the article: each item shows the sentence it came from.');
    expect(overview).not.toContain('Reading the article for its players');
    expect(overview).not.toContain('Briefing updated');
    expect(overview).not.toMatch(/new players?|since you last read/);
  });
});
