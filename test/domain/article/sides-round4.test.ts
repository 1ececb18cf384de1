import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../source/domain/article/index.js';
import { sides, story } from './sides-helper.js';

// The fourth round of side rules, each in sentences of our own (docs/import.md, "Sides, fourth round").

async function people(text: string): Promise<string[]> {
  const result = await articleFromText(text, 'text', { file: 'story.txt', id: 'story' });
  if (!result.ok) throw new Error('not read');
  return result.briefing.players.filter((p) => p.kind === 'person').map((p) => p.name);
}

describe('a bare title of a company’s office', () => {
  it('`Chief executive X` after a sentence about the company: the company', async () => {
    const got = await sides(
      story(
        'Norquay Crane Systems, which runs the north quay at Gdynia, says it must automate to survive.',
        'Chief executive Ingrid Solberg said the company would retrain every worker.',
      ),
    );
    expect(got['Ingrid Solberg']).toBe('Norquay Crane Systems');
  });

  it('is no country’s: `general counsel X` after a sentence about a country', async () => {
    const got = await sides(
      story(
        'Peru fined a mining company over dust on Monday.',
        'In a statement, general counsel Tomas Vidal said the fine was wrong.',
      ),
    );
    expect(got['Tomas Vidal']).toBe('');
  });

  it('is nobody’s when the party was named long before', async () => {
    const got = await sides(
      story(
        'Norquay Crane Systems runs the north quay at Gdynia.',
        'Dock workers walked out on Monday.',
        'The strike closed the port for a day.',
        'Ships waited offshore until Wednesday.',
        'Chief executive Ingrid Solberg said talks would resume.',
      ),
    );
    expect(got['Ingrid Solberg']).toBe('');
  });
});

describe('`its` and a name', () => {
  it('`names Corvane, its chief executive, X`: the name `its` follows, by its fullest form', async () => {
    const got = await sides(
      story(
        'Nine states sued Brightwell Pharmaceuticals on Monday over the price of an inhaler.',
        'The Consumer Health Alliance backed the case.',
        'The suit names Brightwell, its chief executive, Oren Hale, and two distributors as defendants.',
      ),
    );
    expect(got['Oren Hale']).toBe('Brightwell Pharmaceuticals');
  });

  it('`Its` after a sentence whose last clause a country opens: that country', async () => {
    const got = await sides(
      story(
        'The line is owned jointly by the Kazakh and Uzbek governments, and Uzbekistan has long opposed any change.',
        'Its deputy transport minister, Rustam Aliyev, said the decision must be shared.',
      ),
    );
    expect(got['Rustam Aliyev']).toBe('Uzbekistan');
  });

  it('`The opposition Green Party also… Its spokesman`: the name the description stands before', async () => {
    const got = await sides(
      story(
        'The government will raise fuel duty in April.',
        'The opposition Green Party also attacked the plan.',
        'Its transport spokesman, Declan Moyo, said the rise would hurt rural drivers.',
      ),
    );
    expect(got['Declan Moyo']).toBe('Green Party');
  });
});

