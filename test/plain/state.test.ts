import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../source/domain/types.js';
import type { PlainView } from '../../source/plain/format.js';
import { openingReply, replyTo } from '../../source/plain/session.js';
import type { PlainState } from '../../source/plain/state.js';
import { createLibraryContext } from '../../source/state/library.js';
import { abuDhabi } from './fixture.js';

const plain: PlainView = { width: 80, theme: { colorLevel: 0, ascii: true, hyperlinks: false } };

/** A reading session replayed without a terminal: each command's reply, in order. */
function session(briefings: readonly Briefing[], view: PlainView = plain) {
  const ctx = createLibraryContext(briefings);
  const opening = openingReply(ctx, view);
  let state: PlainState = opening.state;
  const transcript: string[] = [opening.text];
  return {
    opening: opening.text,
    /** Runs one command line and returns what it printed. */
    type(line: string): string {
      const reply = replyTo(ctx, state, line, view);
      state = reply.state;
      transcript.push(reply.text);
      return reply.text;
    },
    state: () => state,
    transcript: () => transcript.join(''),
  };
}

const lines = (text: string) => text.split('\n');

describe('the plain reader over the Abu Dhabi briefing', () => {
  test('players, Rustem Umerov, his links, a mention followed, a search, back', () => {
    const s = session([abuDhabi()]);
    expect(lines(s.opening)[0]).toBe('Talks in Abu Dhabi');
    expect(s.opening).toContain(
      'Dateline: Abu Dhabi, United Arab Emirates\nDate: 2026-02-04\nImportance: top',
    );
    expect(s.opening).toContain(
      'Panels: 1 Sections (7), 2 Players (14), 3 Issues (5), 4 Timeline (6), 5 Figures',
    );

    const players = s.type('2');
    expect(lines(players).slice(0, 3)).toEqual([
      '14 players:',
      '1. Rustem Umerov: Ukraine’s national security chief; leads Ukraine’s delegation',
      '   (Ukraine)',
    ]);
    expect(players).toContain('\n3. Donald Trump: US President (United States)\n');
    expect(players).toContain('\n14. Europe: ');
    expect(lines(players).at(-2)).toBe('Type a number to read one, or press Enter for the next.');

    const umerov = s.type('1');
    expect(lines(umerov)).toEqual([
      'Player 1 of 14: Rustem Umerov',
      '',
      'Also: Umerov',
      'Role: Ukraine’s national security chief; leads Ukraine’s delegation',
      'Side: Ukraine',
      '',
      'Ukraine’s national security chief, who leads Ukraine’s delegation. He confirmed',
      'the talks began and seeks a “dignified and lasting peace”.',
      '',
      'Mentioned in',
      '',
      '  * Key Players Convene in UAE: Ukraine’s delegation is led by Rustem Umerov.',
      '  * Key Players Convene in UAE: Umerov confirmed the talks began.',
      '',
      'End of player 1 of 14. Enter: next, p: previous, l: 2 links, /: search, help, q:',
      'quit.',
      '',
    ]);

    expect(lines(s.type('l'))).toEqual([
      '2 links in Rustem Umerov:',
      '1. Mention in Key Players Convene in UAE: Ukraine’s delegation is led by Rustem',
      '   Umerov.',
      '2. Mention in Key Players Convene in UAE: Umerov confirmed the talks began.',
      '',
      'Type a number to follow a link.',
      '',
    ]);

    // The mention's sentence comes first, then the section it is in.
    const mention = lines(s.type('1'));
    expect(mention.slice(0, 3)).toEqual([
      'Mention of Rustem Umerov: Ukraine’s delegation is led by Rustem Umerov.',
      '',
      'Section 3 of 7: Key Players Convene in UAE',
    ]);
    expect(mention[4]).toBe(
      'Ukraine’s delegation is led by Rustem Umerov. He is Ukraine’s national security',
    );
    expect(mention.at(-3)).toBe(
      'End of section 3 of 7. Enter: next, p: previous, l: 9 links, b: back, /: search,',
    );

    const hits = lines(s.type('/Zaporizhzhia'));
    expect(hits).toEqual([
      '3 hits for "Zaporizhzhia" in 2 items:',
      '1. Section, Deep Divisions Remain: …. They reject unilateral troop withdrawals.',
      '   The fate of the Zaporizhzhia nuclear plant is another issue.',
      '2. Issue, The Zaporizhzhia nuclear plant (2 hits): The fate of the Zaporizhzhia',
      '   nuclear plant is another issue between the sides. The article states no',
      '   party’s position on it.',
      '',
      'Type a number to open one; / alone lists these again.',
      '',
    ]);
    const hit = lines(s.type('1'));
    expect(hit[0]).toMatch(/^Result 1 of 2 for "Zaporizhzhia": …\. They reject/);
    expect(hit).toContain('Section 4 of 7: Deep Divisions Remain');
    expect(hit.join(' ')).toContain('The fate of the Zaporizhzhia nuclear plant is another issue.');

    // Back through what was read, most recent first.
    expect(lines(s.type('b'))[0]).toBe('Section 3 of 7: Key Players Convene in UAE');
    expect(lines(s.type('back'))[0]).toBe('Player 1 of 14: Rustem Umerov');
    expect(s.type('b')).toBe('Nothing to go back to.\n');
  });

  test('Enter and p walk through a panel, and stop at its ends', () => {
    const s = session([abuDhabi()]);
    expect(lines(s.type(''))[0]).toBe('Section 1 of 7: Lead');
    expect(lines(s.type('n'))[0]).toBe('Section 2 of 7: Escalating Strikes Shadow Diplomacy');
    expect(lines(s.type('p'))[0]).toBe('Section 1 of 7: Lead');
    expect(s.type('p')).toBe('That was the first section. Press Enter to read the next.\n');

    // Listing a panel makes it the one Enter walks through, from its first row.
    s.type('figures');
    expect(lines(s.type(''))[0]).toBe('Figure 1 of 6: 71 Ballistic missiles');
    for (let i = 2; i <= 6; i++) expect(lines(s.type(''))[0]).toMatch(new RegExp(`^Figure ${i} of 6: `));
    expect(s.type('')).toBe('That was the last figure, 6 of 6. Type 1 to 5 to list a panel.\n');
  });

  test('a number picks from the list printed last, and lists a panel when none is up', () => {
    const s = session([abuDhabi()]);
    expect(lines(s.type('3'))[0]).toBe('5 issues:');
    expect(lines(s.type('4'))[0]).toBe('Issue 4 of 5: The truce and its violation');
    // An item was printed since the list, so 4 now means the fourth panel.
    expect(lines(s.type('4'))[0]).toBe('6 timeline entries:');
    expect(lines(s.type('1'))[0]).toBe('Timeline entry 1 of 6: January');
    expect(s.type('9')).toBe('No list is up to choose from: type 1 to 5 to list a panel.\n');
    s.type('players');
    expect(s.type('15')).toBe('There is no player 15: choose 1 to 14.\n');
    expect(s.type('0')).toBe('There is no player 0: choose 1 to 14.\n');
  });

  test('links: an issue’s sections and players, followed with go N', () => {
    const s = session([abuDhabi()]);
    s.type('issues');
    s.type('1');
    expect(lines(s.type('links'))).toEqual([
      '3 links in Territory:',
      '1. Section: Deep Divisions Remain',
      '2. Player: Russia',
      '3. Player: Ukraine',
      '',
      'Type a number to follow a link.',
      '',
    ]);
    expect(lines(s.type('go 2'))[0]).toBe('Player 11 of 14: Russia');
    expect(s.type('l 99')).toBe('There is no link 99: choose 1 to 17.\n');
    // A section names each player once, however often it mentions them.
    s.type('sections');
    s.type('2');
    const links = s.type('l');
    expect(lines(links)[0]).toBe('6 links in Escalating Strikes Shadow Diplomacy:');
    expect(links.match(/Player: Ukraine/g)).toHaveLength(1);
  });

  test('messages for what cannot be done, each one line', () => {
    const s = session([abuDhabi()]);
    expect(s.type('l')).toBe(
      'No item is open: press Enter to read the first section, or type 1 to 5 to list a\npanel.\n',
    );
    expect(s.type('/')).toBe('Type / and the words to find, for example /Zaporizhzhia.\n');
    expect(s.type('/qwertyuiop')).toBe('No hits for "qwertyuiop".\n');
    expect(s.type('frobnicate')).toBe('Unknown command "frobnicate": type help for the commands.\n');
    expect(s.type('briefings')).toBe('Only one briefing is open.\n');
    expect(lines(s.type('r'))[0]).toBe('Talks in Abu Dhabi');
    expect(lines(s.type('help'))[0]).toBe('Commands:');
    expect(s.state().done).toBe(false);
    expect(s.type('q')).toBe('');
    expect(s.state().done).toBe(true);
  });

  test('a search lists each item once, however many hits it holds', () => {
    const s = session([abuDhabi()]);
    // The 1 February entry says "truce" twice (its text quotes the statement), the issue six times.
    const listed = lines(s.type('/truce'));
    expect(listed[0]).toBe('12 hits for "truce" in 5 items:');
    const rows = listed.filter((line) => /^\d+\. /.test(line));
    expect(rows).toEqual([
      '1. Section, Escalating Strikes Shadow Diplomacy (2 hits): Ukraine accused Russia',
      '2. Player, Donald Trump: President Trump stated the truce ended Feb 1. His',
      '3. Player, Ukraine: Its delegation is led by Rustem Umerov. It is prepared for',
      '4. Issue, The truce and its violation (6 hits): …kes preceded the talks. Ukraine',
      '5. Timeline entry, 1 February (2 hits): The truce ended, as President Trump',
    ]);
    expect(s.type('6')).toBe('There is no result 6: choose 1 to 5.\n');
    const entry = lines(s.type('5'));
    expect(entry[0]).toBe('Result 5 of 5 for "truce": The truce ended, as President Trump stated (“the');
    expect(entry).toContain('Timeline entry 2 of 6: 1 February');
    // A hit only in an item's title says no more than the title.
    const titled = lines(s.type('/Territory'));
    expect(titled.slice(0, 2)).toEqual(['1 hit for "Territory":', '1. Issue, Territory']);
    expect(lines(s.type('1'))[0]).toBe('Result 1 of 1 for "Territory".');
  });

  test('/ alone lists the last hits again', () => {
    const s = session([abuDhabi()]);
    s.type('/Kyiv');
    s.type('1');
    expect(lines(s.type('/'))[0]).toMatch(/^\d+ hits for "Kyiv"( in \d+ items)?:$/);
  });

  test('a directory: choose a briefing first, then read it; back crosses briefings', () => {
    const base = abuDhabi();
    const other: Briefing = { ...base, id: 'copy', meta: { ...base.meta, title: 'Second briefing' } };
    const s = session([base, other]);
    expect(lines(s.opening).slice(0, 3)).toEqual([
      '2 briefings:',
      '1. Talks in Abu Dhabi, Abu Dhabi, United Arab Emirates, 2026-02-04',
      '2. Second briefing, Abu Dhabi, United Arab Emirates, 2026-02-04',
    ]);
    expect(s.type('n')).toBe('Choose a briefing first: type its number, or briefings to list them again.\n');
    expect(s.type('3')).toBe('There is no briefing 3: choose 1 to 2.\n');
    s.type('1');
    expect(lines(s.type(''))[0]).toBe('Section 1 of 7: Lead');
    expect(lines(s.type('briefings'))[0]).toBe('2 briefings:');
    expect(lines(s.type('2'))[0]).toBe('Second briefing');
    expect(lines(s.type('b'))[0]).toBe('Section 1 of 7: Lead');
    expect(s.state().briefing).toBe(0);
  });

  test.each([40, 80, 100])('every line fits %i columns', (width) => {
    const s = session([abuDhabi()], { ...plain, width });
    for (const line of ['2', '1', 'l', '1', '/Zaporizhzhia', '3', 'help', 'timeline', '3']) s.type(line);
    for (const line of lines(s.transcript())) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  });
});

