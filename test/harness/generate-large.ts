/**
 * A large, deterministic briefing for measurements: by default 5,000 sections, 100,000 lines and 500
 * players named throughout the text, with issues, a timeline and figures. The same seed always gives
 * the same text.
 *
 * Planted words, for benchmarks that want known frequencies: `zeppelin` (rare: one section in 500) and
 * the phrase `ceasefire talks` (one section in 50; it may wrap onto the next line).
 */

import type {
  Briefing,
  BriefingIssue,
  BriefingMeta,
  Figure,
  Player,
  Section,
  TimelineEntry,
} from '../../source/domain/types.js';
import { capitalise, type Generator, generator, WORDS } from './random-words.js';

/** Size and seed of a generated briefing. */
export interface LargeBriefingOptions {
  /** Number of `##` sections; default 5,000. */
  readonly sections?: number;
  /** Total lines of the file, front matter included (a floor of three lines a section applies); default 100,000. */
  readonly lines?: number;
  /** Number of players, ids `player-1` ... ; default 500. */
  readonly players?: number;
  /** PRNG seed; default 1. */
  readonly seed?: number;
}

/** The rare planted word. */
export const RARE_WORD = 'zeppelin';
/** The planted multi-word phrase. */
export const PHRASE = 'ceasefire talks';