describe('phrases that tie', () => {
  it('`who coordinates X`, `who campaigns with the group X`', async () => {
    const got = await sides(
      story(
        'Ghana raised royalties on gold on Monday.',
        'Efua Mensah, who coordinates the Ghana Mining Watch Network, said the rise was overdue.',
        'Kojo Boateng, a geologist who campaigns with the group Clean Rivers Ashanti, said streams were poisoned.',
      ),
    );
    expect(got['Efua Mensah']).toBe('Ghana Mining Watch Network');
    expect(got['Kojo Boateng']).toBe('Clean Rivers Ashanti');
  });

  it('`heads the Lagos office of X`: the organisation, not the place', async () => {
    const got = await sides(
      story(
        'A fire killed twelve workers at a textile mill in Nigeria.',
        'Paul Adeyemi, who heads the Lagos office of the Textile Safety Accord, an inspection programme backed by unions, said exits had been locked.',
      ),
    );
    expect(got['Paul Adeyemi']).toBe('Textile Safety Accord');
  });

  it('a role word inside a name is the name’s: `Centre for Labour Justice and Rights`, `Cocoa Justice Network`', async () => {
    const got = await sides(
      story(
        'Cocoa farmers in Ghana protested on Monday.',
        'Ama Owusu, a campaigner with the Centre for Labour Justice and Rights, said farmers were unpaid.',
        'Lea Vogt, who coordinates the Fair Cocoa Justice Network, said premiums were missing.',
      ),
    );
    expect(got['Ama Owusu']).toBe('Centre for Labour Justice and Rights');
    expect(got['Lea Vogt']).toBe('Fair Cocoa Justice Network');
  });

  it('`deputy transport minister`, and a list does not run into the next person’s role', async () => {
    const got = await sides(
      story(
        'The accord was signed in Lusaka by Mines Minister Mwila Banda and Japan’s trade secretary, Kenji Mori, on Monday.',
        'Zambia and Japan have traded copper since 1990.',
      ),
    );
    expect(got['Kenji Mori']).toBe('Japan');
  });
});

describe('places and towns', () => {
  it('`the governor of X` is the place’s, though a company’s name begins with it', async () => {
    const got = await sides(
      story(
        'Guinea raised bauxite royalties on Monday.',
        'Kindia Alumina Partners, the largest miner, said it would comply.',
        'The governor of Kindia, Sekou Camara, welcomed the decree.',
      ),
    );
    expect(got['Sekou Camara']).toBe('Kindia');
  });

  it('`Mayor X` and `City Council President X` in a story of one town: the town', async () => {
    const got = await sides(
      story(
        'The city of Lake Harmon, Ohio, missed a bond payment on Monday.',
        'Mayor Joan Pruitt said fire stations would stay open.',
        'City Council President Dale Rooney said the council would vote on Thursday.',
      ),
    );
    expect(got['Joan Pruitt']).toBe('Lake Harmon');
    expect(got['Dale Rooney']).toBe('Lake Harmon');
  });
});

describe('organisations described as such are no people', () => {
  it('`X, a Chinese producer that…`, `X, the Swiss chocolate maker`, `the group X`, `X, a joint venture of…`', async () => {
    const found = await people(
      story(
        'Guinea raised royalties on bauxite on Monday.',
        'Fenghua Aluminium, a Chinese producer that buys most of its ore from Guinea, said it respected the decision.',
        'Alpen Cocoa, the Swiss chocolate maker, said it was watching closely.',
        'Ada Keita, who campaigns with the group Terre Vivante, said villages had lost farmland.',
        'The mine is run by Boke Mining Partners, a joint venture of two Australian firms.',
      ),
    );
    expect(found).toContain('Ada Keita');
    expect(found).not.toContain('Fenghua Aluminium');
    expect(found).not.toContain('Alpen Cocoa');
    expect(found).not.toContain('Terre Vivante');
    expect(found).not.toContain('Boke Mining Partners');
  });

  it('a person’s trade stays a person’s: `X, a sewing machine operator who escaped`', async () => {
    const found = await people(
      story(
        'A fire gutted a garment factory in Dhaka on Monday.',
        '"We ran for the stairs," said Rokeya Begum, a sewing machine operator who escaped through a window.',
      ),
    );
    expect(found).toContain('Rokeya Begum');
  });

  it('`re-elected its president, X,` names X by the role', async () => {
    const got = await sides(
      story(
        'Cocoa farmers in Ivory Coast voted on Monday.',
        'The Union of Daloa Cocoa Cooperatives re-elected its president, Ibrahim Traoré, with 58% of the votes.',
      ),
    );
    expect(got['Ibrahim Traoré']).toBe('Union of Daloa Cocoa Cooperatives');
  });
});

