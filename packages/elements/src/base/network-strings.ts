import type { NetworkMode, OverviewGrouping } from '@floke/core/actor-network';

/** Texts of `<floke-actor-network>`. */
export interface NetworkStrings {
  diagramLabel: (actors: number, initiatives: number, ties: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  laying: string;
  mode: string;
  modes: Record<NetworkMode, string>;
  filters: string;
  levels: string;
  sectors: string;
  topic: string;
  initiative: string;
  all: string;
  noLevel: string;
  otherSector: string;
  initiativeKind: string;
  legend: string;
  legendInitiative: string;
  legendBroker: string;
  legendWeight: string;
  /** The legend's entry for node size. */
  legendSize: string;
  /** The overview level of a large network: its name, each group's name, and the way back to it. */
  overviewLabel: (groups: number, by: string) => string;
  overviewGroup: (label: string, members: number) => string;
  overviewBack: string;
  /** The choice of what the overview groups by, and each grouping's name. */
  overviewGroupBy: string;
  overviewGroupings: Record<OverviewGrouping, string>;
  /** The text alternative's table of the overview's groups: caption and columns. */
  groupsTable: string;
  groupName: string;
  groupMembers: string;
  groupInside: string;
  groupLinks: string;
  /** The legend's entry for past ties (drawn thinner and fainter). */
  legendPast: string;
  /** The legend's entry for the dotted line that joins a name moved out of a crowd to its actor. */
  legendLeader: string;
  /** The legend's entry for former actors and finished initiatives (struck through, actors hollow). */
  legendFormer: string;
  /** "KS. Nasjonalt, offentlig. 23 partnere og 2 tidligere, 9 satsinger. Megler." (`past`: partners in past ties only). */
  nodeLabel: (label: string, where: string, partners: number, initiatives: number, broker: boolean, past?: number) => string;
  /** "KS og Hdir: 3 felles satsinger (…); tema: skole". */
  tieSentence: (
    a: string,
    b: string,
    weight: number,
    initiatives: readonly string[],
    topics: readonly string[],
    direct: readonly string[],
  ) => string;
  tiesOf: (label: string, count: number) => string;
  /** What T says: the count only, as the list of ties itself is in the panel (a long list is no announcement). */
  tiesListed: (label: string, count: number) => string;
  /** The date filter's label, its "all time" choice, and the mark of the document's own "now". */
  asOf: string;
  allTime: string;
  now: (date: string) => string;
  hideHistory: string;
  /** Heading of past ties in the panel and the tables, and what a past tie is called in an announcement. */
  pastTies: string;
  pastTie: (sentence: string) => string;
  /** "Vestfold og Telemark fylkeskommune (fantes til 2023)": an actor that ceased to exist. */
  formerActor: (label: string, until: string) => string;
  /** "Sammen Mot (avsluttet 2024)": a finished initiative. */
  endedInitiative: (label: string, until: string) => string;
  partners: string;
  initiatives: string;
  members: string;
  topics: string;
  broker: string;
  brokers: string;
  noTies: string;
  noPartnerThatWay: string;
  showAll: string;
  visible: (shown: number, total: number) => string;
  estimated: string;
  isolates: (count: number) => string;
  textAlternative: string;
  actorsTable: string;
  tiesTable: string;
  name: string;
  level: string;
  sector: string;
  weight: string;
  close: string;
}

/** `n` and the noun in the number that fits it (the other languages' files use it too). */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const list = (items: readonly string[]) => items.join(', ');

export const NETWORK_STRINGS_NB: NetworkStrings = {
  diagramLabel: (a, i, t) =>
    `Aktørnettverk: ${count(a, 'aktør', 'aktører')}${i ? `, ${count(i, 'satsing', 'satsinger')}` : ''}, ${count(t, 'bånd', 'bånd')}`,
  roleDescription: 'aktørnettverk',
  keyboardHelp:
    'Piltastene flytter til en samarbeidspartner i den retningen. Enter velger. T viser båndene med tema i panelet. / søker. + og − zoomer, 0 viser alt. Esc fjerner søket, deretter valget.',
  laying: 'Tegner nettverket …',
  mode: 'Vis',
  modes: { actors: 'Aktører', 'two-mode': 'Aktører og satsinger' },
  filters: 'Filter',
  levels: 'Nivå',
  sectors: 'Sektor',
  topic: 'Tema',
  initiative: 'Satsing',
  all: 'Alle',
  noLevel: 'Uten nivå',
  otherSector: 'Annen eller ukjent sektor',
  initiativeKind: 'Satsing',
  legend: 'Tegnforklaring',
  legendInitiative: 'Satsing',
  legendBroker: 'Megler: binder miljøer sammen',
  legendWeight: 'Tykkere linje: flere felles satsinger',
  legendSize: 'Større merke: flere samarbeidspartnere',
  overviewLabel: (g, by) => `Oversikt: ${g} grupper etter ${by}. Enter åpner en gruppe.`,
  overviewGroup: (label, m) => `${label}: ${m} aktører. Åpne gruppen`,
  overviewBack: '← Tilbake til oversikten',
  overviewGroupBy: 'Grupper etter',
  overviewGroupings: { community: 'Samarbeidsmiljø', sector: 'Sektor', level: 'Nivå' },
  groupsTable: 'Grupper i oversikten',
  groupName: 'Gruppe',
  groupMembers: 'Aktører',
  groupInside: 'Samarbeid innad',
  groupLinks: 'Mest samarbeid med',
  legendPast: 'Tynn, svak linje: tidligere samarbeid',
  legendLeader: 'Prikket strek: fra et navn til aktøren det hører til',
  legendFormer: 'Overstreket: finnes ikke lenger eller er avsluttet',
  nodeLabel: (label, where, p, i, broker, past = 0) =>
    `${label}. ${where}. ${count(p, 'samarbeidspartner', 'samarbeidspartnere')}${past ? ` og ${past} tidligere` : ''}, ${count(i, 'satsing', 'satsinger')}.${broker ? ' Megler.' : ''}`,
  tieSentence: (a, b, w, initiatives, topics, direct) =>
    `${a} og ${b}: ${
      [
        ...(direct.length ? [list(direct)] : []),
        ...(initiatives.length ? [`${count(initiatives.length, 'felles satsing', 'felles satsinger')} (${list(initiatives)})`] : []),
      ].join(', ') || count(w, 'bånd', 'bånd')
    }${topics.length ? `; tema: ${list(topics)}` : ''}`,
  tiesOf: (label, n) => `${label} har ${count(n, 'bånd', 'bånd')}`,
  tiesListed: (label, n) => `${label} har ${count(n, 'bånd', 'bånd')}, listet i panelet`,
  asOf: 'Per dato',
  allTime: 'Alle år',
  now: (date) => `${date} (nå)`,
  hideHistory: 'Skjul tidligere samarbeid',
  pastTies: 'Tidligere samarbeid',
  pastTie: (sentence) => `Tidligere samarbeid: ${sentence}`,
  formerActor: (label, until) => `${label} (fantes til ${until})`,
  endedInitiative: (label, until) => `${label} (avsluttet ${until})`,
  partners: 'Samarbeidspartnere',
  initiatives: 'Satsinger',
  members: 'Deltakere',
  topics: 'Tema',
  broker: 'Megler',
  brokers: 'Meglere',
  noTies: 'Ingen bånd',
  noPartnerThatWay: 'Ingen samarbeidspartner i den retningen',
  showAll: 'Fjern valget',
  visible: (s, t) => `Viser ${s} av ${t}`,
  estimated: 'Meglerrollen er anslått fra et utvalg av aktørene (stort nettverk).',
  isolates: (n) => `${count(n, 'node', 'noder')} uten bånd`,
  textAlternative: 'Nettverket som tabeller',
  actorsTable: 'Aktører og satsinger',
  tiesTable: 'Bånd',
  name: 'Navn',
  level: 'Nivå',
  sector: 'Sektor',
  weight: 'Styrke',
  close: 'Lukk',
};
