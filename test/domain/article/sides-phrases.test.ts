import { describe, expect, it } from 'vitest';
import { sides, story } from './sides-helper.js';

describe('a side from the words around a name', () => {
  it('`the agency, whose acting administrator, X,`: the agency named just before', async () => {
    const got = await sides(
      story(
        'Volta Motors will recall 210,000 cars in the United States.',
        'The recall follows an inquiry by the National Highway Traffic Safety Administration, whose acting administrator, Sophie Shulman, said the defect could cause crashes.',
      ),
    );
    expect(got['Sophie Shulman']).toBe('United States');
  });

  it('`X, who runs three Volta showrooms,`: things one runs are not a party', async () => {
    const got = await sides(
      story(
        'Volta Motors will recall 210,000 cars in the United States.',
        'Mike Jackson, who runs three Volta showrooms in Ohio, said customers were calling.',
      ),
    );
    expect(got['Mike Jackson']).toBe('');
  });

  it('a nationality before a party qualifies the party: `Scottish Conservative education spokesman X`', async () => {
    const got = await sides(
      story(
        'Teachers in Scotland will strike next week.',
        'Scottish Conservative education spokesman Liam Kerr said parents had been let down.',
      ),
    );
    expect(got['Liam Kerr']).toBe('Conservative');
  });

  it('an appositive with a possessive country: X, Estonia’s defence minister,', async () => {
    const got = await sides(
      story(
        'Estonia and Latvia met in Riga on Monday to discuss border patrols.',
        'Marta Kell, Estonia’s defence minister, said the patrols would double by spring.',
      ),
    );
    expect(got['Marta Kell']).toBe('Estonia');
  });

  it('a pre-nominal title with a nationality: Norwegian Foreign Minister X', async () => {
    const got = await sides(
      story(
        'Norway and Sweden signed a fisheries pact on Tuesday.',
        'Norwegian Foreign Minister Lars Holmberg called it a fair deal.',
      ),
    );
    expect(got['Lars Holmberg']).toBe('Norway');
  });

  it('X of the Y: the organisation by its name', async () => {
    const got = await sides(
      story(
        'Grain farmers blocked roads near Lyon on Friday.',
        'Pieter Aalders of the European Grain Growers Federation said the blockade would continue.',
      ),
    );
    expect(got['Pieter Aalders']).toBe('European Grain Growers Federation');
  });

  it('a spokesperson for Y, X: the organisation', async () => {
    const got = await sides(
      story(
        'Kestrel Mining Corp halted work at its copper pit on Thursday.',
        'A spokesperson for Kestrel Mining Corp, Joan Abara, said the pause was temporary.',
      ),
    );
    expect(got['Joan Abara']).toBe('Kestrel Mining Corp');
  });

  it('Y’s chief executive X', async () => {
    const got = await sides(
      story(
        'Orbis Freight Holdings reported a loss on Wednesday.',
        'Orbis Freight Holdings’ chief executive Tomas Brandt blamed fuel prices.',
      ),
    );
    expect(got['Tomas Brandt']).toBe('Orbis Freight Holdings');
  });

  it('X, who heads Y,', async () => {
    const got = await sides(
      story(
        'Hotel owners in the Alps say a new tax will hurt them.',
        'Ines Gartner, who heads the Alpine Hoteliers Association, said bookings had already fallen.',
      ),
    );
    expect(got['Ines Gartner']).toBe('Alpine Hoteliers Association');
  });

  it('X said on behalf of Y', async () => {
    const got = await sides(
      story(
        'The harbour pilots rejected the offer on Sunday.',
        'Owen Pryce said on behalf of the Harbour Pilots Guild that the offer was too low.',
      ),
    );
    expect(got['Owen Pryce']).toBe('Harbour Pilots Guild');
  });

  it('a party’s leader before the name: the party by its fullest name in the text', async () => {
    const got = await sides(
      story(
        'The Green Party won three seats in the city election on Sunday.',
        'Green leader Anja Roth said voters wanted cleaner buses.',
      ),
    );
    expect(got['Anja Roth']).toBe('Green Party');
  });
});