describe('more phrases that tie', () => {
  it('`who has been governor since 2021`, after `a former economist at the IMF`: the bank, not the IMF', async () => {
    const got = await sides(
      story(
        'The Bank of Malawi held its exchange rate on Tuesday.',
        'Chisomo Banda, a former economist at the International Monetary Fund who has been governor since 2021, said the peg would stay.',
      ),
    );
    expect(got['Chisomo Banda']).toBe('Bank of Malawi');
  });

  it('`who directs the Great Plains program at X`: the organisation the program is at', async () => {
    const got = await sides(
      story(
        'Kansas and Colorado settled a dispute over river water on Monday.',
        'Dana Ortiz, who directs the High Prairie program at Living Rivers, said the deal did nothing for the river.',
      ),
    );
    expect(got['Dana Ortiz']).toBe('Living Rivers');
  });

  it('`the head of Latin American sourcing at trading house X`: the trading house', async () => {
    const got = await sides(
      story(
        'Honduras banned coffee exports for a month.',
        'In Bremen, the head of Latin American sourcing at trading house Kaffeewerk, Jonas Albers, said buyers were worried.',
      ),
    );
    expect(got['Jonas Albers']).toBe('Kaffeewerk');
  });

  it('`Its chief executive` after a sentence naming a country and then a company: the company', async () => {
    const got = await sides(
      story(
        'Thailand capped rice exports on Monday.',
        'Most of Singapore’s rice is bought by Grainhub, the privately run company that holds the import licence.',
        'Its chief executive, Lim Wei Ling, said deposits had been paid.',
      ),
    );
    expect(got['Lim Wei Ling']).toBe('Grainhub');
  });

  it('`who leads the Pristina-based group Lumi i Pastër`: a name with a connector of its language', async () => {
    const got = await sides(
      story(
        'A tailings pond burst near Mitrovica on Saturday.',
        '"We warned them," said Arta Gashi, who leads the Pristina-based environmental group Uji i Gjallë.',
      ),
    );
    expect(got['Arta Gashi']).toBe('Uji i Gjallë');
  });

  it('`A council spokeswoman, X`: the council', async () => {
    const got = await sides(
      story(
        'Brent Council will hand school meals to a private caterer.',
        'The contract went to Fresh Plate Foods, a Leeds company.',
        'A council spokeswoman, Nadia Rahman, said staff would keep their terms.',
      ),
    );
    expect(got['Nadia Rahman']).toBe('Brent Council');
  });
});

describe('names with a place in them, and bodies of a trade', () => {
  it('`chief executive of Cereales del Paraná`, `a campaigner with Greenpeace Africa`: organisations', async () => {
    const got = await sides(
      story(
        'A grain silo exploded near Rosario on Tuesday.',
        'Martín Ocampo, chief executive of Granos del Litoral, said the company would cooperate.',
        'Ama Boateng, a campaigner with Greenpeace Africa, said regulators had failed.',
      ),
    );
    expect(got['Martín Ocampo']).toBe('Granos del Litoral');
    expect(got['Ama Boateng']).toBe('Greenpeace Africa');
  });

  it('`the Ghana National Canoe Fishermen’s Council` is the fishermen’s, not Ghana’s', async () => {
    const got = await sides(
      story(
        'Oil leaked off the coast of Ghana on Sunday.',
        'Kofi Asante, who heads the Ghana National Canoe Fishermen’s Council, said canoes stayed ashore.',
      ),
    );
    expect(got['Kofi Asante']).toBe('Ghana National Canoe Fishermen’s Council');
  });

  it('`who represents prison staff for the union X`', async () => {
    const got = await sides(
      story(
        'Belgium must cut prison overcrowding within a year, a court ruled.',
        'Pieter Claes, who represents prison staff for the public-sector union VSOA, said guards were exhausted.',
      ),
    );
    expect(got['Pieter Claes']).toBe('VSOA');
  });

  it('`Commander X of the Santa Fe provincial fire service`: the province', async () => {
    const got = await sides(
      story(
        'A silo exploded in Argentina on Tuesday.',
        'Commander Raúl Ibarra of the Córdoba provincial fire service said the fire was out by noon.',
      ),
    );
    expect(got['Raúl Ibarra']).toBe('Córdoba');
  });

  it('`Coahuila’s economic development secretary` is the state’s, though a union’s name begins with it', async () => {
    const got = await sides(
      story(
        'Truck drivers blocked a border bridge on Monday.',
        'The Ontario Freight Carriers Association called the blockade.',
        'Ontario’s economic development minister, Lucía Peña, said the state would seek talks.',
      ),
    );
    expect(got['Lucía Peña']).toBe('Ontario');
  });

  it('`In Guayas province, …, the provincial governor, X`; `In Victoria, …, the state’s minister, X`', async () => {
    const got = await sides(
      story(
        'Shrimp exports were halted on Friday.',
        'In Manabí province, where many farms are, the provincial governor, Jorge Vera, asked for credit.',
        'In Tasmania, where ferries were cancelled, the state’s transport minister, Ellen Price, called for a review.',
      ),
    );
    expect(got['Jorge Vera']).toBe('Manabí');
    expect(got['Ellen Price']).toBe('Tasmania');
  });
});

