/**
 * The word lists the derivation rules read: classes of words, never names of particular people or
 * articles. Each list says what it is for.
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/**
 * Titles and role nouns that stand before a name (`President Zelenskyy`, `union leader John
 * Samuelsen`) or head an appositive (`Jared Kushner, Trump's son-in-law`). Lower case.
 */
export const TITLE_WORDS = words(`
  president vice premier chancellor minister secretary envoy ambassador senator sen. rep. representative
  congressman congresswoman governor gov. mayor councillor councilman councilwoman commissioner
  director director-general secretary-general chief ceo cfo coo cto chairman chairwoman chair chairperson
  executive founder co-founder owner head leader spokesman spokeswoman spokesperson negotiator
  general gen. admiral colonel col. captain capt. lieutenant lt. sergeant commander marshal
  king queen prince princess sheikh emir sultan pope cardinal archbishop bishop rabbi imam
  judge justice attorney prosecutor lawyer counsel adviser advisor aide deputy manager coach
  treasurer economist analyst official officer administrator regulator inspector superintendent
  dr. dr mr. mr mrs. mrs ms. ms prof. professor sir dame lord lady baroness baron
  president-elect prime mp mep delegate lawmaker legislator diplomat strategist researcher scientist
  director-general organiser organizer activist campaigner farmer driver worker resident nurse doctor
  striker midfielder defender goalkeeper player supporter fan investor billionaire businessman businesswoman
  entrepreneur chairman-elect boss head-coach president's son son-in-law daughter-in-law wife husband
  son daughter brother sister father mother cousin uncle aunt nephew niece coordinator organizer counterpart
  volunteer editor correspondent historian teacher student engineer pilot soldier agent broker
  consultant partner founder-director lecturer surgeon physician epidemiologist virologist
  commentator columnist host presenter captain-elect referee owner-manager
`);

/** Titles that make the name after them a person even alone (`President Trump`, `Mr. Smith`). */
export const PERSON_TITLES = words(`
  president vice-president premier chancellor minister secretary envoy ambassador senator sen. rep.
  representative congressman congresswoman governor gov. mayor commissioner director
  director-general secretary-general chief ceo chairman chairwoman chair general gen. admiral colonel
  col. captain capt. lieutenant lt. sergeant commander marshal king queen prince princess sheikh emir
  sultan pope cardinal archbishop bishop rabbi judge justice dr. dr mr. mr mrs. mrs ms. ms prof.
  professor sir dame lord lady baroness baron coach spokesman spokeswoman spokesperson leader founder
  owner executive head negotiator adviser advisor administrator president-elect mp mep
`);

/** Kinship nouns: a relative is taken to stand where the person they are related to stands. */
export const KINSHIP = words(`
  son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law wife husband
  son daughter brother sister father mother cousin uncle aunt nephew niece grandson granddaughter
`);

/** Last words of an organisation's name. */
export const ORG_HEADS = words(`
  agency ministry department office council commission committee authority union federation
  association confederation alliance league party bank fund institute institution university
  college school hospital court tribunal parliament congress senate assembly government administration
  cabinet police army navy forces force guard service services board bureau organisation organization
  group inc inc. corp corp. corporation co co. ltd ltd. llc plc company companies holdings industries
  partners foundation trust society club fc united city network news times post journal press
  exchange reserve treasury secretariat mission delegation coalition movement front brigade
  workers unions cooperative co-operative chamber centre center initiative programme program
  associations federations councils research capital partners holdings consulting analytics labs
  media energy motors airlines airways systems technologies group lobby consortium charity directorate
  inspectorate metals mining minerals resources steel petroleum chemicals pharmaceuticals logistics
  shipping telecom telecommunications terminals forum superintendence superintendency s.a. sa s.a.s. sas s.p.a. spa gmbh ag nv n.v. bv b.v.
  asa oyj bhd tbk pty sarl srl s.r.l. kk
`);

/**
 * Organisation words of other languages, which open a name (`Banco del Norte`, `Groupe Lactalis`),
 * with the English word whose kind they are.
 */
