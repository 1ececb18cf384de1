import { describe, expect, it } from 'vitest';
import { sides, story } from './sides-helper.js';

describe('a title that names no country', () => {
  it('a portfolio before the title is no party: `Science minister X` in a story of one country', async () => {
    const got = await sides(
      story(
        'Britain’s communications regulator granted a satellite licence on Wednesday.',
        'Science minister Andrew Hale welcomed the investment.',
      ),
    );
    expect(got['Andrew Hale']).toBe('Britain');
  });

  const opening = 'Dock workers in Kenya walked out on Monday.';

  it('a minister stands for the one country the article names', async () => {
    const got = await sides(
      story(opening, 'Transport Minister Peter Otieno said the ports would stay open.'),
    );
    expect(got['Peter Otieno']).toBe('Kenya');
  });

  it('a minister stands for none when the article names two', async () => {
    const got = await sides(
      story(
        'Kenya and Uganda argued over rail fees on Monday.',
        'Transport Minister Peter Otieno said the fees were fair.',
      ),
    );
    expect(got['Peter Otieno']).toBe('');
  });

  it('a minister stands for the country the sentence before opens with, in a story of several', async () => {
    const got = await sides(
      story(
        'Kenya and Uganda argued over rail fees on Monday.',
        'Uganda rejected the complaint.',
        'Transport Minister Peter Otieno said the fees were fair.',
      ),
    );
    expect(got['Peter Otieno']).toBe('Uganda');
  });

  it('a minister stands for the one country the lead names, when no other is named more', async () => {
    const got = await sides(
      story(
        'Thousands of nurses in Kenya walked out on Monday.',
        'Transport Minister Peter Otieno said the talks would go on.',
        'A professor who studied the Tanzanian system said ratios were no cure.',
      ),
    );
    expect(got['Peter Otieno']).toBe('Kenya');
  });

  it('`the president’s spokesman`, with no president named, is the government’s', async () => {
    const got = await sides(story(opening, 'The president’s spokesman, Duncan Moyo, rejected that charge.'));
    expect(got['Duncan Moyo']).toBe('Kenya');
  });

  it('an organisation’s office is not a government’s: general manager, union or company secretary', async () => {
    const got = await sides(
      story(
        opening,
        'General manager Pat Lee said the port would stay open.',
        'Peter Otieno, the company secretary, said pay was the issue.',
        'Union secretary Grace Wanjiru said members would stay out.',
      ),
    );
    expect(got['Pat Lee']).toBe('');
    expect(got['Peter Otieno']).toBe('');
    expect(got['Grace Wanjiru']).toBe('');
  });

  it('a party the rules cannot resolve is not replaced by the country', async () => {
    const got = await sides(
      story(opening, 'Peter Otieno, general secretary of the dock workers, said pay was the issue.'),
    );
    expect(got['Peter Otieno']).toBe('');
  });
});

describe('government officials stand for their country or state', () => {
  it('a body the text calls a regulator stands for the country the text gives it', async () => {
    const got = await sides(
      story(
        'Britain’s communications regulator Ofcom granted a satellite licence on Wednesday.',
        'Ofcom’s director of spectrum, Tom Giles, said the licence had strict conditions.',
      ),
    );
    expect(got['Tom Giles']).toBe('Britain');
  });

  it('a central bank’s governor: the bank, an institution of its own', async () => {
    const got = await sides(
      story(
        'Zambia agreed a loan with its creditors on Tuesday.',
        'Bank of Zambia Governor Denny Kalyalya said inflation should ease.',
      ),
    );
    expect(got['Denny Kalyalya']).toBe('Bank of Zambia');
  });

  it('a state’s title where the article names the state nowhere else: `Texas Governor X`', async () => {
    const got = await sides(
      story('Floodwater closed two highways on Monday.', 'Texas Governor Greg Abbott declared a disaster.'),
    );
    expect(got['Greg Abbott']).toBe('Texas');
  });

  it('an official of a government body named with its country', async () => {
    const got = await sides(
      story(
        'Polish and German officials argued over a river dam on Monday.',
        'Tomasz Wrona, a spokesman for Poland’s environment ministry, said the dam was safe.',
      ),
    );
    expect(got['Tomasz Wrona']).toBe('Poland');
  });

  it('a provincial title: the province', async () => {
    const got = await sides(
      story(
        'Wildfires forced thousands from their homes in Alberta this week.',
        'Alberta Premier Dana Kowalczyk declared a state of emergency.',
      ),
    );
    expect(got['Dana Kowalczyk']).toBe('Alberta');
  });
});

describe('country names the lexicon holds', () => {
  it('a body named for a country compromise knows stands for it: `Pakistan Telecommunication Authority`', async () => {
    const got = await sides(
      story(
        'Pakistan Telecommunication Authority refused a satellite licence on Monday, and India objected.',
        'The authority’s chairman, Khalid Mahmood, said the operator had declined to use a local gateway.',
      ),
    );
    expect(got['Khalid Mahmood']).toBe('Pakistan');
  });

  it('`Ministry of Health`: an organisation word first, then what it is of', async () => {
    const got = await sides(
      story(
        'Nurses in Malawi will strike after talks with the Ministry of Health broke down.',
        'The ministry’s chief nursing officer, Susan Blake, said recruitment had doubled.',
        'Zambia settled a similar dispute last year.',
      ),
    );
    expect(got['Susan Blake']).toBe('Malawi');
  });
});
