// The actor network's texts in Nynorsk, a chunk of their own: loaded when a view speaks Nynorsk.
import { count, list, NETWORK_STRINGS_NB, type NetworkStrings } from './network-strings.js';

export const NETWORK_STRINGS_NN: NetworkStrings = {
  ...NETWORK_STRINGS_NB,
  diagramLabel: (a, i, t) =>
    `Aktørnettverk: ${count(a, 'aktør', 'aktørar')}${i ? `, ${count(i, 'satsing', 'satsingar')}` : ''}, ${count(t, 'band', 'band')}`,
  keyboardHelp:
    'Piltastane flyttar til ein samarbeidspartnar i den retninga. Enter vel. T viser banda med tema i panelet. / søkjer. + og − zoomar, 0 viser alt. Esc fjernar søket, deretter valet.',
  laying: 'Teiknar nettverket …',
  modes: { actors: 'Aktørar', 'two-mode': 'Aktørar og satsingar' },
  noLevel: 'Utan nivå',
  otherSector: 'Anna eller ukjend sektor',
  legend: 'Teiknforklaring',
  legendBroker: 'Meklar: bind miljø saman',
  legendWeight: 'Tjukkare linje: fleire felles satsingar',
  legendSize: 'Større merke: fleire samarbeidspartnarar',
  overviewLabel: (g, by) => `Oversikt: ${g} grupper etter ${by}. Enter opnar ei gruppe.`,
  overviewGroup: (label, m) => `${label}: ${m} aktørar. Opne gruppa`,
  overviewBack: '← Tilbake til oversikta',
  overviewGroupBy: 'Grupper etter',
  overviewGroupings: { community: 'Samarbeidsmiljø', sector: 'Sektor', level: 'Nivå' },
  groupsTable: 'Grupper i oversikta',
  groupName: 'Gruppe',
  groupMembers: 'Aktørar',
  groupInside: 'Samarbeid innanfor',
  groupLinks: 'Mest samarbeid med',
  legendPast: 'Tynn, svak linje: tidlegare samarbeid',
  legendLeader: 'Prikka strek: frå eit namn til aktøren det høyrer til',
  legendFormer: 'Overstreka: finst ikkje lenger eller er avslutta',
  nodeLabel: (label, where, p, i, broker, past = 0) =>
    `${label}. ${where}. ${count(p, 'samarbeidspartnar', 'samarbeidspartnarar')}${past ? ` og ${past} tidlegare` : ''}, ${count(i, 'satsing', 'satsingar')}.${broker ? ' Meklar.' : ''}`,
  tieSentence: (a, b, w, initiatives, topics, direct) =>
    `${a} og ${b}: ${
      [
        ...(direct.length ? [list(direct)] : []),
        ...(initiatives.length ? [`${count(initiatives.length, 'felles satsing', 'felles satsingar')} (${list(initiatives)})`] : []),
      ].join(', ') || count(w, 'band', 'band')
    }${topics.length ? `; tema: ${list(topics)}` : ''}`,
  tiesOf: (label, n) => `${label} har ${count(n, 'band', 'band')}`,
  tiesListed: (label, n) => `${label} har ${count(n, 'band', 'band')}, lista i panelet`,
  now: (date) => `${date} (no)`,
  hideHistory: 'Skjul tidlegare samarbeid',
  pastTies: 'Tidlegare samarbeid',
  pastTie: (sentence) => `Tidlegare samarbeid: ${sentence}`,
  formerActor: (label, until) => `${label} (fanst til ${until})`,
  endedInitiative: (label, until) => `${label} (avslutta ${until})`,
  partners: 'Samarbeidspartnarar',
  initiatives: 'Satsingar',
  members: 'Deltakarar',
  broker: 'Meklar',
  brokers: 'Meklarar',
  noTies: 'Ingen band',
  noPartnerThatWay: 'Ingen samarbeidspartnar i den retninga',
  showAll: 'Fjern valet',
  estimated: 'Meklarrolla er anslått frå eit utval av aktørane (stort nettverk).',
  isolates: (n) => `${count(n, 'node', 'nodar')} utan band`,
  textAlternative: 'Nettverket som tabellar',
  actorsTable: 'Aktørar og satsingar',
  tiesTable: 'Band',
  name: 'Namn',
};
