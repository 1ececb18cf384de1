import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { deriveIndexes } from '../../source/domain/derive.js';
import { parseBriefing } from '../../source/domain/parse.js';
import type { Briefing, BriefingIssue } from '../../source/domain/types.js';

// The briefing must carry the article over faithfully, so the article itself is the oracle.
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const file = 'content/abu-dhabi-talks.md';
const text = readFileSync(resolve(repoRoot, file), 'utf8');
const seed = readFileSync(resolve(repoRoot, '../shared/seed/000_8f453393c0e5582e.txt'), 'utf8');

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();
const sentencesOf = (paragraph: string): string[] =>
  normalise(paragraph)
    .split(/(?<=[.!?][”"]?)\s+/u)
    .filter((s) => s.length > 0);

const seedLines = seed
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 0);
// The article's headings are the lines without a final full stop; its first line is the untitled lead.
const isHeading = (line: string, index: number): boolean => index > 0 && !/[.!?][”"]?$/u.test(line);
const seedHeadings = seedLines.filter(isHeading);
const seedParagraphs = seedLines.filter((l, i) => !isHeading(l, i));
const seedSentences = seedParagraphs.flatMap(sentencesOf);

const result = parseBriefing(text, { file, id: 'abu-dhabi-talks' });
const briefing = (): Briefing => {
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('\n'));
  return result.briefing;
};
const issue = (id: string): BriefingIssue => {
  const found = briefing().issues.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no issue ${id}`);
  return found;
};
const position = (issueId: string, party: string): string =>
  issue(issueId).positions.find((p) => p.party === party)?.position ?? '';

test('parses with no problems and no warnings', () => {
  expect(result.ok ? [] : result.problems).toEqual([]);
  expect(result.ok && result.warnings).toEqual([]);
});

test('meta: title, dateline, importance, summary and sources', () => {
  const { meta } = briefing();
  expect(meta.title).toBe('Talks in Abu Dhabi');
  expect(meta.dateline).toBe('Abu Dhabi, United Arab Emirates');
  expect(meta.importance).toBe('top');
  expect(meta.summary).toMatch(/Abu Dhabi/);
  expect(meta.summary).toMatch(/eastern Donetsk/);
  expect(meta.summary.split(/(?<=\.)\s+/)).toHaveLength(3);
  expect(meta.sources).toHaveLength(1);
  expect(meta.sources[0]).toContain('000_8f453393c0e5582e');
});

test('the inferred date is a Wednesday and its inference is explained in a comment above it', () => {
  expect(briefing().meta.date).toBe('2026-02-04');
  expect(new Date('2026-02-04T12:00:00Z').getUTCDay()).toBe(3);
  const lines = text.split('\n');
  const dateLine = lines.findIndex((l) => l.startsWith('date:'));
  const commentAbove = lines.slice(0, dateLine).reverse();
  const comment = commentAbove
    .slice(
      0,
      commentAbove.findIndex((l) => !l.startsWith('#')),
    )
    .join(' ');
  expect(comment).toMatch(/Wednesday/);
  expect(comment).toMatch(/1 February/);
  expect(comment).toMatch(/New START/);
  expect(comment).toMatch(/5 February 2026/);
});

test('seven sections: the lead, then the article headings in order', () => {
  const { sections } = briefing();
  expect(sections.map((s) => [s.id, s.title, s.depth])).toEqual([
    ['lead', expect.any(String), 0],
    ['escalating-strikes-shadow-diplomacy', 'Escalating Strikes Shadow Diplomacy', 2],
    ['key-players-convene-in-uae', 'Key Players Convene in UAE', 2],
    ['deep-divisions-remain', 'Deep Divisions Remain', 2],
    ['western-allies-consider-new-pacts', 'Western Allies Consider New Pacts', 2],
    ['ukraine-s-plea-for-lasting-peace', 'Ukraine’s Plea for Lasting Peace', 2],
    ['an-uncertain-path-forward', 'An Uncertain Path Forward', 2],
  ]);
  expect(sections.slice(1).map((s) => s.title)).toEqual(seedHeadings);
  expect(normalise(sections[0]?.markdown ?? '')).toBe(seedLines[0]);
});

describe('the body is the article', () => {
  const bodies = (): string[] => briefing().sections.map((s) => normalise(s.markdown));

  test('the seed splits into the expected sentences', () => {
    expect(seedHeadings).toHaveLength(6);
    // 76 full stops in the article, none of them inside an abbreviation.
    expect(seedSentences).toHaveLength(76);
    expect(seedSentences).toContain('He seeks a “dignified and lasting peace”.');
  });

  test.each(seedSentences)('the body holds: %s', (sentence) => {
    expect(bodies().some((b) => b.includes(sentence))).toBe(true);
  });

  test('each section holds exactly its own paragraphs of the article, nothing added', () => {
    const expected: string[][] = [[]];
    seedLines.forEach((line, i) => {
      if (isHeading(line, i)) expected.push([]);
      else expected[expected.length - 1]?.push(line);
    });
    const actual = briefing().sections.map((s) =>
      s.markdown
        .split(/\n\s*\n/)
        .map(normalise)
        .filter((p) => p.length > 0),
    );
    expect(actual).toEqual(expected);
  });
});

test('players: every named person and body, with role and side from the article', () => {
  const byId = new Map(briefing().players.map((p) => [p.id, p]));
  const expectPlayer = (id: string, name: string, role: RegExp, side: string, aliases: string[] = []) => {
    const p = byId.get(id);
    expect(p, id).toBeDefined();
    expect(p?.name).toBe(name);
    expect(p?.role).toMatch(role);
    expect(p?.side).toBe(side);
    expect(p?.aliases).toEqual(expect.arrayContaining(aliases));
    expect(p?.description.length).toBeGreaterThan(0);
  };
  expectPlayer('rustem-umerov', 'Rustem Umerov', /national security chief.*delegation/, 'Ukraine', [
    'Umerov',
  ]);
  expectPlayer('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', /President of Ukraine/, 'Ukraine', [
    'Zelenskyy',
    'President Zelenskyy',
  ]);
  expectPlayer('donald-trump', 'Donald Trump', /US President/, 'United States', ['Trump', 'President Trump']);
  expectPlayer('steve-witkoff', 'Steve Witkoff', /Special Envoy/, 'United States', ['Witkoff']);
  expectPlayer('jared-kushner', 'Jared Kushner', /son-in-law/, 'United States', ['Kushner']);
  expectPlayer('igor-kostyukov', 'Igor Kostyukov', /military intelligence/, 'Russia', ['Kostyukov']);
  expectPlayer('kirill-dmitriev', 'Kirill Dmitriev', /Russian envoy/, 'Russia', ['Dmitriev']);
  expectPlayer('mark-rutte', 'Mark Rutte', /NATO’s chief/, 'NATO', ['Rutte']);
  expectPlayer('nato', 'NATO', /Mark Rutte/, 'NATO');
  expectPlayer('ukraine', 'Ukraine', /Party to the talks/, 'Ukraine', ['Ukrainian', 'Ukrainians']);
  expectPlayer('russia', 'Russia', /Party to the talks/, 'Russia', ['Russian']);
  expectPlayer('united-states', 'United States', /Broker/, 'United States', ['US']);
  expectPlayer('western-allies', 'Western allies', /security measures/, 'Western allies');
  expectPlayer('europe', 'Europe', /act together with the US/, 'Europe');
  expect(byId.size).toBe(14);
});

test('every alias is a form the body uses, and every player is named there', () => {
  const body = briefing()
    .sections.map((s) => s.markdown)
    .join('\n');
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = (form: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(form)}(?![\\p{L}\\p{N}_])`, 'u').test(body);
  for (const p of briefing().players) {
    for (const alias of p.aliases) expect(named(alias), `${p.id}: ${alias}`).toBe(true);
    expect([p.name, ...p.aliases].some(named), p.id).toBe(true);
  }
});

