/**
 * The mentions of every name in order, each with the context its sentence gives it, and `its`/`his`
 * replaced by the party or person they stand for.
 */

import type { Sentence } from './analysed.js';
import { type Context, contextOf, HIS, ITS, type Tie } from './context.js';
import { ORG_HEADS } from './lexicon.js';
import { countryOf, type NameChunk } from './names.js';
import { unreadOpener } from './story-places.js';
import { isCapitalised, isKnownWord, type Token } from './tokens.js';

export interface Mention {
  readonly sentence: Sentence;
  readonly chunk: NameChunk;
  readonly context: Context;
}

/** Whether the sentence's first words are `name`. */
const startsWith = (tokens: readonly Token[], name: string) =>
  tokens
    .slice(0, name.split(/\s+/).length)
    .map((t) => t.text)
    .join(' ') === name;

/** `the transit authority` opening a sentence: a party named by its kind, for a later `its`. */
function describedSubject(tokens: readonly Token[]): string | undefined {
  if (tokens[0]?.lower !== 'the') return undefined;
  const words: string[] = [];
  for (const [k, token] of tokens.slice(1, 5).entries()) {
    // `The opposition ACT Party also…`: the name the description stands before, as written.
    if (k > 0 && isCapitalised(token)) {
      let end = k + 1;
      while (isCapitalised(tokens[end + 1] as Token) && /^\s*$/.test((tokens[end] as Token).post)) end += 1;
      const last = tokens[end] as Token;
      return ORG_HEADS.has(last.lower)
        ? tokens
            .slice(k + 1, end + 1)
            .map((t) => t.text)
            .join(' ')
        : undefined;
    }
    if (!token.tags.has('Noun') && !token.tags.has('Adjective')) break;
    words.push(token.lower);
    if (ORG_HEADS.has(token.lower)) return `the ${words.join(' ')}`;
  }
  return undefined;
}

/**
 * A name of two words or more that is the sentence's subject (`The Liberal Democrats disagree.`,
 * `Harbour Watch has collected…`) and not a person or a place: for a later `its`/`them`, the party
 * it names, when no organisation or country is named nearer. A subject the rules cannot read whole
 * (a capitalised word before it left out) still stands between `its` and a party named earlier.
 */
function namedSubject(sentence: Sentence, mentions: readonly Mention[]): string | undefined {
  const { tokens } = sentence;
  const [chunk] = sentence.names;
  const opener = tokens[0];
  const start = opener !== undefined && (opener.lower === 'the' || isCapitalised(opener)) ? 1 : 0;
  // `Cosla, which represents councils, said…`: a word the name rules could not read stands there.
  const unread = unreadOpener(tokens, chunk);
  if (unread !== undefined) return unread;
  // `Medivea has denied wrongdoing.`: a capitalised word compromise does not know, left out by the
  // name rules at the start of the sentence, before a verb.
  const next = tokens[1];
  if (
    opener !== undefined &&
    (chunk === undefined || chunk.first > 0 || (chunk.last === 0 && chunk.kind === 'unknown')) &&
    /^\p{Lu}[\p{L}-]+$/u.test(opener.text) &&
    !isKnownWord(opener.text) &&
    // (or before an appositive: `HidroAlba, the state hydropower company that…, said`)
    ((next?.tags.has('Verb') === true && !next.tags.has('Adjective')) ||
      (/^,\s*$/.test(opener.post) && /^(?:the|a|an)$/.test(next?.lower ?? '')))
  )
    return opener.text;
  if (chunk === undefined || chunk.first > start || chunk.possessive) return undefined;
  if (chunk.kind !== 'unknown' && chunk.kind !== 'thing') return undefined;
  const m = mentions.find((x) => x.sentence === sentence && x.chunk === chunk);
  if (m === undefined || m.context.personCue) return undefined;
  const verb = tokens[chunk.last + 1];
  // `Cosla, which represents councils, said…`: one word is enough with `which` after it.
  if (/^,/.test((tokens[chunk.last] as Token).post) && verb?.lower === 'which') return chunk.name;
  if (chunk.name.split(/\s+/).length < 2) return undefined;
  // (`Cementos del Valle, the largest of the three, said…`: before an appositive, too.)
  const appositive =
    /^,\s*$/.test((tokens[chunk.last] as Token).post) && /^(?:the|a|an|one)$/.test(verb?.lower ?? '');
  return verb?.tags.has('Verb') === true || appositive ? chunk.name : undefined;
}

