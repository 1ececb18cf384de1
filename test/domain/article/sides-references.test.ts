import { describe, expect, it } from 'vitest';
import { sides, story } from './sides-helper.js';

describe('parties named before: `its`, `them`', () => {
  it('`Cosla, which represents councils,` then `Its spokeswoman`: that body, not the one named earlier', async () => {
    const got = await sides(
      story(
        'The Educational Institute of Scotland said the offer was an insult.',
        'Cosla, which represents councils, said it had no more money.',
        'Its resources spokeswoman, Katie Hagmann, urged ministers to step in.',
      ),
    );
    expect(got['Katie Hagmann']).toBe('Cosla');
  });

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
  it('`Union leader X` opening a sentence: the union named before', async () => {
    const got = await sides(
      story(
        'The strike was called by the Transport Workers’ Union on Monday.',
        'Union leader Kari Nilsen said members had been offered too little.',
      ),
    );
    expect(got['Kari Nilsen']).toBe('Transport Workers’ Union');
  });

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

  it('a short form before a role: a longer name given as an object (`… to Skylark Orbital`)', async () => {
    const got = await sides(
      story(
        'The regulator granted a licence on Wednesday to Skylark Orbital to operate 300 satellites.',
        'Skylark chief executive Priya Raman said service would begin next spring.',
      ),
    );
    expect(got['Priya Raman']).toBe('Skylark Orbital');
  });
});

describe('`the company`, `the retailer`: the nearest name it can refer to', () => {
  it('a one-word company the text makes a subject twice: `said Meghdoot had been hit`', async () => {
    const got = await sides(
      story(
        'Workers blocked a highway on Sunday over unpaid wages at Meghdoot, a knitwear exporter.',
        'Police said Meghdoot had shut six factories, and the BGMEA, the exporters’ association, said talks would resume.',
        'The company’s managing director, Tanvir Ahmed, said Meghdoot had been hit by cancelled orders.',
      ),
    );
    expect(got['Tanvir Ahmed']).toBe('Meghdoot');
  });

  it('a name an appositive says is one: `Linnéa, the Swedish fashion retailer`', async () => {
    const got = await sides(
      story(
        'Garment workers protested in Gazipur on Sunday.',
        'Linnéa, the Swedish fashion retailer that buys most of the output, said it had paid every invoice.',
        'The retailer’s head of sustainability, Sofia Lindqvist, asked for a plan.',
      ),
    );
    expect(got['Sofia Lindqvist']).toBe('Linnéa');
  });
});

describe('`its` and descriptions after a sentence about an organisation', () => {
  it('`its` is the subject the sentence before opens with, though it names other parties after it', async () => {
    const got = await sides(
      story(
        'Chile fined a copper smelter on Monday.',
        'Cuprex, which counts Japan’s Hokuden Metals as a shareholder, said it would appeal.',
        'Its chief executive, Tomás Echeverría, said the plant had spent $200 million on gas capture.',
      ),
    );
    expect(got['Tomás Echeverría']).toBe('Cuprex');
  });

  it('a made-up name opening a sentence before a verb: `Medivea has denied wrongdoing. The company’s …`', async () => {
    const got = await sides(
      story(
        'Slovakia bought vaccines through a middleman in March.',
        'Medivea has denied wrongdoing. The company’s managing director, Róbert Lacko, said its price was fair.',
      ),
    );
    expect(got['Róbert Lacko']).toBe('Medivea');
  });

  it('`the group’s chairwoman`, with no organisation named that fits `group`: the one the sentence before opens with', async () => {
    const got = await sides(
      story(
        'The currency fell again on Monday.',
        'The Sierra Leone Petty Traders Association, which says it has 60,000 members, said wholesalers wanted dollars.',
        'The group’s chairwoman, Isatu Conteh, said stalls had closed.',
      ),
    );
    expect(got['Isatu Conteh']).toBe('Sierra Leone Petty Traders Association');
  });

  it('`a spokesman for the launch operator Arianespace` is Arianespace’s; `the mission’s lead scientist` is nobody’s', async () => {
    const got = await sides(
      story(
        'The American space agency and the European Space Agency delayed the HELIX mission on Monday.',
        'Luca Bianchi, a spokesman for the launch operator Arianespace, said the slot was reserved.',
        'Henrik Dahl, the mission’s lead scientist at the University of Copenhagen, said the team was disappointed.',
      ),
    );
    expect(got['Luca Bianchi']).toBe('Arianespace');
    expect(got['Henrik Dahl']).toBe('');
  });
});

describe('organisations the name rules used to misread', () => {
  it('`All People’s Congress` is one name; `the party’s finance spokesman` is its', async () => {
    const got = await sides(
      story(
        'The currency fell on Monday.',
        'The opposition All People’s Congress accused the government of squandering reserves.',
        'The party’s finance spokesman, Chernor Bangura, said the bank should publish its figures.',
      ),
    );
    expect(got['Chernor Bangura']).toBe('All People’s Congress');
  });

  it('`Costa Viva, an environmental group,` is a group though compromise knows Costa as a name', async () => {
    const got = await sides(
      story(
        'Chile fined a smelter on Monday.',
        'Costa Viva, an environmental group that has filed three lawsuits, said the fine was too low.',
        'The group’s lawyer, Ignacio Ruiz, said the regulator had been slow.',
      ),
    );
    expect(got['Costa Viva']).toBeUndefined();
    expect(got['Ignacio Ruiz']).toBe('Costa Viva');
  });

  it('`Natural Resources Minister` holds a portfolio; `Merak` is not the `Merak Pilots Union`', async () => {
    const got = await sides(
      story(
        'Tonga granted a mining licence on Monday.',
        'Natural Resources Minister Lupe Taumoepeau said the royalty was fair.',
        'The Merak Pilots Union said members were owed wages.',
        'Aditya Pranoto, Merak’s chief executive since 2021, said the airline had been crushed.',
      ),
    );
    expect(got['Lupe Taumoepeau']).toBe('Tonga');
    expect(got['Aditya Pranoto']).toBe('Merak');
  });

  it('`its` after `HidroAlba, the state hydropower company that …, said`', async () => {
    const got = await sides(
      story(
        'Albania and Kosovo traded blame over a spill on Sunday.',
        'HidroAlba, the state hydropower company that operates the dam, said it had increased releases.',
        'Its technical director, Gentian Leka, said the lake would dilute the metals.',
      ),
    );
    expect(got['Gentian Leka']).toBe('HidroAlba');
  });
});

describe('what the text called a thing weighs more than a name acting nearby', () => {
  it('`The group’s lawyer` after `Costa Viva, an environmental group`, though `Cuprex should…` follows', async () => {
    const got = await sides(
      story(
        'Chile fined a smelter run by Cuprex on Monday. Cuprex said it would appeal.',
        'Costa Viva, an environmental group that has filed three lawsuits, said the fine was too low.',
        'The group’s lawyer, Ignacio Ruiz, said Cuprex should publish its readings.',
      ),
    );
    expect(got['Ignacio Ruiz']).toBe('Costa Viva');
  });

  it('an acronym in brackets after a name is not part of it', async () => {
    const got = await sides(
      story(
        'Garment workers protested on Sunday.',
        'Faruque Hossain, president of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA), said exporters were struggling.',
      ),
    );
    expect(got['Faruque Hossain']).toBe('Bangladesh Garment Manufacturers and Exporters Association');
  });
});