test('the linker finds each person where the article names them', () => {
  const { mentions } = deriveIndexes(briefing());
  const where = (id: string) => [...new Set((mentions.get(id) ?? []).map((m) => m.sectionId))];
  const texts = (id: string) => (mentions.get(id) ?? []).map((m) => m.text);
  expect(where('rustem-umerov')).toEqual(['key-players-convene-in-uae']);
  expect(texts('rustem-umerov')).toEqual(['Rustem Umerov', 'Umerov']);
  expect(where('volodymyr-zelenskyy')).toEqual([
    'escalating-strikes-shadow-diplomacy',
    'ukraine-s-plea-for-lasting-peace',
  ]);
  // “Trump’s son-in-law” names Trump too: the apostrophe ends the word.
  expect(texts('donald-trump')).toEqual(['President Trump', 'Trump']);
  expect(where('mark-rutte')).toEqual(['escalating-strikes-shadow-diplomacy']);
  expect(where('nato')).toEqual(['escalating-strikes-shadow-diplomacy']);
  for (const id of ['steve-witkoff', 'jared-kushner', 'igor-kostyukov', 'kirill-dmitriev']) {
    expect(where(id), id).toEqual(['key-players-convene-in-uae']);
  }
  expect(where('europe')).toEqual(['western-allies-consider-new-pacts']);
  expect(where('united-states')).toEqual([
    'lead',
    'key-players-convene-in-uae',
    'western-allies-consider-new-pacts',
  ]);
  expect(where('ukraine')).toContain('lead');
  expect(where('russia')).toContain('lead');
});

