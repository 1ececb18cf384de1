/**
 * The timeline: every date or time expression that places an event (`Wednesday`, `Feb 1`, `January`,
 * `October 2022`, `since 2005`, `4 a.m.`, `last quarter`, `a year earlier`), with its sentence. Entries
 * keep the article's order; when every one has a full date, they are ordered by it.
 */

import type { Sentence } from './analysed.js';

export interface DerivedDate {
  readonly when: string;
  /** YYYY-MM-DD when the expression gives a day, a month and a year. */
  readonly date: string | undefined;
  readonly sentence: Sentence;
}

const MONTHS: readonly [string, string][] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May', 'May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept?'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];
const MONTH = `(?:${MONTHS.map(([full, short]) => `${full}|${short}\\.?`).join('|')})`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]|20|21)\d{2}`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = '(?:\\s(?:morning|afternoon|evening|night))';
const PERIOD =
  '(?:week|weekend|month|year|quarter|season|spring|summer|autumn|fall|winter|decade|century|night|morning|evening)';
const TIME = String.raw`\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b`;
const NUMBER_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d+)';

const PATTERNS: readonly RegExp[] = [
  // ISO dates.
  /\b\d{4}-\d{2}-\d{2}\b/g,
  // Feb 1, February 1, 2025, Sept. 28, early March, early October last year, October 2022, January,
  // next January.
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:early|mid|late)[\s-]|(?:last|next|this)\s)?${MONTH}(?:\s${DAY}(?![\d]))?(?:,?\s${YEAR}|\s(?:last|next|this)\syear)?(?![\p{L}])`,
    'gu',
  ),
  // 1 February, 1st of February 2026.
  new RegExp(String.raw`\b${DAY}\s(?:of\s)?${MONTH}(?:\s${YEAR})?(?![\p{L}])`, 'gu'),
  // A time with its day: 4 p.m. Sunday, noon Monday, 9 a.m. on Friday.
  new RegExp(String.raw`(?:${TIME})\s(?:on\s)?${WEEKDAY}\b`, 'g'),
  // Wednesday, Sunday night.
  new RegExp(String.raw`\b(?:(?:last|next|this|on|late|early)\s)?${WEEKDAY}${PART_OF_DAY}?\b`, 'g'),
  // Times of day.
  new RegExp(TIME, 'g'),
  // The weekend; the 1990s, the late 1970s.
  /\b(?:over\s)?the\sweekend\b/gi,
  // In the autumn, by the spring.
  /\bthe\s(?:spring|summer|autumn|fall|winter)\b/g,
  /\b(?:the\s)?(?:(?:early|mid|late)[\s-])?(?:1[89]|20)\d0s\b/g,
  // Before or after an event of the story: before the meeting, after the vote, before the board meets.
  new RegExp(
    String.raw`\b(?:before|after|ahead\sof|until)\sthe\s(?:[\p{Ll}]+\s)?(?:meeting|meets|talks|vote|votes|election|summit|deadline|hearing|ruling|decision|session|end\sof\s(?:the|this|next|last)\s${PERIOD})\b`,
    'gu',
  ),
  // last year, next month, earlier this week, late last year, this season.
  new RegExp(
    String.raw`\b(?:(?:earlier|later|late|early)\s)?(?:last|next|this|(?:the\s)?(?:past|coming|previous))\s${PERIOD}\b`,
    'gi',
  ),
  // a year earlier, two weeks ago, three days later.
  new RegExp(
    String.raw`\b${NUMBER_WORD}\s(?:${PERIOD}|days|weeks|months|years|decades)\s(?:earlier|ago|later|before)\b`,
    'gi',
  ),
  // the end of the month, the start of next year.
  new RegExp(
    String.raw`\bthe\s(?:end|start|beginning|middle)\sof\s(?:the|this|next|last)\s${PERIOD}\b`,
    'gi',
  ),
  /\b(?:yesterday|today|tomorrow|tonight)\b/gi,
  // A year alone: in 2023, since 2005, mid-2024.
  new RegExp(
    String.raw`(?<![\d,.$€£-])(?:(?:early|mid|late)[\s-])?${YEAR}(?![\d%]|,\d|\s?(?:million|billion))`,
    'g',
  ),
];

/** `May` is a month only where a date is plainly meant: before a day or year, after `in`/`since`/`by`. */
function isModalMay(text: string, start: number, match: string): boolean {
  if (!/^May\b/.test(match) || /^May\s\d/.test(match)) return false;
  return !/\b(?:in|since|by|until|from|of|early|late|mid|last|next|this|and|or|to|through)\s$/i.test(
    text.slice(Math.max(0, start - 8), start),
  );
}

/** Where the date and time expressions of a text are, longest first where they overlap. */
export function dateSpans(text: string): { start: number; end: number; when: string }[] {
  const spans: { start: number; end: number; when: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      let when = match[0].replace(/^(?:on)\s/i, '');
      const start = match.index + match[0].length - when.length;
      if (isModalMay(text, start, when)) continue;
      when = when.replace(/[,\s]+$/, '');
      const span = { start, end: start + when.length, when };
      if (spans.some((s) => span.start < s.end && span.end > s.start)) continue;
      spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function isoOf(when: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return when;
  const monthIndex = (name: string) =>
    MONTHS.findIndex(([full, short]) => new RegExp(`^(?:${full}|${short}\\.?)$`, 'i').test(name));
  const md = /^(\p{L}+\.?)\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})$/u.exec(when);
  const dm = /^(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(\p{L}+\.?)\s(\d{4})$/u.exec(when);
  const [month, day, year] = md ? [md[1], md[2], md[3]] : dm ? [dm[2], dm[1], dm[3]] : [];
  if (month === undefined || day === undefined || year === undefined) return undefined;
  const m = monthIndex(month);
  if (m < 0) return undefined;
  const iso = `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** The timeline of the article's sentences (see the module comment). */
export function deriveTimeline(sentences: readonly Sentence[]): DerivedDate[] {
  const entries: DerivedDate[] = [];
  for (const sentence of sentences) {
    for (const span of dateSpans(sentence.text)) {
      entries.push({ when: span.when, date: isoOf(span.when), sentence });
    }
  }
  if (entries.length > 1 && entries.every((e) => e.date !== undefined)) {
    return [...entries].sort((a, b) => (a.date as string).localeCompare(b.date as string));
  }
  return entries;
}
