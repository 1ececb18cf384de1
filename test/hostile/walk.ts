/**
 * A walk through every panel of a briefing in the reader, the same over a pty and over SSH: each
 * panel's list, its first item opened and read to the end, a search, the help, and back. Every
 * field of a corpus briefing is drawn on the way. The screens it waited on are kept, to look for
 * the text that must show.
 */

/** What the walk needs of a terminal: keys in, the screen out, a wait. */
export interface Terminal {
  write(keys: string): void;
  screen(): string;
  waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<void>;
}

const PANELS = [
  ['1', 'Sections', 'Section'],
  ['2', 'Players', 'Player'],
  ['3', 'Issues', 'Issue'],
  ['4', 'Timeline', 'Timeline'],
  ['5', 'Figures', 'Figure'],
] as const;

/** The footer: the last row of the screen. */
export const footer = (screen: string): string => screen.split('\n').at(-1) ?? '';

/** A terminal that can also be resized, and shows the raw bytes it was sent. */
export interface ResizableTerminal extends Pick<Terminal, 'waitFor'> {
  resize(columns: number, rows: number): void;
  raw(): string;
}

/**
 * Resizes, then waits for a whole new frame: the end of a synchronized update written after the
 * resize. The emulator reflows the old screen at once, and a footer reflowed into place is no frame.
 */
export async function resizeAndWait(
  terminal: ResizableTerminal,
  columns: number,
  rows: number,
  what: string,
): Promise<void> {
  const mark = terminal.raw().length;
  terminal.resize(columns, rows);
  await terminal.waitFor(
    (s) =>
      terminal.raw().indexOf('\u001b[?2026l', mark) !== -1 &&
      s.split('\n').length === rows &&
      /^(?:\S+ \d+\/\d+|Overview)/.test(footer(s)),
    what,
    30_000,
  );
}

/**
 * Walks the reader from its first frame (the overview, or the sections list of a briefing with
 * nothing to overview): in each panel the first
 * `itemsPerPanel` items are opened and read to the end. Returns every screen it waited on.
 */
export async function walkReader(
  terminal: Terminal,
  timeoutMs = 10_000,
  itemsPerPanel = 6,
): Promise<string[]> {
  const seen: string[] = [];
  const wait = async (predicate: (screen: string) => boolean, what: string) => {
    await terminal.waitFor(predicate, what, timeoutMs);
    seen.push(terminal.screen());
  };
  await wait((s) => /^(?:Sections \d+\/\d+|Overview)/.test(footer(s)), 'the first frame');
  for (const [key, list, item] of PANELS) {
    terminal.write(key);
    await wait((s) => footer(s).startsWith(`${list} `), `the ${list} list`);
    // A footer the walk cannot read would open nothing and check nothing: fail instead.
    const total = /^\S+ \d+\/(\d+)/.exec(footer(terminal.screen()))?.[1];
    if (total === undefined)
      throw new Error(`no item count in the ${list} footer: ${footer(terminal.screen())}`);
    const count = Number(total);
    for (let row = 1; row <= Math.min(count, itemsPerPanel); row++) {
      if (row > 1) {
        terminal.write('j');
        await wait((s) => footer(s).startsWith(`${list} ${row}/`), `row ${row} of ${list}`);
      }
      terminal.write('\r');
      await wait((s) => footer(s).startsWith(`${item} ${row}/`), `${item} ${row} open`);
      terminal.write('G');
      // A percentage shows only when the item is taller than the pane.
      await wait((s) => footer(s).includes('100%') || !footer(s).includes('%'), 'its end');
      terminal.write('h');
      await wait((s) => footer(s).startsWith(`${list} ${row}/`), `back to ${list}`);
    }
  }
  terminal.write('/before\r');
  await wait((s) => /hit \d+\/\d+|no hits/.test(footer(s)), 'a search');
  terminal.write('n');
  terminal.write('?');
  await wait((s) => s.startsWith('Keys'), 'the help');
  terminal.write('?');
  await wait((s) => !s.startsWith('Keys'), 'the help closed');
  return seen;
}