describe('issues and every party’s position', () => {
  test('the issue list', () => {
    expect(briefing().issues.map((i) => [i.id, i.status])).toEqual([
      ['territory', 'open'],
      ['zaporizhzhia-nuclear-plant', 'open'],
      ['security-guarantees', 'open'],
      ['truce', 'open'],
      ['new-start', 'open'],
    ]);
  });

  test('territory', () => {
    const t = issue('territory');
    expect(t.positions.map((p) => p.party)).toEqual(['Russia', 'Ukraine']);
    expect(position('territory', 'Russia')).toMatch(/eastern Donetsk/);
    expect(position('territory', 'Russia')).toMatch(/recognition/);
    expect(position('territory', 'Ukraine')).toMatch(/freez/);
    expect(position('territory', 'Ukraine')).toMatch(/unilateral/);
    expect(position('territory', 'Ukraine')).toMatch(/land concessions/);
    expect(t.summary).toMatch(/about 20%/);
    expect(t.sections).toEqual(['deep-divisions-remain']);
    expect(t.players).toEqual(['russia', 'ukraine']);
  });

  test('the Zaporizhzhia nuclear plant: no positions, and the summary says so', () => {
    const z = issue('zaporizhzhia-nuclear-plant');
    expect(z.positions).toEqual([]);
    expect(z.summary).toMatch(/no party’s position/);
    expect(z.sections).toEqual(['deep-divisions-remain']);
  });

  test('security guarantees and a Western defense pact', () => {
    const s = issue('security-guarantees');
    expect(s.positions.map((p) => p.party)).toEqual(['Western allies', 'Russia', 'Ukraine', 'United States']);
    expect(position('security-guarantees', 'Western allies')).toMatch(/defense pact/);
    expect(position('security-guarantees', 'Western allies')).toMatch(/coordinated response/);
    expect(position('security-guarantees', 'Western allies')).toMatch(/US and Europe/);
    expect(position('security-guarantees', 'Russia')).toMatch(/unacceptable/);
    expect(position('security-guarantees', 'Russia')).toMatch(/intervention/);
    expect(position('security-guarantees', 'Ukraine')).toMatch(/security guarantees/);
    expect(position('security-guarantees', 'Ukraine')).toMatch(/future aggression/);
    expect(position('security-guarantees', 'United States')).toMatch(/peace plan/);
    expect(s.sections).toEqual(['western-allies-consider-new-pacts']);
  });

  test('the truce and its violation', () => {
    const t = issue('truce');
    expect(t.positions.map((p) => p.party)).toEqual(['Ukraine', 'President Trump', 'NATO']);
    expect(position('truce', 'Ukraine')).toMatch(/betraying truces/);
    expect(position('truce', 'Ukraine')).toMatch(/does not take peace talks seriously/);
    expect(position('truce', 'President Trump')).toMatch(/ended Feb 1/);
    expect(position('truce', 'NATO')).toMatch(/Mark Rutte/);
    expect(position('truce', 'NATO')).toMatch(/no seriousness about peace/);
    expect(t.sections).toContain('escalating-strikes-shadow-diplomacy');
    expect(t.players).toEqual(expect.arrayContaining(['donald-trump', 'mark-rutte', 'nato']));
  });

  test('the expiry of New START: no positions', () => {
    const n = issue('new-start');
    expect(n.positions).toEqual([]);
    expect(n.summary).toMatch(/limits nuclear arsenals/);
    expect(n.sections).toEqual(['an-uncertain-path-forward']);
  });
});

test('timeline: January, 1 February, the strikes, Wednesday, two days', () => {
  const timeline = briefing().timeline;
  expect(timeline.map((e) => [e.when, e.section])).toEqual([
    ['January', 'key-players-convene-in-uae'],
    ['1 February', 'escalating-strikes-shadow-diplomacy'],
    ['Before the talks', 'escalating-strikes-shadow-diplomacy'],
    ['Wednesday', 'lead'],
    ['Scheduled', 'an-uncertain-path-forward'],
    ['At the time of the talks', 'an-uncertain-path-forward'],
  ]);
  // Labels, not dates: the article gives no full date for any of them.
  expect(timeline.every((e) => e.date === undefined)).toBe(true);
  const what = timeline.map((e) => e.what);
  expect(what[0]).toMatch(/earlier round/);
  expect(what[1]).toMatch(/truce ended/);
  expect(what[2]).toMatch(/71 ballistic missiles/);
  expect(what[2]).toMatch(/450 drones/);
  expect(what[2]).toMatch(/Kyiv and Ukraine’s energy grid/);
  expect(what[3]).toMatch(/second round/);
  expect(what[4]).toMatch(/two days/);
  expect(what[5]).toMatch(/New START/);
});

test('figures: 71, 450, thousands, about 20%, second, two days', () => {
  expect(briefing().figures.map((f) => [f.value, f.section])).toEqual([
    ['71', 'escalating-strikes-shadow-diplomacy'],
    ['450', 'escalating-strikes-shadow-diplomacy'],
    ['Thousands', 'escalating-strikes-shadow-diplomacy'],
    ['about 20%', 'deep-divisions-remain'],
    ['second', 'lead'],
    ['two days', 'an-uncertain-path-forward'],
  ]);
  const [missiles, drones, , territory, round, length] = briefing().figures;
  expect(missiles?.label).toMatch(/Ballistic missiles/);
  expect(drones?.label).toMatch(/Drones/);
  expect(territory?.context).toBe('Russia occupies about 20% of Ukraine’s territory.');
  expect(round?.context).toBe('This is the second round of meetings.');
  expect(length?.context).toBe('The talks are scheduled for two days.');
  // Each figure's context is grounded in the section it points to.
  for (const f of briefing().figures) {
    const section = briefing().sections.find((s) => s.id === f.section);
    expect(section?.markdown, f.value).toContain(f.value);
  }
});
