/**
 * Words of a sentence with compromise's part-of-speech and entity tags, and their offsets in the
 * sentence. compromise keeps punctuation out of a term's text (`Kushner,` is `Kushner` with `, `
 * after it), which is what the name rules need.
 */

import nlp from 'compromise';

export interface Token {
  /** The word as written, without surrounding punctuation. */
  readonly text: string;
  readonly lower: string;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Punctuation and spaces before and after the word. */
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** The tagged words of one sentence. */
export function tokenize(sentence: string): Token[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as {
    terms: CompromiseTerm[];
  }[];
  const tokens: Token[] = [];
  for (const part of json) {
    for (const term of part.terms) {
      if (term.text === '') continue;
      const start = term.offset.start;
      tokens.push({
        text: term.text,
        lower: term.text.toLowerCase(),
        start,
        end: start + term.text.length,
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
      });
    }
  }
  return tokens;
}

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one
  .lexicon;

/**
 * The countries compromise ships in its lexicon (some 245, `Malawi` to `Vanuatu`), by name, lower
 * case: a country name is one without a sentence around it (`Pakistan Telecommunication Authority`).
 */
export const isCountryName = (text: string): boolean => lexicon[text.toLowerCase()] === 'Country';

/** A word compromise's lexicon holds (`Police`, `Officials`), unlike a company's made-up name. */
export const isKnownWord = (text: string): boolean => lexicon[text.toLowerCase()] !== undefined;

/** A state, province, city or country compromise's lexicon holds: `Minnesota`, `Kano`. */
export const isPlaceName = (text: string): boolean => {
  const tags = lexicon[text.toLowerCase()];
  return [tags].flat().some((tag) => /^(?:Region|City|Country|Place)$/.test(String(tag)));
};

/** `Co-operation`, `Non-Aligned`: a capitalised prefix whose word follows its hyphen. */
export const isHyphenPrefix = (token: Token): boolean =>
  token.post === '-' && /^(?:Co|Non|Pre|Re|Anti|Inter|Multi|Pan|Trans|Post|Sub|Ex|Self)$/.test(token.text);

/** A name without the acronym in brackets after it: `… Exporters Association (BGMEA` → `… Association`. */
export const withoutBracketed = (name: string): string => name.replace(/\s*\(.*$/, '');

/** Whether a word starts with a capital letter (or is a capitalised acronym such as `U.S.`). */
export const isCapitalised = (token: Token): boolean => /^[\p{Lu}]/u.test(token.text);

/** The word without a possessive ending: `NATO's` → `NATO`, `Witkoffs'` → `Witkoffs`. */
export const stripPossessive = (text: string): string => text.replace(/['’]s$|(?<=s)['’]$/u, '');

/** `NATO's`, `Supporters'`: by the text, since compromise tags every word of a possessive phrase. */
export const isPossessive = (token: Token): boolean =>
  /['’]s$/u.test(token.text) || /^['’]/u.test(token.post);

/** Whether only spaces (or a hyphen) stand between a word and the next: no comma, no full stop. */
export const joinsNext = (token: Token): boolean =>
  /^(?:['’]?[ \t]*|-)$/.test(token.post) && !(/^['’]/.test(token.post) && !/s$/.test(token.text));
