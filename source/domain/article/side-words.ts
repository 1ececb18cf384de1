/**
 * The word classes the side rules read (./sides.ts, ./context.ts): kinds of roles, kinds of
 * organisations, and the words that tie a person to a party. Classes of words, never names.
 */

const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/**
 * Roles of people who speak for no party: analysts, academics, judges, mediators, journalists,
 * residents, witnesses. Whatever they are affiliated with, the text puts them on no side, unless
 * they also hold a role of a party (`the university's president, Professor X`).
 */
export const NEUTRAL_ROLES = words(`
  analyst analysts academic professor prof lecturer researcher scholar economist historian expert
  judge justice magistrate mediator arbitrator conciliator journalist correspondent reporter
  columnist commentator resident residents witness bystander observer student
`);

/**
 * Roles that act or speak for an organisation or a government: with one of these, the party the
 * role is of is the person's side even when the article names it once.
 */
export const REPRESENTATIVE_ROLES = words(`
  president vice-president chair chairman chairwoman chairperson co-chair chief ceo cfo coo cto
  executive director director-general secretary secretary-general leader head founder co-founder
  owner spokesman spokeswoman spokesperson negotiator envoy ambassador minister commissioner
  governor mayor councillor councilman councilwoman representative delegate member treasurer
  manager coordinator organiser organizer counsel lawyer attorney adviser advisor aide deputy boss
  officer official administrator premier chancellor senator lawmaker legislator mp mep diplomat
  general admiral colonel commander captain coach trustee campaigner activist
`);

/**
 * Titles of government office: a nationality (`French`, `Paraguayan`) before one of these is the
 * side the person acts for; before any other role it says only where they come from.
 */
export const GOVERNMENT_TITLES = words(`
  president vice premier chancellor minister secretary envoy ambassador senator representative
  congressman congresswoman governor mayor commissioner official officer diplomat negotiator
  delegate spokesman spokeswoman spokesperson general admiral colonel commander king queen prince
  emir sheikh sultan lawmaker legislator mp mep attorney prosecutor regulator administrator consul
  counterpart
`);

/**
 * Offices by level of government, for a title that names no country or state (`Foreign Minister
 * X`, `Governor X`): national offices stand for the one country an article names, state offices
 * for the one state or province; local offices for neither.
 */
export const NATIONAL_OFFICES = words(`
  minister secretary ambassador envoy diplomat consul commissioner senator congressman
  congresswoman premier chancellor admiral general colonel marshal federal
`);
/** Words that make a title an organisation's, not a government's (`general manager`, `union secretary`). */
export const PRIVATE_WORDS = words(`
  manager company union party club firm association federation workers board corporation bank
  business league team trust foundation charity campaign counsel
`);
export const STATE_OFFICES = words(`governor state provincial province`);
export const LOCAL_OFFICES = words(
  `mayor councillor councilman councilwoman county city municipal local district town`,
);

/**
 * Heads of organisations' names by kind. A government body's side is its country or state; an
 * academic institution, a court or a news outlet is never a side unless it is itself a party.
 */
export const GOVERNMENT_HEADS = words(`
  ministry department commission authority agency office service bureau guard coastguard police
  army navy gendarmerie administration government cabinet treasury regulator inspectorate council
  directorate parliament senate congress superintendence superintendency
`);
export const ACADEMIC_HEADS = words(`university college school institute academy polytechnic`);
export const COURT_HEADS = words(`court tribunal`);
export const MEDIA_HEADS = words(`
  news times post journal press herald gazette tribune broadcaster broadcasting radio television
  magazine wire newswire
`);

/** First words of international bodies' names: such a body is a party of its own, not a country's. */
export const INTERNATIONAL_FIRST = words(`
  European International World Global United UN African Asian Inter-American Arab Commonwealth
  Nordic Pan-American Organisation Organization
`);

/** Nouns that describe a company (`the company`, `the carmaker`): an organisation of no other kind. */
export const COMPANY_WORDS = words(`
  company firm business giant group carmaker automaker airline carrier maker manufacturer operator
  insurer lender retailer chain studio developer startup conglomerate corporation factory plant mill
  smelter refinery mine
`);
/** Organisation words that end a company's name (`Sorensen Motors`, `Citizens Property Insurance Corp`). */
export const COMPANY_HEADS = words(`
  inc inc. corp corp. corporation co co. ltd ltd. llc plc company companies holdings industries
  partners group capital motors airlines airways systems technologies energy media labs consulting
  analytics metals mining minerals resources steel petroleum oil chemicals pharmaceuticals pharma
  logistics shipping telecom telecommunications electric power foods engineering construction s.a. sa
  s.a.s. sas s.p.a. spa gmbh ag nv n.v. bv b.v. asa oyj bhd tbk pty sarl srl s.r.l. kk
`);
/** Nouns that describe a government body (`the regulator`, `the watchdog`). */
export const GOVERNMENT_WORDS = words(
  `regulator watchdog authority agency body ministry department government`,
);

/**
 * Verbs that tie their subject to the party they govern (`X, who chairs the association`, `a lawyer
 * representing the group`), with the role each amounts to.
 */
export const TIE_VERBS: Readonly<Record<string, string>> = {
  chairs: 'chair',
  chaired: 'chair',
  heads: 'head',
  headed: 'head',
  leads: 'leader',
  led: 'leader',
  runs: 'head',
  ran: 'head',
  founded: 'founder',
  'co-founded': 'founder',
  represents: 'representative',
  represented: 'representative',
  representing: 'representative',
  directs: 'director',
  coordinates: 'coordinator',
  coordinated: 'coordinator',
  manages: 'manager',
  commands: 'commander',
  commanded: 'commander',
  owns: 'owner',
  owned: 'owner',
};
/** Verbs that tie their subject to the object of a `for` after them: `X speaks for them`. */
export const FOR_VERBS = words(
  `speaks spoke speaking works worked working acts acted acting campaigns campaigned campaigning`,
);
/** Verbs that tie their subject to the object of a `with` after them: `X campaigns with the group`. */
export const WITH_VERBS = words(`campaigns campaigned campaigning volunteers volunteered works worked`);

/**
 * Lowercase nouns that name a party by its kind right before a role (`a ministry spokesperson`, `a
 * coast guard spokeswoman`, `a company spokesman`): a government body or a company. Words such as
 * `office` or `service` are left out: `a customer service manager` names no party.
 */
export const KIND_NOUNS = words(`
  ministry government police army navy guard coastguard military cabinet regulator company firm
  airline carmaker automaker carrier insurer lender council union party bank
`);

/**
 * Nouns an appositive describes an organisation by (`Huanan Aluminium, a Chinese producer,`,
 * `Helvetia Cocoa, the Swiss chocolate maker,`, `X, a joint venture of…`): never a person's role.
 */
export const ORG_DESCRIPTIONS = words(`
  maker producer manufacturer exporter importer supplier retailer carmaker automaker drugmaker
  chipmaker steelmaker venture conglomerate firm company giant chain lender insurer carrier
  subsidiary utility startup processor refiner distributor wholesaler multinational airline brand
  packer
`);
