/**
 * Organisations by kind (a government body, an international one, a university, a court, a news
 * outlet, a party, a company), read from their names, and the descriptions that refer back to them
 * (`the company`, `the union's`, `the regulator`).
 */

import type { Sentence } from './analysed.js';
import { FOREIGN_ORG_HEADS, ORG_HEADS, PARTY_MEMBERS } from './lexicon.js';
import type { DerivedPlayer } from './players.js';
import {
  ACADEMIC_HEADS,
  COMPANY_HEADS,
  COMPANY_WORDS,
  COURT_HEADS,
  GOVERNMENT_HEADS,
  GOVERNMENT_WORDS,
  INTERNATIONAL_FIRST,
  MEDIA_HEADS,
} from './side-words.js';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './tokens.js';

export type OrgKind = 'government' | 'international' | 'academic' | 'court' | 'media' | 'party' | 'other';

const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ');
const wordsOf = (name: string) => name.split(/\s+/);
const withoutThe = (text: string) => text.replace(/^the\s+/i, '');

/**
 * The word that says what an organisation is: its last organisation word (`College` of `University
 * College Cork`, `Council` of `Administrative Council for Economic Defence`), else its last word
 * before `of`/`for`, else its last word. Lower case.
 */
export function headOf(name: string): string {
  const words = wordsOf(name).map((w) => {
    const word = stripPossessive(w).toLowerCase();
    return FOREIGN_ORG_HEADS[word] ?? word;
  });
  const orgWord = words.findLast((w) => ORG_HEADS.has(w));
  if (orgWord !== undefined) return orgWord;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/.test(w));
  return (cut === -1 ? words : words.slice(0, cut)).at(-1) ?? '';
}

/** Bodies of a company's or a place's people, which a short form of its name is not. */
const MEMBERS_BODIES = new Set([
  'union',
  'association',
  'federation',
  'council',
  'committee',
  'club',
  'trust',
]);

/**
 * `Helix` for `Helix Systems`, `Labour` for `Labour Party`: `short` begins `name` and has fewer
 * words; not `Merak` for the `Merak Pilots Union`, a body of the company's people.
 */
export const isShortForm = (short: string, name: string): boolean =>
  key(name).startsWith(`${key(short)} `) && !MEMBERS_BODIES.has(headOf(name));

/** People of a trade, whose councils and congresses are their own. */
const MEMBERS_WORDS = new Set(
  `workers fishermen farmers growers teachers nurses doctors employees traders drivers pilots miners
  producers exporters importers manufacturers employers owners dockers dockworkers planters
  journalists students parents residents tenants merchants retailers`.split(/\s+/),
);

/** What kind of organisation a name is, by its head word (and its first word for international bodies). */
export function orgKind(name: string): OrgKind {
  const head = headOf(name);
  if (COURT_HEADS.has(head)) return 'court';
  if (ACADEMIC_HEADS.has(head) || /\bthink tank\b/i.test(name)) return 'academic';
  if (MEDIA_HEADS.has(head)) return 'media';
  const last = stripPossessive(wordsOf(name).at(-1) ?? '');
  // `National Democratic Congress`, `Social Democratic Party`: a party's name holds a party's word.
  if (head === 'party' || PARTY_MEMBERS.has(last) || wordsOf(name).some((w) => PARTY_MEMBERS.has(w)))
    return 'party';
  // `Ghana National Canoe Fishermen's Council`, `Ceylon Estate Workers' Congress`: a body of people
  // of a trade is theirs, not a government's.
  if (wordsOf(name).some((w) => MEMBERS_WORDS.has(stripPossessive(w).replace(/'$/, '').toLowerCase())))
    return 'other';
  if (GOVERNMENT_HEADS.has(head))
    return INTERNATIONAL_FIRST.has(wordsOf(name)[0] ?? '') ? 'international' : 'government';
  return 'other';
}

/**
 * Whether a description's head word fits an organisation by its kind: `the company` a company (a
 * name ending in a company's word, or in no organisation word: `Vento Air`), `the regulator` a
 * government body, `the party` a political party.
 */
export function fitsKind(head: string, org: DerivedPlayer): boolean {
  const kind = orgKind(org.name);
  const orgHead = headOf(org.name);
  // (`the group`: a company, an association, a union or a campaign alike.)
  if (head === 'group') return kind === 'other';
  if (COMPANY_WORDS.has(head))
    return kind === 'other' && (COMPANY_HEADS.has(orgHead) || !ORG_HEADS.has(orgHead));
  if (GOVERNMENT_WORDS.has(head)) return kind === 'government';
  if (head === 'party') return kind === 'party';
  return false;
}

/**
 * The organisation a description refers back to: the one its head word fits (`the union` a `…
 * Union`, `the company` a company, `the regulator` a government body) that was named or described
 * nearest before, else the only one it fits.
 */
export function describe(
  text: string,
  at: number,
  orgs: readonly DerivedPlayer[],
): DerivedPlayer | undefined {
  const head = stripPossessive(wordsOf(key(withoutThe(text))).at(-1) ?? '');
  // An organisation whose own word it is (`the union`: a `… Union`) before one of its kind.
  // (`the district` for `Millbrook School District` too: the last word of its name.)
  const named = orgs.filter(
    (o) => headOf(o.name) === head || stripPossessive(wordsOf(key(o.name)).at(-1) ?? '') === head,
  );
  const candidates = named.length > 0 ? named : orgs.filter((o) => fitsKind(head, o));
  let best: DerivedPlayer | undefined;
  let bestAt = -1;
  for (const org of candidates) {
    const last = Math.max(-1, ...org.seen.filter((s) => s <= at));
    if (last > bestAt) {
      best = org;
      bestAt = last;
    }
  }
  if (best !== undefined) return best;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Descriptions in the text (`the union's president`, `the company said`) count as mentions of the
 * organisation they refer to, in order, so a later one refers to the nearest.
 */
export function countDescriptions(sentences: readonly Sentence[], orgs: readonly DerivedPlayer[]): void {
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]?.lower !== 'the') continue;
      const head = descriptionHead(tokens, i + 1);
      if (head === undefined) continue;
      const org = describe(`the ${head}`, sentence.index, orgs);
      if (org !== undefined && !org.seen.includes(sentence.index)) org.seen.push(sentence.index);
    }
  }
}

/** The head noun of a lowercase description after `the` (`the software giant's` → `giant`). */
export function descriptionHead(tokens: readonly Token[], from: number): string | undefined {
  for (let j = from; j < Math.min(tokens.length, from + 4); j++) {
    const token = tokens[j] as Token;
    if (isCapitalised(token) || !(token.tags.has('Noun') || token.tags.has('Adjective'))) return undefined;
    const word = stripPossessive(token.lower);
    const next = tokens[j + 1];
    const ends =
      isPossessive(token) ||
      next === undefined ||
      !/^\s*$/.test(token.post) ||
      !(next.tags.has('Noun') || next.tags.has('Adjective')) ||
      isCapitalised(next);
    if (ends)
      return ORG_HEADS.has(word) || COMPANY_WORDS.has(word) || GOVERNMENT_WORDS.has(word) ? word : undefined;
  }
  return undefined;
}
