import { describe, expect, it } from 'vitest';
import { sides, story } from './sides-helper.js';

// Rules for whose side a person is on, each with an article of our own, written for the rule
// (never a sentence of the evaluation's gold set).

describe('the country a story is about', () => {
  it('is the one the lead opens with, after a dateline, when no other is named more by name', async () => {
    const got = await sides(
      story(
        'LIMA, June 3 (Wire) - Peru on Monday banned exports of raw copper concentrate, angering Chile.',
        'Mining Minister Rosa Quispe said the ban would last until smelters were built.',
        'Peru has argued for years that it sells its ore too cheaply.',
      ),
    );
    expect(got['Rosa Quispe']).toBe('Peru');
  });

  it('is none when another country is named two times more often: the lead’s subject is no guess then', async () => {
    const got = await sides(
      story(
        'Chile on Monday asked the WTO to examine a Peruvian export ban.',
        'Peru defends the ban. Peru says it lost revenue for years. Peru will appeal. The case will be heard in Geneva.',
        'Trade Minister Rosa Quispe said the case was weak.',
      ),
    );
    expect(got['Rosa Quispe']).toBe('');
  });

  it('a council with no country named is not given the guessed one (it may be a trade body)', async () => {
    const got = await sides(
      story(
        'Peru on Monday banned exports of raw copper concentrate. Peru said the ban was needed.',
        'Ana Flores, chair of the Copper Export Council, said members would lose contracts in Chile.',
      ),
    );
    expect(got['Ana Flores']).toBe('Copper Export Council');
  });
});

describe('local offices', () => {
  it('`Colorado Gov. X`: an abbreviated title is a title', async () => {
    const got = await sides(
      story('Kansas sued over the river on Monday.', 'Colorado Gov. Daniel Ruiz called the lawsuit a stunt.'),
    );
    expect(got['Daniel Ruiz']).toBe('Colorado');
  });

  it('a governor’s title names a place, not an organisation named after it', async () => {
    const got = await sides(
      story(
        'The Niigata District Court heard the case on Monday.',
        'Niigata Governor Hiroshi Nakamura has not said whether he will approve the restart.',
      ),
    );
    expect(got['Hiroshi Nakamura']).toBe('Niigata');
  });

  it('`In Kisumu, the county’s governor, X,` and `In Constanța, Mayor X`: the place the sentence opens with', async () => {
    const got = await sides(
      story(
        'Doctors in Kenya went on strike on Monday.',
        'In Kisumu, the county’s governor, Peter Odhiambo, said he had paid the arrears.',
        'In Eldoret, Mayor Ruth Chebet welcomed the talks.',
      ),
    );
    expect(got['Peter Odhiambo']).toBe('Kisumu');
    expect(got['Ruth Chebet']).toBe('Eldoret');
  });

  it('`Colorado’s state engineer`: a state’s office', async () => {
    const got = await sides(
      story(
        'Kansas sued Colorado over the river on Monday.',
        'Kevin Lund, Colorado’s state engineer, said 600 wells had been shut.',
      ),
    );
    expect(got['Kevin Lund']).toBe('Colorado');
  });
});

describe('organisations by their names', () => {
  it('another language’s organisation word opens a name: `Banco del Norte`', async () => {
    const got = await sides(
      story(
        'Portugal rescued a lender on Sunday.',
        'Spanish lender Banco del Norte has already expressed interest. Its chairman, Javier Ortega, said the price mattered.',
      ),
    );
    expect(got['Javier Ortega']).toBe('Banco del Norte');
  });

  it('`the ECB’s Supervisory Board` is the ECB’s; `the Commission` is the European Commission named before', async () => {
    const got = await sides(
      story(
        'The European Central Bank and the European Commission approved the rescue on Sunday.',
        'Mathias Lenhardt, who chairs the ECB’s Supervisory Board, said the bank was solvent.',
        'The Commission opened an inquiry. Margit Holm, the Commission’s executive vice-president, said the deal was a risk.',
      ),
    );
    expect(got['Mathias Lenhardt']).toBe('European Central Bank');
    expect(got['Margit Holm']).toBe('European Commission');
  });

  it('a company whose name a country opens: `chairman of China Huaxia Rail Engineering`', async () => {
    const got = await sides(
      story(
        'Romania signed a rail contract on Thursday.',
        'Zhang Wei, chairman of China Huaxia Rail Engineering, said the company would hire locally.',
      ),
    );
    expect(got['Zhang Wei']).toBe('China Huaxia Rail Engineering');
  });

  it('a company compromise takes for a person by its first word is no person', async () => {
    const got = await sides(
      story(
        'Coral Mobile has asked the court to set aside the auction.',
        '"The rules were changed," said Priya Raman, a spokeswoman for Coral Mobile.',
      ),
    );
    expect(got['Coral Mobile']).toBeUndefined();
    expect(got['Priya Raman']).toBe('Coral Mobile');
  });

  it('`the Bank of Portugal and European officials`: a nationality after `and` is not in the name', async () => {
    const got = await sides(
      story(
        'The rescue was agreed after talks with the Bank of Portugal and European officials.',
        'Helena Sousa, governor of the Bank of Portugal, said depositors were safe.',
      ),
    );
    expect(got['Helena Sousa']).toBe('Bank of Portugal');
  });
});

