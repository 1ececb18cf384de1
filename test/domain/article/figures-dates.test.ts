import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../source/domain/article/index.js';

// Figures and dates of short articles of our own, one rule each.

async function derived(text: string): Promise<{ figures: string[]; dates: string[] }> {
  const result = await articleFromText(text, 'text', { file: 'story.txt', id: 'story' });
  if (!result.ok) throw new Error('not read');
  return {
    figures: result.briefing.figures.map((f) => f.value),
    dates: result.briefing.timeline.map((t) => t.when),
  };
}

describe('figures', () => {
  it('keep the currency written before them: `NZ$1.3 billion`, `R$600 million`, `Rs 8,500`, `₦18 billion`, `R310 million`', async () => {
    const { figures } = await derived(
      'The plan costs NZ$1.3 billion, the airline owes R$600 million, a licence fee is Rs 8,500, the state spent ₦18 billion and the port lost R310 million.',
    );
    expect(figures).toEqual(
      expect.arrayContaining(['NZ$1.3 billion', 'R$600 million', 'Rs 8,500', '₦18 billion', 'R310 million']),
    );
  });

  it('a vote or a score is one figure: `5-2`', async () => {
    const { figures } = await derived('The board voted 5-2 to hold rates, and the club won 3–2.');
    expect(figures).toEqual(expect.arrayContaining(['5-2', '3–2']));
    expect(figures).not.toContain('5');
  });

  it('keep the money or the unit written after them: `2.3 billion Danish crowns`, `98 cents`, `1,520 mm`, `330 millilitres`, `a five-member panel`', async () => {
    const { figures } = await derived(
      'The company lost 2.3 billion Danish crowns, water costs 98 cents a cubic metre, the track is 1,520 mm wide, a can holds 330 millilitres and a five-member panel will decide.',
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        '2.3 billion Danish crowns',
        '98 cents',
        '1,520 mm',
        '330 millilitres',
        'five-member',
      ]),
    );
  });

  it('keep more units: `310 micrograms per cubic metre`, `4.2 million carats`, `500-kilovolt`', async () => {
    const { figures } = await derived(
      'Dust reached 310 micrograms per cubic metre, the mine produced 4.2 million carats and a 500-kilovolt line is planned.',
    );
    expect(figures).toEqual(
      expect.arrayContaining(['310 micrograms per cubic metre', '4.2 million carats', '500-kilovolt']),
    );
  });

  it('a name with a number is still no figure: `R2`', async () => {
    const { figures } = await derived('The R2 motorway reopened after 12 days.');
    expect(figures).not.toContain('R2');
  });
});

describe('dates', () => {
  it('a month with `next`, `last` or `this`: `next January`', async () => {
    const { dates } = await derived(
      'Shipments begin next January, after talks stalled last March. A ruling is due in the autumn.',
    );
    expect(dates).toEqual(expect.arrayContaining(['next January', 'last March', 'the autumn']));
  });

  it('a time with its day, decades, `late 2029`, `early October last year`, `the weekend`', async () => {
    const { dates } = await derived(
      'Crews were warned at 4 p.m. Sunday and evacuated by noon Monday. Fires like it were rare in the 1990s. The probe slips to late 2029. Talks began in early October last year and resumed over the weekend.',
    );
    expect(dates).toEqual(
      expect.arrayContaining([
        '4 p.m. Sunday',
        'noon Monday',
        'the 1990s',
        'late 2029',
        'early October last year',
        'over the weekend',
      ]),
    );
  });

  it('before or after an event of the story: `before the meeting`, `before the board meets`, `before the end of the year`', async () => {
    const { dates } = await derived(
      'The minister urged a cut before the meeting. The union wants an answer before the board meets. A ruling is due before the end of the year.',
    );
    expect(dates).toEqual(
      expect.arrayContaining(['before the meeting', 'before the board meets', 'before the end of the year']),
    );
  });
});

describe('figures with what they are counted in', () => {
  it('a currency named after the number, and units of measure: `12,500 taka`, `1.5 billion Chilean pesos`, `20 gigawatts`, `5,000 cubic metres`', async () => {
    const { figures } = await derived(
      'Wages rose to 12,500 taka. The fine was 1.5 billion Chilean pesos. Scotland plans 20 gigawatts offshore. The dam spilled 5,000 cubic metres of sludge after 60 millimetres of rain. Rates rose 300 basis points.',
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        '12,500 taka',
        '1.5 billion Chilean pesos',
        '20 gigawatts',
        '5,000 cubic metres',
        '60 millimetres',
        '300 basis points',
      ]),
    );
  });
});
