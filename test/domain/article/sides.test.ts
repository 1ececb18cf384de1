import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../source/domain/article/index.js';

/** The side derived for each person of a short article of our own (a person not found is `undefined`). */
async function sides(text: string): Promise<Record<string, string>> {
  const result = await articleFromText(text, 'text', { file: 'story.txt', id: 'story' });
  if (!result.ok) throw new Error('not read');
  return Object.fromEntries(
    result.briefing.players.filter((p) => p.kind === 'person').map((p) => [p.name, p.side ?? '']),
  );
}

const story = (...sentences: string[]) => sentences.join(' ');

describe('a side from the words around a name', () => {
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

describe('parties named before: `its`, `them`', () => {
  it('a party member’s party before the state whose office they hold', async () => {
    const got = await sides(
      story(
        'Ohio lawmakers debated a bill on river pollution on Tuesday.',
        'State Senator Carla Nunez, a Democrat who represents Toledo, said the bill was too weak.',
      ),
    );
    expect(got['Carla Nunez']).toBe('Democrat');
  });

  it('`speaks for them`: the group the sentence before is about', async () => {
    const got = await sides(
      story(
        'The council is run by the Labour Party.',
        'The Social Democrats oppose the budget.',
        'Councillor Peter Marek speaks for them on housing.',
      ),
    );
    expect(got['Peter Marek']).toBe('Social Democrats');
  });

  it('`its founder` after a group named as a sentence’s subject', async () => {
    const got = await sides(
      story(
        'The council is run by the Labour Party.',
        'The Greenway Neighbours have gathered 900 signatures against the road.',
        'Its founder, Nadia Brooks, said the road would split the estate.',
      ),
    );
    expect(got['Nadia Brooks']).toBe('Greenway Neighbours');
  });
});

describe('a party named by its kind or by a role', () => {
  it('`spoke with his Bolivian counterpart`, in a story of two countries: the other one', async () => {
    const got = await sides(
      story(
        'Chile and Bolivia disputed a fishing zone on Monday.',
        'Foreign Minister Paulo Reyes said the map was clear.',
        'Reyes said he had spoken with his Bolivian counterpart on Thursday.',
      ),
    );
    expect(got['Paulo Reyes']).toBe('Chile');
  });

  it('a nationality of any country with a title of office: `Ghanaian Finance Minister X`', async () => {
    const got = await sides(
      story(
        'Ghana and Togo signed a power deal on Friday.',
        'Ghanaian Finance Minister Kwame Boateng said it would end blackouts.',
      ),
    );
    expect(got['Kwame Boateng']).toBe('Ghana');
  });

  it('`a coast guard spokeswoman`: a government body’s official stands for the one country named', async () => {
    const got = await sides(
      story(
        'A tanker ran aground off Norway on Sunday.',
        'A coast guard spokeswoman, Ingrid Dahl, said no oil had leaked.',
      ),
    );
    expect(got['Ingrid Dahl']).toBe('Norway');
  });

  it('`a company spokesperson`: the company named before', async () => {
    const got = await sides(
      story(
        'Helix Systems lost a rail signalling contract on Monday.',
        'A company spokesperson, David Moss, said it would appeal.',
      ),
    );
    expect(got['David Moss']).toBe('Helix Systems');
  });

  it('`a customer service manager` names no party', async () => {
    const got = await sides(
      story(
        'Refunds for cancelled ferries in Norway are slow.',
        'A customer service manager, Ole Berg, said the backlog would clear by June.',
      ),
    );
    expect(got['Ole Berg']).toBe('');
  });

  it('`the minister’s spokesman`: the aide of the minister named before', async () => {
    const got = await sides(
      story(
        'Finnish Trade Minister Aino Salo met Swedish officials in Stockholm on Monday.',
        'The minister’s spokesman, Ville Koski, said the talks went well.',
      ),
    );
    expect(got['Ville Koski']).toBe('Finland');
  });

  it('`his Chilean counterpart`: the other country, not his', async () => {
    const got = await sides(
      story(
        'Brazil and Chile disputed a fishing zone.',
        'Brazilian Foreign Minister Paulo Reis said the map was clear.',
        'His Chilean counterpart, Ana Fuentes, disagreed.',
      ),
    );
    expect(got['Paulo Reis']).toBe('Brazil');
    expect(got['Ana Fuentes']).toBe('Chile');
  });

  it('`general secretary of the X`: an organisation, not a portfolio', async () => {
    const got = await sides(
      story(
        'Dock workers walked out at three ports on Monday.',
        'Joan Pike, general secretary of the Dockers Union, said pay was the issue.',
      ),
    );
    expect(got['Joan Pike']).toBe('Dockers Union');
  });
});

describe('a company with no organisation word in its name', () => {
  const opening = 'Kestrel Mining cut 200 jobs in Perth on Monday.';

  it('an employee `at` a name that acts as a party in the story', async () => {
    const got = await sides(
      story(opening, 'Ann Lowe, a senior engineer at Kestrel Mining, said morale was low.'),
    );
    expect(got['Ann Lowe']).toBe('Kestrel Mining');
  });

  it('`the company’s chief executive`: the company that acted before', async () => {
    const got = await sides(
      story(opening, 'The company’s chief executive, Ann Lowe, blamed falling prices.'),
    );
    expect(got['Ann Lowe']).toBe('Kestrel Mining');
  });

  it('a short form before a role: `Kestrel founder X`', async () => {
    const got = await sides(story(opening, 'Kestrel founder Jonas Berg said the mine would reopen in May.'));
    expect(got['Jonas Berg']).toBe('Kestrel Mining');
  });
});

describe('a title that names no country', () => {
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

describe('neutral people and people the text does not place stay without a side', () => {
  it('the director of an institute: a think tank is no side', async () => {
    const got = await sides(
      story(
        'The Royal Nursing Union called a strike on Monday.',
        'Ruth Evans, director of the Institute for Health Studies, said the strike could last weeks.',
      ),
    );
    expect(got['Ruth Evans']).toBe('');
  });

  it('a party named `Congress` is a party, not a government body', async () => {
    const got = await sides(
      story(
        'Ghana secured a loan from the International Monetary Fund on Friday.',
        'John Asare, leader of the opposition National Democratic Congress, said the terms were harsh.',
      ),
    );
    expect(got['John Asare']).toBe('National Democratic Congress');
  });

  it('an academic at a university', async () => {
    const got = await sides(
      story(
        'Kestrel Mining Corp halted work at its copper pit on Thursday.',
        'Dana Whitfield, an economist at Carrow University, said the pause would cost jobs.',
      ),
    );
    expect(got['Dana Whitfield']).toBe('');
  });

  it('a resident and a witness', async () => {
    const got = await sides(
      story(
        'Floodwater reached the town square in Marlow on Saturday.',
        '“The water came in fast,” said resident Paul Okafor.',
        'A witness, Greta Lindqvist, said the barriers failed at dawn.',
      ),
    );
    expect(got['Paul Okafor']).toBe('');
    expect(got['Greta Lindqvist']).toBe('');
  });

  it('a name with a speech verb and no affiliation', async () => {
    const got = await sides(
      story('The Harbour Pilots Guild rejected the offer on Sunday.', 'Kai Moller said the offer was fair.'),
    );
    expect(got['Kai Moller']).toBe('');
  });
});