describe('more places and roles', () => {
  it('`British Columbia’s forests minister`: a province, not Britain', async () => {
    const got = await sides(
      story(
        'Wildfires burned near Kamloops on Monday.',
        'Darren Kohli, British Columbia’s forests minister, said the models showed no threat.',
      ),
    );
    expect(got['Darren Kohli']).toBe('British Columbia');
  });

  it('`French Research Minister X` is France’s; `Minnesota Attorney General X` is Minnesota’s', async () => {
    const got = await sides(
      story(
        'The agency delayed the probe on Monday, and the United States objected.',
        'French Research Minister Hélène Castaing said the cuts would hurt science.',
        'Minnesota Attorney General Denise Marquardt announced a lawsuit in St. Paul.',
      ),
    );
    expect(got['Hélène Castaing']).toBe('France');
    expect(got['Denise Marquardt']).toBe('Minnesota');
  });

  it('`Governor X` in a story of one bank and no state is the bank’s', async () => {
    const got = await sides(
      story(
        'The Czech National Bank held its main rate at 4.25% on Thursday.',
        'Governor Aleš Martinek said inflation was still too stubborn.',
      ),
    );
    expect(got['Aleš Martinek']).toBe('Czech National Bank');
  });

  it('`who has led the association`, and `the district’s finance director` for a School District', async () => {
    const got = await sides(
      story(
        'The Millbrook School District and the Millbrook Education Association failed to agree on pay.',
        'Rachel Okonkwo, a chemistry teacher who has led the association since 2020, said the gap was too wide.',
        'Karen Liu, the district’s finance director, disputes that picture.',
      ),
    );
    expect(got['Rachel Okonkwo']).toBe('Millbrook Education Association');
    expect(got['Karen Liu']).toBe('Millbrook School District');
  });

  it('`Laos rejected…` (compromise takes Laos for a demonym); `Vietnam, which…, has…` opens with Vietnam', async () => {
    const got = await sides(
      story(
        'Cambodia objected to a dam on the Mekong on Thursday.',
        'Laos rejected the complaint. Deputy Energy Minister Bounthavy Sisouphanh said the design was safe.',
        'Vietnam, which sits at the river’s mouth, has also raised concerns.',
        'Deputy Foreign Minister Tran Quoc Hung urged Laos to publish its studies.',
      ),
    );
    expect(got['Bounthavy Sisouphanh']).toBe('Laos');
    expect(got['Tran Quoc Hung']).toBe('Vietnam');
  });
});

describe('capitals (from countries-list)', () => {
  it('a dateline’s capital is the story’s country when the story names it as often as any', async () => {
    const got = await sides(
      story(
        'NEW DELHI, Oct 8 (Wire) - Vietnam said on Wednesday it would challenge a duty on steel imposed by India.',
        'India says the duty protects its mills. India will defend it at the WTO.',
        'An official at the directorate, Anjali Deshpande, a joint secretary, said hearings would follow.',
        'Trade Secretary Rajiv Rao said the duty would stay.',
      ),
    );
    expect(got['Rajiv Rao']).toBe('India');
  });

  it('a minister in a sentence naming one capital: `visited Beijing and met Vice Premier X`', async () => {
    const got = await sides(
      story(
        'The United States restricted chip sales to China on Tuesday.',
        'The chipmaker’s chief visited Beijing on Thursday and met Vice Premier He Lifeng.',
      ),
    );
    expect(got['He Lifeng']).toBe('China');
  });
});