/** Titles of a company's or a group's office, which name no government (`Chief executive X`). */
const BARE_ORG_ROLES = new Set(
  'ceo cfo coo cto executive counsel spokesman spokeswoman spokesperson founder co-founder chairman chairwoman chairperson owner'.split(
    ' ',
  ),
);

/**
 * The mentions of every name, with `its`/`their` and `his`/`her` replaced by the party or person they
 * stand for (the last one named before), and the weak ties that only count when nothing else does.
 */
export function mentionsOf(sentences: readonly Sentence[], partyBefore: Map<Sentence, string>): Mention[] {
  const mentions: Mention[] = [];
  let lastParty: string | undefined;
  let lastPartyAt = -1;
  let lastOrg: { name: string; at: number } | undefined;
  let lastPerson: string | undefined;
  let bridge: { party: string; sentence: number } | undefined;
  for (const sentence of sentences) {
    const { tokens } = sentence;
    if (lastParty !== undefined) partyBefore.set(sentence, lastParty);
    for (const chunk of sentence.names) {
      const raw = contextOf(sentence.text, tokens, chunk);
      // `Citizens Property Insurance Corp, …, its chief executive Tim Cerio`: the party named earlier in
      // the sentence, else the last one before it.
      // (`It names Corvane, its chief executive, X`: a name that `its` follows is no person's.)
      const earlier = sentence.names.findLast(
        (c) =>
          c.last < chunk.first &&
          (c.kind === 'organisation' ||
            c.kind === 'country' ||
            (c.kind === 'unknown' &&
              !c.personTagged &&
              /^,\s*$/.test((tokens[c.last] as Token).post) &&
              tokens[c.last + 1]?.lower === 'its')),
      );
      // (`Most of Malaysia's imports go through Padimas, the privately run company… Its chief
      // executive`: a company's office is the organisation's the sentence before names, not the country's.)
      const companyRole = (raw.roleWords ?? []).some((w) => BARE_ORG_ROLES.has(w));
      const its =
        earlier?.name ??
        (companyRole &&
        lastOrg !== undefined &&
        lastOrg.at === sentence.index - 1 &&
        lastParty !== undefined &&
        countryOf(lastParty) !== undefined
          ? lastOrg.name
          : lastParty);
      const at = sentence.index;
      const ties = raw.ties.flatMap((tie): Tie[] => {
        if (tie.party === ITS) return its === undefined ? [] : [{ ...tie, party: its, at }];
        if (tie.party === HIS) return lastPerson === undefined ? [] : [{ ...tie, party: lastPerson, at }];
        // `The group's chairwoman`: a description, with the party `its` would stand for, in case
        // no organisation named fits its word.
        // (The sentence before's party: in `The country's ambassador to Peru`, not Peru.)
        const referent = lastParty ?? its;
        if (/^the\s\p{Ll}/u.test(tie.party) && referent !== undefined) return [{ ...tie, at, referent }];
        return [{ ...tie, at }];
      });
      // `Chief executive X said…`, a title of a company's office and no party named: the party the
      // passage is about, when nothing else gives one.
      // (Named in this sentence or the one before, and not a person: `Whitfield added that…`.)
      const recent = earlier !== undefined || lastPartyAt >= sentence.index - 1;
      const bare =
        recent &&
        ties.length === 0 &&
        its !== undefined &&
        its !== lastPerson &&
        !mentions.some((m) => m.chunk.name === its && (m.chunk.kind === 'person' || m.chunk.personTagged)) &&
        (raw.roleWords ?? []).some((w) => BARE_ORG_ROLES.has(w)) &&
        // (A company's office is no country's; a spokesperson may be a government's.)
        (countryOf(its) === undefined || (raw.roleWords ?? []).some((w) => w.startsWith('spokes')));
      const fallback: Tie[] = bare ? [{ party: its, strength: 5, kin: false, at }] : [];
      mentions.push({ sentence, chunk, context: { ...raw, ties, fallback } });
      if (chunk.kind === 'person' || raw.personCue) lastPerson = chunk.name;
    }
    // `NATO's chief echoed this concern. Mark Rutte said…`: a role named by its party, then the person.
    const [firstChunk] = sentence.names;
    const subjectPerson = mentions.find(
      (m) =>
        m.sentence === sentence &&
        m.chunk === firstChunk &&
        (m.chunk.kind === 'person' || m.context.personCue),
    );
    if (bridge !== undefined && bridge.sentence === sentence.index - 1 && subjectPerson !== undefined) {
      (subjectPerson.context.ties as Tie[]).push({
        party: bridge.party,
        strength: 3,
        kin: false,
        at: sentence.index,
      });
    }
    bridge = undefined;
    if (firstChunk?.possessive && firstChunk.first === 0) {
      const after = tokens[firstChunk.last + 1];
      if (
        after !== undefined &&
        /^(?:chief|head|leader|president|boss|spokesman|spokeswoman|envoy)$/.test(after.lower)
      )
        bridge = { party: firstChunk.name, sentence: sentence.index };
    }
    const here = mentions
      .filter((m) => m.sentence === sentence)
      .map((m) =>
        m.context.orgCue && m.chunk.kind !== 'country'
          ? { ...m.chunk, kind: 'organisation' as const }
          : m.chunk,
      )
      // (`he told AFP`: whom one speaks to is not what the sentence is about.)
      .filter((c) => !/^(?:told|tells|telling)$/.test(tokens[c.first - 1]?.lower ?? ''));
    const party = here.find((c) => c.kind === 'organisation' || c.kind === 'country');
    const org = here.findLast((c) => c.kind === 'organisation');
    if (org !== undefined) lastOrg = { name: org.name, at: sentence.index };
    // `its` in the next sentence: the party the sentence names first, else the one it describes
    // (`The transit authority has offered…`). A name is the nearer referent: in `The council is run
    // by the Labour Party. Its leader…`, the leader is the party's.
    const described = describedSubject(tokens);
    const named = namedSubject(sentence, mentions);
    // A sentence that opens with its subject (`Cuprex, which counts Japan's Hokuden Metals as a
    // shareholder, said…`): the subject, though other parties are named after it.
    const opens =
      named !== undefined && startsWith(tokens, named) && (party === undefined || party.first > 1);
    // `Austria's Donau Bahnbau, which led a rival bid, …`: the subject is the possessed name.
    const [head, owned] = sentence.names;
    const possessed =
      head !== undefined &&
      owned !== undefined &&
      head.first === 0 &&
      head.possessive &&
      owned.first === head.last + 1 &&
      (owned.kind === 'unknown' || owned.kind === 'organisation')
        ? owned.name
        : undefined;
    // `…, and Russia has long resisted any change. Its deputy minister…`: the subject of the last
    // clause, when a party opens it.
    const lastClause = sentence.names.findLast(
      (c) =>
        (c.kind === 'country' || c.kind === 'organisation') &&
        !c.possessive &&
        /^(?:and|but|while)$/.test(tokens[c.first - 1]?.lower ?? '') &&
        /^\s*[,;]\s*$/.test(tokens[c.first - 2]?.post ?? '') &&
        tokens[c.last + 1]?.tags.has('Verb') === true,
    );
    if (lastClause !== undefined) lastParty = lastClause.name;
    else if (possessed !== undefined) lastParty = possessed;
    else if (opens) lastParty = named;
    else if (party !== undefined) lastParty = party.name;
    else if (described !== undefined) lastParty = described;
    else if (named !== undefined) lastParty = named;
    if ([lastClause, possessed, named, party, described].some((x) => x !== undefined))
      lastPartyAt = sentence.index;
  }
  return mentions;
}