export const FOREIGN_ORG_HEADS: Readonly<Record<string, string>> = {
  banco: 'bank',
  banca: 'bank',
  banque: 'bank',
  grupo: 'group',
  groupe: 'group',
  gruppe: 'group',
  compañía: 'company',
  companhia: 'company',
  compagnie: 'company',
  société: 'company',
  sociedad: 'company',
  empresa: 'company',
  partido: 'party',
  parti: 'party',
  partei: 'party',
  ministerio: 'ministry',
  ministério: 'ministry',
  ministère: 'ministry',
  universidad: 'university',
  universidade: 'university',
  université: 'university',
  universität: 'university',
  sindicato: 'union',
  syndicat: 'union',
  instituto: 'institute',
  institut: 'institute',
  fundación: 'foundation',
  fundação: 'foundation',
  fondation: 'foundation',
  stiftung: 'foundation',
  agencia: 'agency',
  agence: 'agency',
  federación: 'federation',
  confederación: 'confederation',
  asociación: 'association',
  associação: 'association',
};

/** Nouns after a capitalised name that make it a thing, not a party: `the New START treaty`. */
export const THING_NOUNS = words(`
  treaty agreement accord deal act law bill plan programme program pact convention protocol rule rules
  initiative strategy summit talks framework regulation regulations directive policy scheme index
  reactor plant station stadium airport bridge road highway street square building tower hall arena
  storm hurricane typhoon cyclone tornado earthquake flood fire virus variant vaccine system line lines
  report award prize cup championship tournament season league-table war
`);

/** Verbs that say someone spoke: their subject or object is a speaker. */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds stated states announced announces warned warns urged urges
  argued argues insisted insists claimed claims declared declares wrote writes noted notes explained
  explains asked asks replied replies responded responds acknowledged acknowledges admitted admits
  confirmed confirms denied denies called calls stressed stresses emphasised emphasized described
  describes predicted predicts vowed vows pledged pledges promised promises recalled recalls
  cautioned cautions conceded concedes complained complains countered counters