describe('names and phrases read whole', () => {
  it('`Norwegian Fishermen’s Association`; `the Vienna-based privacy group Datenklar`', async () => {
    const got = await sides(
      story(
        'Norway and Russia argued over cod quotas on Monday.',
        'Kari-Anne Vik, head of the Norwegian Fishermen’s Association, said boats would stay in port.',
        'Tobias Reiner, founder of the Vienna-based privacy group Datenklar, said families would sue.',
      ),
    );
    expect(got['Kari-Anne Vik']).toBe('Norwegian Fishermen’s Association');
    expect(got['Tobias Reiner']).toBe('Datenklar');
  });

  it('`general counsel` is a company’s office, not a government’s, in a story of one country', async () => {
    const got = await sides(
      story(
        'Norway sued a drugmaker over insulin prices on Monday.',
        'In a statement, general counsel Amelia Strauss said the lawsuit was wrong.',
      ),
    );
    expect(got['Amelia Strauss']).toBe('');
  });

  it('a finance minister in a story led by a country’s central bank is that country’s', async () => {
    const got = await sides(
      story(
        'The Czech National Bank held its main rate at 4.25% on Thursday.',
        'Finance Minister Jiří Hlaváček had urged a cut.',
        'Germany and Poland cut rates last month.',
      ),
    );
    expect(got['Jiří Hlaváček']).toBe('Czech Republic');
  });
});

describe('people compromise does not know by name', () => {
  it('`Kirsty Baird`, `Maly Keo` opening a sentence; `a member of parliament for the party` is a person', async () => {
    const got = await sides(
      story(
        'Scotland approved a wind farm on Monday.',
        'Kirsty Baird, a spokeswoman for Wingwatch Scotland, said eagles nest nearby.',
        'Maly Keo, a campaigner with the Bangkok-based group Rivers Watch Asia, said fish ladders had failed.',
        'Radu Ionescu, a member of parliament for the Social Democratic Party, said the terms were secret.',
      ),
    );
    expect(got['Kirsty Baird']).toBe('Wingwatch Scotland');
    expect(got['Maly Keo']).toBe('Rivers Watch Asia');
    expect(got['Radu Ionescu']).toBe('Social Democratic Party');
  });
});

describe('names after long titles and with hyphens', () => {
  it('`Minister for Further and Higher Education Declan Foley`, `Park Ji-hoon`', async () => {
    const got = await sides(
      story(
        'Ireland and South Korea signed a student exchange on Monday.',
        'Minister for Further and Higher Education Declan Foley has yet to rule on the application.',
        'Its deputy trade minister, Park Ji-hoon, said Seoul wanted consultations.',
      ),
    );
    expect(Object.keys(got)).toEqual(expect.arrayContaining(['Declan Foley', 'Park Ji-hoon']));
    expect(got.Further).toBeUndefined();
  });
});

describe('names with brackets, hyphens and datelines', () => {
  it('`Kazakhstan Temir Zholy (KTZ)`: `KTZ chairman X` is the railway’s by its full name', async () => {
    const got = await sides(
      story(
        'ASTANA (Wire) — China protested on Thursday against higher rail fees.',
        'Kazakhstan Temir Zholy (KTZ), the state railway company, raised its tariff by 18%.',
        'KTZ chairman Nurlan Abenov said the increase paid for new lines.',
      ),
    );
    expect(got['Nurlan Abenov']).toBe('Kazakhstan Temir Zholy');
  });

  it('`Organisation for Co-operation` is not cut at its hyphen; `the Liberal Democrats` are no person', async () => {
    const got = await sides(
      story(
        'Rail fees rose on Monday.',
        'Miroslaw Antoniak, chairman of the Organisation for Co-operation, offered to host talks.',
        'The Liberal Democrats, who hold 7 seats, called the decision in.',
      ),
    );
    expect(got['Miroslaw Antoniak']).toBe('Organisation for Co-operation');
    expect(got['Liberal Democrats']).toBeUndefined();
  });
});
