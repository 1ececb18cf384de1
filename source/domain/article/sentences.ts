/**
 * Splitting an article's text into sentences, keeping each one's offsets so that what is quoted is
 * the text as written. A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets) before
 * a space and a capital, a digit or an opening quote, except after an abbreviation (`Mr.`, `Gen.`,
 * `Feb.`), an initial (`John F. Kennedy`) or a dotted acronym (`U.S.`) that a function word does not
 * follow. Paragraph breaks (a blank line) always end one.
 */

export interface TextSpan {
  readonly text: string;
  /** Offsets in the text that was split. */
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph it is in, from 0. */
  readonly paragraph: number;
}

/** Abbreviations a sentence does not end at (lower case, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen lt col capt cmdr sgt adm maj rep reps sen sens gov govt pres supt ' +
    'insp det rev hon messrs mt ft no nos vol vs etc inc ltd co corp bros dept univ est approx fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Words that start a sentence after a dotted acronym: `... in the U.S. The ...` ends there. */
const SENTENCE_STARTERS = new Set(
  'the a an he she it they we i you but and so yet this that these those its their his her our in on at after before when while if as however meanwhile still'.split(
    ' ',
  ),
);

const END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\p{N}])/gu;

function isAbbreviation(text: string, dot: number): { kind: 'none' | 'abbr' | 'acronym' } {
  if (text[dot] !== '.') return { kind: 'none' };
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(before)) return { kind: 'abbr' };
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return { kind: 'acronym' };
  if (ABBREVIATIONS.has(before.toLowerCase())) return { kind: 'abbr' };
  return { kind: 'none' };
}

function splitParagraph(text: string, offset: number, paragraph: number, out: TextSpan[]): void {
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      out.push({
        text: trimmed,
        start: offset + start + lead,
        end: offset + start + lead + trimmed.length,
        paragraph,
      });
    }
  };
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    const abbreviation = isAbbreviation(text, match.index);
    if (abbreviation.kind !== 'none' && match[0].length === 1) {
      if (abbreviation.kind === 'abbr') continue;
      const next = /^\s+["'“‘]?([\p{L}]+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
      if (!SENTENCE_STARTERS.has(next)) continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
}

/** The sentences of a text (see the module comment). */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let paragraph = 0;
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    if (match[0].trim() === '') continue;
    splitParagraph(match[0], match.index, paragraph, out);
    paragraph += 1;
  }
  return out;
}
