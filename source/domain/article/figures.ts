/**
 * Figures: the numbers an article cites, as written (`71`, `about 20%`, `$2.3 billion`, `two days`,
 * `Thousands`, `second`), each with a label from the words after it and its sentence. Dates and times
 * are the timeline's, not figures: a number that is part of one (`Feb 1`, `2005`, `4 a.m.`) is left
 * to ./timeline.ts, and so is a number inside a name (`Local 1701`, `COVID-19`).
 */

import type { Sentence } from './analysed.js';
import { dateSpans } from './timeline.js';

export interface DerivedFigure {
  readonly value: string;
  readonly label: string;
  readonly sentence: Sentence;
}

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD_NUMBER =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|a thousand|one thousand|a dozen';
const COUNT_WORDS =
  'dozens|hundreds|thousands|millions|billions|tens of thousands|hundreds of thousands|scores';
const FRACTIONS = 'half|a third|a quarter|two-thirds|three-quarters|one-third|one-quarter|a fifth|a tenth';
const ORDINALS =
  'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth';
const SCALE = String.raw`(?:\s?(?:million|billion|trillion|bn|m|k)\b)`;
// `$`, `€`, `A$`, `NZ$`, `R$`, `HK$`, `Rs 400`, `KSh 5,000`, `₦18 billion`, `R310 million` (rand, only
// before a scale or a grouped number, so `R2` stays a name).
const CURRENCY_BEFORE = String.raw`(?:[A-Z]{1,2}\$|[$€£¥₹₦₩₱₽₺₫₴₪฿]|(?:Rs\.?|KSh|Sh|RM|CHF|EUR|USD|GBP)\s?|R(?=\d{1,3}(?:,\d{3})|\d+(?:\.\d+)?\s(?:million|billion|trillion)))`;
// `12.6 billion pesos`, `12,500 taka`, `39 ringgit`, `1.5 billion Chilean pesos`.
const CURRENCY_AFTER = String.raw`(?:\s(?:[\p{Lu}][\p{Ll}]+\s)?(?:dollars?|euros?|pounds?|yen|yuan|renminbi|francs?|rupees?|pesos?|rupiah|ringgit|baht|taka|leones?|naira|cedis?|shillings?|rand|kwacha|reais|reals?|won|dong|lira|liras|rubles?|roubles?|hryvnias?|zloty|zlotys|korun[ay]?|forints?|lei|leu|dinars?|dirhams?|riyals?|rials?|kron[aeo]r?|krone|soles|bolivianos|guaran[ií]es|colones|quetzales|tenge|som|manat|lari|drams?|kip|riel|kyat|afghanis?|pula|birr|dalasis?|pesetas|escudos|crowns?|cents?|pence|centavos|centimes|kopecks?|paise|fils))`;
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per cent|percentage points?))`;
const UNIT = String.raw`(?:[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|(?:square\s|cubic\s)?(?:miles?|kilometres?|kilometers?|km|feet|foot|metres?|meters?|centimetres?|centimeters?|millimetres?|millimeters?|mm|cm|inches|yards?)|litres?|liters?|millilitres?|milliliters?|ml|gallons?|kilograms?|kg|grams?|milligrams?|micrograms?|carats?|ounces?|tonnes?|tons?|acres?|acre-feet|hectares?|basis\spoints?|percentage\spoints?|points?|degrees?|barrels?|(?:kilo|mega|giga)?watts?|(?:kilo)?volts?|(?:kilo|mega|giga)watt-hours?|[kMG]W|[kMG]Wh|megahertz|MHz|GHz|votes?|seats?|games?|times|members?)(?:\s(?:per|an?)\s(?:hour|day|week|month|year|(?:cubic\s|square\s)?(?:metre|meter|kilometre|kilometer|litre|liter|tonne|person|head)))?)`;
const APPROX = String.raw`(?:(?:about|around|roughly|nearly|almost|some|more than|over|under|less than|fewer than|at least|up to|close to|an estimated|approximately|just over|just under)\s)?`;
/** A vote or a score: `5-2`, `3–2`. */
const TALLY = String.raw`\d{1,2}[-–]\d{1,2}(?![\d%]|[.,]\d|\s?(?:per|million|billion))`;
const LABELLED = String.raw`(?:Category|Level|Phase|Stage|Tier|Grade)\s\d+`;

const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\d.,-])${APPROX}(?:${LABELLED}|${TALLY}|${CURRENCY_BEFORE}?(?:${DIGITS})${SCALE}?(?:${PERCENT}|${CURRENCY_AFTER}|-year-old|${UNIT})?)(?![\p{L}\d]|,\d)`,
  'giu',
);
const WORDS = new RegExp(
  String.raw`(?<![\p{L}-])${APPROX}(?:(?:${WORD_NUMBER})(?:${SCALE}${CURRENCY_AFTER}?|${PERCENT}|${UNIT})?|${COUNT_WORDS}|${FRACTIONS}|${ORDINALS})(?![\p{L}])`,
  'giu',
);