const WRAP = 78;
const SYLLABLES = ['ka', 'ro', 'vin', 'mel', 'tor', 'sa', 'li', 'ber', 'gan', 'do', 'ri', 'en', 'la', 'mo'];
const MORE_SYLLABLES = ['nu', 'thi', 'ves', 'ar', 'el', 'on', 'ul', 'ha', 'qua', 'zen', 'pe', 'sto', 'mir'];
const ALL_SYLLABLES = [...SYLLABLES, ...MORE_SYLLABLES];
const SIDES = ['Coalition', 'Opposition', 'Union', 'Council', 'Independent'];
const ROLES = ['minister', 'envoy', 'negotiator', 'governor', 'spokesperson', 'general', 'mediator'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
function makePlayers(count: number, g: Generator): Player[] {
  const used = new Set<string>();
  const nameWord = (syllables: number): string => {
    for (;;) {
      let word = '';
      for (let i = 0; i < syllables; i += 1) word += g.pick(ALL_SYLLABLES);
      word = capitalise(word);
      if (!used.has(word) && !WORDS.includes(word.toLowerCase())) return word;
    }
  };
  const players: Player[] = [];
  for (let n = 1; n <= count; n += 1) {
    const first = capitalise(g.pick(SYLLABLES) + g.pick(MORE_SYLLABLES));
    // Surnames are unique, so an alias names one player; first names repeat, as they do in the news.
    const last = nameWord(g.int(2, 3));
    used.add(last);
    const side = g.pick(SIDES);
    const role = `${capitalise(g.pick(ROLES))} for ${g.pick(WORDS.slice(20, 60))}`;
    players.push({
      id: `player-${n}`,
      name: `${first} ${last}`,
      aliases: [last],
      role,
      side,
      description: `${first} ${last} speaks for the ${side} on ${g.pick(WORDS.slice(20))} and ${g.pick(WORDS.slice(20))}.`,
    });
  }
  return players;
}

function sentence(g: Generator, players: readonly Player[], plant: string | undefined): string {
  const words: string[] = [];
  const length = g.int(6, 16);
  for (let i = 0; i < length; i += 1) words.push(g.word());
  if (players.length > 0 && g.next() < 0.6) {
    // Half the references go to the first twenty players, so some are named far more than others.
    const player = g.next() < 0.5 ? g.pick(players.slice(0, 20)) : g.pick(players);
    const style = g.next();
    const name = style < 0.5 ? player.name : (player.aliases[0] ?? player.name);
    words.splice(g.int(0, words.length), 0, style > 0.85 ? `${name}’s` : name);
  }
  if (plant !== undefined) words.splice(g.int(1, words.length), 0, plant);
  const text = words.join(' ');
  return `${capitalise(text)}${g.next() < 0.1 ? '?' : '.'}`;
}

/** A paragraph of exactly `count` lines wrapped at WRAP columns, ending a sentence. */
function paragraph(count: number, g: Generator, players: readonly Player[], plants: string[]): string[] {
  const lines: string[] = [];
  let line = '';
  while (lines.length + (line === '' ? 0 : 1) < count) {
    for (const word of sentence(g, players, plants.shift()).split(' ')) {
      if (line !== '' && line.length + 1 + word.length > WRAP) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  lines.length = count;
  const last = lines[count - 1] ?? '';
  if (!/[.?]$/.test(last)) lines[count - 1] = `${last}.`;
  return lines;
}

/** Body lines of one section, exactly `budget` of them, the last one blank. */
function sectionBody(budget: number, g: Generator, players: readonly Player[], plants: string[]): string[] {
  const body: string[] = [];
  const room = budget - 1;
  while (body.length < room) {
    if (body.length > 0) body.push('');
    const left = room - body.length;
    if (left <= 0) break;
    const kind = g.next();
    if (kind < 0.15 && left >= 2) {
      const items = Math.min(left, g.int(2, 4));
      for (let i = 0; i < items; i += 1) body.push(`- ${sentence(g, players, plants.shift())}`);
    } else if (kind < 0.25) {
      body.push(...paragraph(Math.min(left, g.int(1, 2)), g, players, plants).map((line) => `> ${line}`));
    } else if (kind < 0.3 && left >= 3) {
      body.push(`### ${capitalise(g.pick(WORDS.slice(20)))} ${g.pick(WORDS.slice(20))}`);
    } else body.push(...paragraph(Math.min(left, g.int(2, 6)), g, players, plants));
  }
  body.push('');
  return body;
}

const quote = (text: string): string => JSON.stringify(text);

interface Extras {
  readonly issues: BriefingIssue[];
  readonly timeline: TimelineEntry[];
  readonly figures: Figure[];
}

/** Two different entries of a list (one if it has one, none if empty). */
function pickTwo(g: Generator, list: readonly string[]): string[] {
  if (list.length < 2) return [...list];
  const first = g.int(0, list.length - 1);
  const second = (first + g.int(1, list.length - 1)) % list.length;
  return [list[first] ?? '', list[second] ?? ''];
}

/** Issues (one per 20 players), timeline entries and figures (one per 100 sections each). */
function makeExtras(g: Generator, players: readonly Player[], ids: readonly string[]): Extras {
  const topic = (): string => g.pick(WORDS.slice(20));
  const issues: BriefingIssue[] = [];
  for (let n = 1; n <= Math.max(1, Math.round(players.length / 20)); n += 1) {
    const parties = [g.pick(SIDES.slice(0, 2)), g.pick(SIDES.slice(2))];
    issues.push({
      id: `issue-${n}`,
      title: `${capitalise(g.word())} ${topic()} ${topic()} ${n}`,
      status: g.pick(['open', 'stalled', 'resolved'] as const),
      summary: sentence(g, players, undefined),
      positions: parties.map((party) => ({ party, position: sentence(g, players, undefined) })),
      sections: pickTwo(g, ids),
      players: pickTwo(
        g,
        players.map((player) => player.id),
      ),
    });
  }
  const timeline: TimelineEntry[] = [];
  const figures: Figure[] = [];
  for (let n = 0; n < Math.max(1, Math.round(ids.length / 100)); n += 1) {
    const iso = n % 2 === 0;
    const day = `${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    const when = iso ? `2025-${day}` : (MONTHS[n % MONTHS.length] ?? 'January');
    const what = sentence(g, players, undefined);
    timeline.push({ when, date: iso ? when : undefined, what, section: g.pick(ids) });
    const value = String(g.int(1, 999));
    const context = sentence(g, players, undefined);
    figures.push({ value, label: `${topic()} ${topic()}`, context, section: g.pick(ids) });
  }
  return { issues, timeline, figures };
}

function frontMatter(meta: BriefingMeta, players: readonly Player[], extras: Extras): string[] {
  const list = (values: readonly string[]): string => `[${values.join(', ')}]`;
  return [
    '---',
    `title: ${quote(meta.title)}`,
    `dateline: ${quote(meta.dateline)}`,
    `date: ${meta.date}`,
    `importance: ${meta.importance}`,
    `summary: ${quote(meta.summary)}`,
    `sources: ${list(meta.sources.map(quote))}`,
    'players:',
    ...players.map(
      (p) =>
        `  - { id: ${p.id}, name: ${quote(p.name)}, aliases: ${list(p.aliases.map(quote))}, role: ${quote(p.role)}, side: ${quote(p.side)}, description: ${quote(p.description)} }`,
    ),
    'issues:',
    ...extras.issues.map((i) => {
      const positions = i.positions.map((p) => `${quote(p.party)}: ${quote(p.position)}`).join(', ');
      return `  - { id: ${i.id}, title: ${quote(i.title)}, status: ${i.status}, summary: ${quote(i.summary)}, positions: { ${positions} }, sections: ${list(i.sections)}, players: ${list(i.players)} }`;
    }),
    'timeline:',
    ...extras.timeline.map(
      (t) => `  - { when: ${quote(t.when)}, what: ${quote(t.what)}, section: ${t.section} }`,
    ),
    'figures:',
    ...extras.figures.map(
      (f) =>
        `  - { value: ${quote(f.value)}, label: ${quote(f.label)}, context: ${quote(f.context)}, section: ${f.section} }`,
    ),
    '---',
    '',
  ];
}

function build(options: LargeBriefingOptions): { readonly briefing: Briefing; readonly text: string } {
  const sectionCount = Math.max(1, options.sections ?? 5000);
  const seed = options.seed ?? 1;
  const g = generator(seed);
  const players = makePlayers(Math.max(0, options.players ?? 500), g);
  const titles: string[] = [];
  const ids: string[] = [];
  for (let n = 1; n <= sectionCount; n += 1) {
    const [first, second] = [g.pick(WORDS.slice(20)), g.pick(WORDS.slice(20))];
    titles.push(`Section ${n} ${capitalise(first)} ${second}`);
    ids.push(`section-${n}-${first}-${second}`);
  }
  const extras = makeExtras(g, players, ids);
  const meta: BriefingMeta = {
    title: `Large generated briefing (${sectionCount} sections)`,
    dateline: `Generated, seed ${seed}`,
    date: '2026-02-04',
    importance: 'normal',
    summary: 'A generated briefing for measuring parse, derive, search and render times.',
    sources: ['https://example.org/source-1', 'https://example.org/source-2'],
  };
  const lines = frontMatter(meta, players, extras);

  const bodyLines = Math.max(sectionCount * 3, (options.lines ?? 100_000) - lines.length);
  const base = Math.floor(bodyLines / sectionCount);
  const extra = bodyLines - base * sectionCount;
  const sections: Section[] = [];
  for (let n = 1; n <= sectionCount; n += 1) {
    const plants: string[] = [];
    if (n % 500 === 0) plants.push(RARE_WORD);
    if (n % 50 === 0) plants.push(PHRASE);
    const body = sectionBody(base + (n <= extra ? 1 : 0) - 1, g, players, plants);
    const [id, title] = [ids[n - 1] ?? '', titles[n - 1] ?? ''];
    sections.push({ id, title, depth: 2, markdown: body.join('\n').trimEnd(), line: lines.length + 1 });
    lines.push(`## ${title}`, ...body);
  }
  const briefing: Briefing = { id: 'large', file: 'large.md', meta, sections, players, ...extras };
  return { briefing, text: lines.join('\n') };
}

/** The generated briefing as Markdown with YAML front matter, as a file would hold it. */
export function generateLargeBriefing(options: LargeBriefingOptions = {}): string {
  return build(options).text;
}

/**
 * The same briefing built directly as a model, for measuring derive and search without the parser.
 * Section markdown is the body under each heading without its trailing blank lines, as the parser
 * gives it (checked against source/domain/parse.ts while both were being written).
 */
export function generateLargeBriefingModel(options: LargeBriefingOptions = {}): Briefing {
  return build(options).briefing;
}