describe('who is no person, and whose office it is', () => {
  it('`X, which holds 49%`, `a vice-president of X`, and an organisation’s short form acting', async () => {
    const found = await people(
      story(
        'The mine is a joint venture of local investors and China’s Jinlong Cobalt, which holds 49%.',
        'Wang Lei, a vice-president of Jinlong Cobalt, said shipments would start in 2028.',
        'The rig is run by Northsea Meridian Petroleum.',
        'Northsea Meridian said a valve had failed.',
      ),
    );
    expect(found).toContain('Wang Lei');
    expect(found).not.toContain('Jinlong Cobalt');
    expect(found).not.toContain('Northsea Meridian');
  });

  it('`Whitfield said the company’s chief executive, X, would…`; `the authority’s acting managing director, X`', async () => {
    const got = await sides(
      story(
        'Oil leaked from a platform run by Gulfstar Energy on Sunday.',
        'Rhys Morgan, a spokesman for the company, said the company’s chief executive, Alan Pryce, would fly to Accra.',
        'The Mombasa Ports Authority approved a new berth.',
        'Grace Wanjiku, the authority’s acting managing director, said work would start in May.',
      ),
    );
    expect(got['Alan Pryce']).toBe('Gulfstar Energy');
    expect(got['Grace Wanjiku']).toBe('Mombasa Ports Authority');
  });

  it('`he told AFP` is not what `Its` refers to; `one of the country’s largest packers` is a company', async () => {
    const got = await sides(
      story(
        'South Korea banned shrimp from Ecuador on Friday.',
        '"The damage is huge," the chamber’s head told AFP.',
        'The farms blocked include two owned by Camarones del Sur, one of the country’s largest packers.',
        'Its chief executive, Diana Mora, said no antibiotics were used.',
      ),
    );
    expect(got['Diana Mora']).toBe('Camarones del Sur');
  });
});