`);

/**
 * Demonyms and adjectives of nationality, to the country they name. The scoring and the reader treat
 * `US`, `U.S.`, `United States` and `America` as one party.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  american: 'United States',
  americans: 'United States',
  british: 'United Kingdom',
  briton: 'United Kingdom',
  britons: 'United Kingdom',
  chinese: 'China',
  dutch: 'Netherlands',
  french: 'France',
  german: 'Germany',
  germans: 'Germany',
  russian: 'Russia',
  russians: 'Russia',
  ukrainian: 'Ukraine',
  ukrainians: 'Ukraine',
  japanese: 'Japan',
  korean: 'Korea',
  'south korean': 'South Korea',
  'north korean': 'North Korea',
  taiwanese: 'Taiwan',
  indian: 'India',
  italian: 'Italy',
  spanish: 'Spain',
  polish: 'Poland',
  irish: 'Ireland',
  israeli: 'Israel',
  israelis: 'Israel',
  palestinian: 'Palestine',
  palestinians: 'Palestine',
  iranian: 'Iran',
  saudi: 'Saudi Arabia',
  emirati: 'United Arab Emirates',
  turkish: 'Turkey',
  canadian: 'Canada',
  mexican: 'Mexico',
  brazilian: 'Brazil',
  australian: 'Australia',
  swiss: 'Switzerland',
  swedish: 'Sweden',
  norwegian: 'Norway',
  danish: 'Denmark',
  finnish: 'Finland',
  belgian: 'Belgium',
  austrian: 'Austria',
  greek: 'Greece',
  hungarian: 'Hungary',
  czech: 'Czech Republic',
  romanian: 'Romania',
  bulgarian: 'Bulgaria',
  portuguese: 'Portugal',
  egyptian: 'Egypt',
  qatari: 'Qatar',
  'south african': 'South Africa',
  nigerian: 'Nigeria',
  kenyan: 'Kenya',
  ethiopian: 'Ethiopia',
  pakistani: 'Pakistan',
  afghan: 'Afghanistan',
  iraqi: 'Iraq',
  syrian: 'Syria',
  lebanese: 'Lebanon',
  vietnamese: 'Vietnam',
  thai: 'Thailand',
  indonesian: 'Indonesia',
  filipino: 'Philippines',
  argentine: 'Argentina',
  argentinian: 'Argentina',
  chilean: 'Chile',
  colombian: 'Colombia',
  venezuelan: 'Venezuela',
  cuban: 'Cuba',
  scottish: 'Scotland',
  welsh: 'Wales',
  english: 'England',
  belarusian: 'Belarus',
  georgian: 'Georgia',
  armenian: 'Armenia',
  european: 'Europe',
  europeans: 'Europe',
  dominican: 'Dominican Republic',
  jamaican: 'Jamaica',
  haitian: 'Haiti',
  puerto_rican: 'Puerto Rico',
  singaporean: 'Singapore',
  malaysian: 'Malaysia',
  'new zealand': 'New Zealand',
  peruvian: 'Peru',
  bolivian: 'Bolivia',
  paraguayan: 'Paraguay',
  uruguayan: 'Uruguay',
  ecuadorian: 'Ecuador',
  moroccan: 'Morocco',
  algerian: 'Algeria',
  tunisian: 'Tunisia',
  libyan: 'Libya',
  sudanese: 'Sudan',
  ghanaian: 'Ghana',
  senegalese: 'Senegal',
  tanzanian: 'Tanzania',
  ugandan: 'Uganda',
  rwandan: 'Rwanda',
  zimbabwean: 'Zimbabwe',
  zambian: 'Zambia',
  mozambican: 'Mozambique',
  angolan: 'Angola',
  cameroonian: 'Cameroon',
  somali: 'Somalia',
  bangladeshi: 'Bangladesh',
  'sri lankan': 'Sri Lanka',
  nepali: 'Nepal',
  nepalese: 'Nepal',
  cambodian: 'Cambodia',
  mongolian: 'Mongolia',
  kazakh: 'Kazakhstan',
  uzbek: 'Uzbekistan',
  azerbaijani: 'Azerbaijan',
  serbian: 'Serbia',
  croatian: 'Croatia',
  slovak: 'Slovakia',
  slovenian: 'Slovenia',
  bosnian: 'Bosnia and Herzegovina',
  albanian: 'Albania',
  lithuanian: 'Lithuania',
  latvian: 'Latvia',
  estonian: 'Estonia',
  icelandic: 'Iceland',
  maltese: 'Malta',
  cypriot: 'Cyprus',
  jordanian: 'Jordan',
  kuwaiti: 'Kuwait',
  omani: 'Oman',
  bahraini: 'Bahrain',
  yemeni: 'Yemen',
  'costa rican': 'Costa Rica',
  panamanian: 'Panama',
  guatemalan: 'Guatemala',
  honduran: 'Honduras',
  salvadoran: 'El Salvador',
  nicaraguan: 'Nicaragua',
  moldovan: 'Moldova',
  luxembourgish: 'Luxembourg',
  lao: 'Laos',
  laotian: 'Laos',
  burmese: 'Myanmar',
  malawian: 'Malawi',
  namibian: 'Namibia',
  botswanan: 'Botswana',
  congolese: 'Congo',
  ivorian: 'Ivory Coast',
  malian: 'Mali',
  nigerien: 'Niger',
  burkinabe: 'Burkina Faso',
  beninese: 'Benin',
  togolese: 'Togo',
  liberian: 'Liberia',
  'sierra leonean': 'Sierra Leone',
  guinean: 'Guinea',
  gambian: 'Gambia',
  mauritanian: 'Mauritania',
  eritrean: 'Eritrea',
  djiboutian: 'Djibouti',
  burundian: 'Burundi',
  malagasy: 'Madagascar',
  mauritian: 'Mauritius',
  gabonese: 'Gabon',
  chadian: 'Chad',
  'south sudanese': 'South Sudan',
  lesothan: 'Lesotho',
  swazi: 'Eswatini',
  bruneian: 'Brunei',
  timorese: 'East Timor',
  fijian: 'Fiji',
  samoan: 'Samoa',
  tongan: 'Tonga',
  'papua new guinean': 'Papua New Guinea',
  palauan: 'Palau',
  marshallese: 'Marshall Islands',
  micronesian: 'Micronesia',
  nauruan: 'Nauru',
  tuvaluan: 'Tuvalu',
  kiribatian: 'Kiribati',
  vanuatuan: 'Vanuatu',
  'solomon islander': 'Solomon Islands',
  kyrgyz: 'Kyrgyzstan',
  tajik: 'Tajikistan',
  turkmen: 'Turkmenistan',
  macedonian: 'North Macedonia',
  montenegrin: 'Montenegro',
  kosovar: 'Kosovo',
  andorran: 'Andorra',
  monegasque: 'Monaco',
  bhutanese: 'Bhutan',
  maldivian: 'Maldives',
  trinidadian: 'Trinidad and Tobago',
  barbadian: 'Barbados',
  bahamian: 'Bahamas',
  belizean: 'Belize',
  guyanese: 'Guyana',
  surinamese: 'Suriname',
  grenadian: 'Grenada',
  'new zealander': 'New Zealand',
  'new zealanders': 'New Zealand',
  emiratis: 'United Arab Emirates',
  saudis: 'Saudi Arabia',
  'north macedonian': 'North Macedonia',
  afghans: 'Afghanistan',
};

/** Short and long forms of one country, for side names: the first is what a side is called. */
export const COUNTRY_FORMS: readonly (readonly string[])[] = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'the United States'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['European Union', 'EU', 'E.U.'],
  // Countries compromise's lexicon lacks or tags otherwise (`Laos` as a demonym).
  ['Laos', 'Lao PDR'],
  ['Philippines', 'the Philippines'],
  ['Congo', 'Republic of the Congo', 'Democratic Republic of the Congo', 'DRC'],
  ['Eswatini', 'Swaziland'],
  ['North Macedonia'],
  ['Timor-Leste', 'East Timor'],
  ['Cabo Verde', 'Cape Verde'],
  ['Guinea-Bissau'],
  // (compromise knows `Chad` as a first name; alone, it is the country.)
  ['Chad'],
];

/**
 * Acronyms that name things, not organisations: technical terms and common abbreviations. An
 * acronym not listed here is taken for an organisation (`NATO`, `FEMA`, `WHO`).
 */
export const NOT_ORG_ACRONYMS = words(`
  API APIS CLI GUI UI UX HTML CSS JSON XML YAML SQL URL URI HTTP HTTPS TCP UDP IP DNS DOM CPU GPU RAM
  ROM OS USB PDF ID IDS TV PC PM AM EST EDT PST PDT GMT UTC BST CET FAQ ESM CJS ANSI RGB EOF POSIX UNIX
  SSH SFTP FTP MIT ISC BSD GPL AST NLP POS LTS JS TS CDK SDK IDE AI ML GDP GNP CEO CFO COO CTO CIO
  COVID HIV AIDS DNA RNA PR QA IT IOT VPN LAN WAN SMS MMS GPS LED LCD CD DVD MP3 NFT ETF IPO VAT ATM
  PIN OK RSVP ASAP DIY FYI TBA TBD NB PS AKA VS ETA MPH KPH KM CM MM KG MB GB TB KB HQ
  README TODO NOTE WARNING EVM SIGNAL ABRT ALRM
`);

/** Members of political parties: `a Republican whose district…` puts a person on that party's side. */
export const PARTY_MEMBERS = words(`
  Republican Republicans Democrat Democrats Democratic Labour Conservative Conservatives Tory Tories
  Liberal Liberals Socialist Socialists Communist Communists Green Greens Independent
`);

/** Dispute cues: a sentence with one of these states a position or a point in dispute. */
export const DISPUTE_VERBS = words(`
  demand demands demanded demanding reject rejects rejected rejecting prefer prefers preferred seek seeks
  sought seeking oppose opposes opposed opposing want wants wanted refuse refuses refused refusing insist
  insists insisted object objects objected protest protests protested condemn condemns condemned accuse
  accuses accused dispute disputes disputed deny denies denied criticise criticises criticised criticize
  criticizes criticized resist resists resisted urge urges urged warn warns warned threaten threatens
  threatened vow vows vowed call calls called argue argues argued contend contends contended
  push pushes pushed
`);

/** Nouns that name a point in dispute: `The core dispute centers on territory`. */
export const DISPUTE_NOUNS = words(`
  dispute disputes issue issues disagreement disagreements row standoff stand-off conflict sticking
  contention impasse deadlock grievance grievances demand demands objection objections
`);