/** A number glued to a name: `Local 1701`, `COVID-19`, `G7`, `F-35`. */
const IN_NAME = /(?:[\p{Lu}][\p{L}]*[\s-]|[\p{Lu}])$/u;

function overlaps(
  a: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
): boolean {
  return spans.some((b) => a.start < b.end && a.end > b.start);
}

/** Words after the figure that say what it counts, up to four, stopping at a verb or a clause. */
function labelAfter(sentence: Sentence, end: number): string {
  const words: string[] = [];
  for (const token of sentence.tokens) {
    if (token.start < end) continue;
    if (words.length === 0 && token.lower === 'of') {
      words.push(token.text);
      continue;
    }
    const stop =
      token.tags.has('Verb') ||
      token.tags.has('Preposition') ||
      token.tags.has('Conjunction') ||
      token.tags.has('Determiner') ||
      token.tags.has('Value') ||
      token.tags.has('Pronoun');
    if (stop && !(words.length === 1 && words[0] === 'of' && token.tags.has('Determiner'))) break;
    words.push(token.text);
    if (words.length >= 4 || /[,.;:!?]/.test(token.post)) break;
  }
  const label = words.join(' ');
  return label === 'of' ? '' : label;
}

/** `$412 million in aid`: the noun after one preposition, when none follows the figure directly. */
function labelAcross(sentence: Sentence, end: number): string {
  const after = sentence.tokens.filter((t) => t.start >= end);
  const [preposition, ...rest] = after;
  if (preposition === undefined || !/^(?:in|for|on|to|from)$/.test(preposition.lower)) return '';
  const words: string[] = [];
  for (const token of rest) {
    if (words.length === 0 && token.tags.has('Determiner')) continue;
    if (!token.tags.has('Noun') && !token.tags.has('Adjective')) break;
    words.push(token.text);
    if (words.length >= 3 || /[,.;:!?]/.test(token.post)) break;
  }
  return words.length > 0 && rest.length > 0 ? words.join(' ') : '';
}

/** The figures of the article's sentences. */
export function deriveFigures(sentences: readonly Sentence[]): DerivedFigure[] {
  const figures: DerivedFigure[] = [];
  for (const sentence of sentences) {
    const { text } = sentence;
    const dates = dateSpans(text);
    const found: { start: number; end: number; value: string }[] = [];
    for (const pattern of [NUMERIC, WORDS]) {
      for (const match of text.matchAll(pattern)) {
        let value = match[0];
        const start = match.index;
        // A year on its own is a date; so is any number inside a date or a time.
        if (/^\d{4}$/.test(value) && Number(value) >= 1800 && Number(value) <= 2100) continue;
        if (overlaps({ start, end: start + value.length }, dates)) continue;
        if (/^\d/.test(value) && IN_NAME.test(text.slice(Math.max(0, start - 20), start))) continue;
        value = value.replace(/[\s-]+$/, '');
        const span = { start, end: start + value.length, value };
        if (overlaps(span, found)) continue;
        found.push(span);
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const span of found) {
      const label = labelAfter(sentence, span.end) || labelAcross(sentence, span.end);
      figures.push({ value: span.value, label: label === '' ? span.value : label, sentence });
    }
  }
  return figures;
}