describe('datelines, company suffixes and titles of remit', () => {
  it('a dateline’s town and agency are no people and no sides', async () => {
    const found = await people(
      story(
        'LAREDO CROSSING, Texas (Border Wire) — Truckers blocked a bridge on Monday.',
        'Ana Ruiz, a lawyer in Laredo Crossing, said the blockade was legal.',
      ),
    );
    expect(found).not.toContain('Laredo Crossing');
    expect(found).not.toContain('Border Wire');
    const got = await sides(
      story(
        'QUITO (Andes Wire) — Ecuador fined three cement makers on Tuesday.',
        'Pablo Mena, a competition lawyer in Quito who is not involved in the case, said the fine was large.',
      ),
    );
    expect(got['Pablo Mena']).toBe('');
  });

  it('`Cementos del Sur S.A.` is a company; `Cementos del Sur, the largest of the three, said… Its chief executive`', async () => {
    const text = story(
      'The regulator said Cementos del Sur S.A. and two rivals fixed prices.',
      'Cementos del Sur, the largest of the three, said it would appeal.',
      'Its chief executive, Pedro Lugo, said prices were set independently.',
    );
    expect(await people(text)).not.toContain('Cementos del Sur S.A.');
    expect((await sides(text))['Pedro Lugo']).toBe('Cementos del Sur S.A.');
  });

  it('`Tertiary Education Minister X` is the government’s, not the `Tertiary Education Union`’s', async () => {
    const got = await sides(
      story(
        'Two universities in New Zealand will merge next year.',
        'The Tertiary Education Union opposed the plan.',
        'Tertiary Education Minister Helen Ward said the money came with conditions.',
      ),
    );
    expect(got['Helen Ward']).toBe('New Zealand');
  });

  it('`the High Commissioner on National Minorities at the Organization for … in Europe`', async () => {
    const got = await sides(
      story(
        'Latvia passed a law on school languages in May.',
        'A note came from Lars Berg, the High Commissioner on National Minorities at the Organization for Security and Co-operation in Europe.',
      ),
    );
    expect(got['Lars Berg']).toBe('Organization for Security and Co-operation in Europe');
  });

  it('`who led the Spanish side of the operation`: Spain', async () => {
    const got = await sides(
      story(
        'Police in Italy and Spain seized fake olive oil on Tuesday.',
        'Captain Rosa Gil, who led the Spanish side of the operation, said two traders were detained.',
      ),
    );
    expect(got['Rosa Gil']).toBe('Spain');
  });

  it('`Chad, one of the poorest countries, … Its minister of X, Y`: Chad, not a name', async () => {
    const got = await sides(
      story(
        'The UNHCR appealed for funds on Monday.',
        'Chad, one of the world’s poorest countries, has kept its border open.',
        'Its minister of territorial administration, Idriss Mahamat, said host towns were struggling.',
      ),
    );
    expect(got['Idriss Mahamat']).toBe('Chad');
  });

  it('`Superintendent X` of the `Superintendence of …` named in a story of one country', async () => {
    const got = await sides(
      story(
        'LIMA (Andes Wire) — Peru fined three cement makers on Tuesday.',
        'The Superintendence of Competition said the firms had fixed prices since 2018.',
        '"They treated the market as theirs," Superintendent Ana Quispe told reporters in Lima.',
      ),
    );
    expect(got['Ana Quispe']).toBe('Peru');
  });

  it('`the territory’s industry minister` in a story of the Northwest Territories', async () => {
    const got = await sides(
      story(
        'Miners at a diamond mine walked out on Monday.',
        'The strike is a blow to the Northwest Territories, where mining is a fifth of output, and the territory’s industry minister, Joan Beck, urged talks.',
      ),
    );
    expect(got['Joan Beck']).toBe('Northwest Territories');
  });

  it('`who leads the energy campaign at the Indonesian Forum for the Environment`; `Southeast Asia director at X`', async () => {
    const got = await sides(
      story(
        'Indonesia closed two coal plants on Monday.',
        'Dewi Lestari, who leads the energy campaign at the Indonesian Forum for the Environment, called it a start.',
        'Anan Chai, Southeast Asia director at the campaign group River Watch, said dams would multiply.',
      ),
    );
    expect(got['Dewi Lestari']).toBe('Indonesian Forum for the Environment');
    expect(got['Anan Chai']).toBe('River Watch');
  });
});