describe('what reaches the terminal', () => {
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const SGR = /\u001b\[[0-9;]*m/g;

  test('the whole briefing read with colour off holds no escape or control character', () => {
    const s = session([abuDhabi()]);
    for (const panel of ['1', '2', '3', '4', '5']) {
      s.type(panel);
      for (let i = 0; i < 14; i++) s.type('');
    }
    s.type('help');
    expect(s.transcript()).not.toMatch(UNSAFE);
  });

  test('escape sequences in a model that skipped sanitising are still removed', () => {
    // Built in code, bypassing the parser and its sanitiser, to test the last line of defence.
    const base = abuDhabi();
    const evil = '\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u009b31m\u202eevil';
    const hostile: Briefing = {
      ...base,
      meta: { ...base.meta, title: `Title ${evil}` },
      sections: base.sections.map((sec) => ({
        ...sec,
        title: `${sec.title} ${evil}`,
        markdown: `${evil}\n\n${sec.markdown}`,
      })),
      players: base.players.map((p) => ({ ...p, role: `${p.role} ${evil}` })),
    };
    for (const colorLevel of [0, 1] as const) {
      const s = session([hostile], { width: 80, theme: { colorLevel, ascii: true, hyperlinks: false } });
      for (const line of ['', 'l', '1', 'players', '1', '/evil', '1', 'xx\u001b]0;title\u0007']) s.type(line);
      const text = s.transcript();
      expect(text).toContain('Title');
      expect(text.replace(SGR, '')).not.toMatch(UNSAFE);
      if (colorLevel === 0) expect(text).not.toContain('\u001b');
    }
  });

  test('--color always: titles in bold; otherwise no styling at all', () => {
    const coloured = session([abuDhabi()], {
      width: 80,
      theme: { colorLevel: 1, ascii: true, hyperlinks: false },
    });
    expect(coloured.opening).toContain('\u001b[1mTalks in Abu Dhabi\u001b[22m');
    expect(coloured.type('')).toContain('\u001b[1mSection 1 of 7: Lead\u001b[22m');
    expect(session([abuDhabi()]).opening).not.toContain('\u001b');
  });
});