describe('the country a story is about, and references to it', () => {
  it('the lead’s subject, though another country is named once more by name', async () => {
    const got = await sides(
      story(
        'Bolivian authorities on Saturday halted work at a tin mine after a dam cracked.',
        'The mine is owned by a Canadian company.',
        'Canada’s embassy said it was following events, and Canada sent engineers.',
        'Bolivia ordered an inquiry.',
        'About 1,400 people were moved from villages downstream.',
        'Energy and Mines Minister Rosa Quiroga said every dam would be reviewed.',
      ),
    );
    expect(got['Rosa Quiroga']).toBe('Bolivia');
  });

  it('a standfirst before the lead', async () => {
    const got = await sides(
      story(
        'Government says a private operator will cut leaks.',
        'Barbados’s government has chosen a Spanish-led consortium to run water services.',
        'Spain’s embassy welcomed the deal.',
        'The concession runs for 25 years.',
        'Water Minister Dale Best said rationing had become a way of life.',
      ),
    );
    expect(got['Dale Best']).toBe('Barbados');
  });

  it('`The country’s ambassador to Peru, X` after a sentence about Canada; `a machine operator from Nepal`', async () => {
    const got = await sides(
      story(
        'Peru halted work at a mine owned by a company from Canada.',
        'Canada said it would send engineers.',
        'The country’s ambassador to Peru, Anne Roy, visited the site on Sunday.',
        'Ram Gurung, a machine operator from Nepal who works at the site, said pay was late.',
      ),
    );
    expect(got['Anne Roy']).toBe('Canada');
    expect(got['Ram Gurung']).toBe('');
  });

  it('`The region’s governor, X` in a story of the Osh region; `The county’s superintendent` of Bong County', async () => {
    const got = await sides(
      story(
        'Kyrgyzstan closed cattle markets in the Osh region on Monday.',
        'The region’s governor, Bakyt Toktosunov, asked the army for help.',
      ),
    );
    expect(got['Bakyt Toktosunov']).toBe('Osh');
    const county = await sides(
      story(
        'Farmers in Bong County, Liberia, protested on Monday.',
        'The county’s superintendent, Moses Kollie, urged calm.',
      ),
    );
    expect(county['Moses Kollie']).toBe('Bong County');
  });

  it('`a coordinator for the water rights network X`, `state secretary of the X Union`, `Its spokeswoman on water, X`', async () => {
    const got = await sides(
      story(
        'Farmers in Peru protested at a mine on Monday.',
        'Julia Condori, a coordinator for the water rights network Agua Viva Andes, said the river was dying.',
        '"The jobs must be local," said Kate Byrne, state secretary of the Offshore Builders Union, which wants local hiring.',
        'The opposition Labour Party also attacked the plan.',
        'Its spokeswoman on water, Maria Lopes, said the tender was rushed.',
      ),
    );
    expect(got['Julia Condori']).toBe('Agua Viva Andes');
    expect(got['Kate Byrne']).toBe('Offshore Builders Union');
    expect(got['Maria Lopes']).toBe('Labour Party');
  });
});

describe('a dateline before its agency', () => {
  it('`PORT MORESBY (AFP) —` makes no organisation of the town; `Kazakhstan Temir Zholy (KTZ)` still one', async () => {
    const result = await articleFromText(
      story(
        'PORT MORESBY (AFP) — A tuna cannery in Papua New Guinea will close in June.',
        'The cans go by rail with Kazakhstan Temir Zholy (KTZ), the state railway.',
      ),
      'text',
      { file: 'story.txt', id: 'story' },
    );
    if (!result.ok) throw new Error('not read');
    const names = result.briefing.players.map((p) => p.name);
    expect(names).not.toContain('PORT MORESBY');
    expect(names).toContain('Kazakhstan Temir Zholy');
  });

  it('`University of Dar es Salaam` is read whole', async () => {
    const result = await articleFromText(
      'Engineers at the University of Dar es Salaam said the cracks were old.',
      'text',
      { file: 'story.txt', id: 'story' },
    );
    if (!result.ok) throw new Error('not read');
    expect(result.briefing.players.map((p) => p.name)).toContain('University of Dar es Salaam');
  });
});
