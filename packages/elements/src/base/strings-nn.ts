import { joinList, kindsIn, midSentence, plural } from './string-helpers.js';
import type { CommonUiStrings } from './strings.js';
import { UI_STRINGS_NB } from './strings-nb.js';

/** The UI texts in Nynorsk. */
export const UI_STRINGS_NN: CommonUiStrings = {
  ...UI_STRINGS_NB,
  loading: 'Lastar dokumentet …',
  problemsHeading: (e, w) => `Dokumentet har ${plural(e, 'feil', 'feil')} og ${plural(w, 'åtvaring', 'åtvaringar')}`,
  problemsIntro: 'Alt som er gyldig, vert vist likevel. Rett opp dette i JSON-dokumentet:',
  problemPlace: (pointer) => (pointer === '' ? 'heile dokumentet' : `ved ${pointer}`),
  severity: { error: 'Feil', warning: 'Åtvaring' },
  noDocument: 'Ikkje noko dokument er lasta.',
  elements: 'Element',
  relations: 'Relasjonar',
  sources: 'Kjelder',
  indicators: 'Indikatorar',
  updated: 'Oppdatert',
  kinds: kindsIn('nn'),
  relationTypes: {
    causes: 'påverkar',
    collaborates: 'samarbeider med',
    leads: 'leier',
    participates: 'deltek i',
    funds: 'finansierer',
    informs: 'gjev kunnskap til',
    explains: 'forklarer',
    addresses: 'arbeider med',
  },
  perView: 'I visingane',
  icebergCount: (placed, layers) => `Isfjellet: ${plural(placed, 'element', 'element')} i ${plural(layers, 'lag', 'lag')}`,
  networkCount: (a, i, t) =>
    `Aktørnettverket: ${plural(a, 'aktør', 'aktørar')}, ${plural(i, 'satsing', 'satsingar')}, ${plural(t, 'band', 'band')}`,
  loopsCount: (f, l, n) =>
    `Årsakssløyfer: ${plural(f, 'faktor', 'faktorar')}, ${plural(l, 'årsakslenkje', 'årsakslenkjer')}, ${plural(n, 'namngjeven sløyfe', 'namngjevne sløyfer')}`,
  latestValue: 'Siste verdi',
  target: 'mål',
  cld: {
    ...UI_STRINGS_NB.cld,
    diagramLabel: (f, l, n) =>
      `Årsakssløyfediagram: ${plural(f, 'faktor', 'faktorar')}, ${plural(l, 'årsakslenkje', 'årsakslenkjer')}, ${plural(n, 'sløyfe', 'sløyfer')}`,
    keyboardHelp:
      'Piltastane flyttar til faktorar som er lenkja til den aktive. Enter vel og gjer faktoren aktiv. L går gjennom sløyfene faktoren er med i. + og − zoomar, 0 viser alt. / søkjer. Esc fjernar markering og søk, deretter valet.',
    laying: 'Teiknar diagrammet …',
    legend: 'Teiknforklaring',
    legendPositive: 'Aukar: meir gjev meir (heiltrekt linje, +)',
    legendNegative: 'Minkar: meir gjev mindre (stipla linje, −)',
    legendDelay: 'Med forseinking (‖)',
    legendReinforcing: 'Forsterkande sløyfe (R)',
    legendBalancing: 'Balanserande sløyfe (B)',
    legendInferred: 'Anteke: slutninga til forfattaren, ikkje sagt i ei kjelde (dobbel strek, ?)',
    loopsThrough: (f, n) => `Sløyfer gjennom ${f} (${n})`,
    showAllLoops: 'Vis alle sløyfene',
    noLoops: 'Ingen sløyfer.',
    incomplete: (limit) => `Viser dei første ${limit} sløyfene; det finst fleire.`,
    reinforcing: 'forsterkande',
    balancing: 'balanserande',
    withDelay: 'med forseinking',
    linkSentence: (from, to, polarity, delay) =>
      `Meir ${midSentence(from)} ${polarity === '+' ? 'aukar' : 'minkar'} ${midSentence(to)}${delay ? ', med forseinking' : ''}`,
    loopSentence: (title, path, polarity, delay) =>
      `${title}: ${path} (${polarity === 'R' ? 'forsterkande' : 'balanserande'}${delay ? ', med forseinking' : ''})`,
    factorLabel: (label, out, into, loops) => `${label}: påverkar ${out}, vert påverka av ${into}, i ${plural(loops, 'sløyfe', 'sløyfer')}`,
    inferredLink: ' (anteke, ikkje sagt i ei kjelde)',
    loopEvidence: ({ stated, inferred, unsourced }) => {
      const without = `${plural(unsourced, 'lenkje', 'lenkjer')} utan kjelde`;
      if (inferred > 0) return `kviler på ${plural(inferred, 'anteken lenkje', 'antekne lenkjer')}${unsourced > 0 ? ` og ${without}` : ''}`;
      if (unsourced > 0) return stated === 0 ? 'ingen av lenkjene har kjelde' : without;
      return 'alle lenkjene er belagde i kjelder';
    },
    hypothesised: 'Hypotese',
    whereToAct: 'Kvar kan vi handle?',
    whereToActIntro:
      'Faktorane som driv systemet mest, direkte og gjennom andre (MICMAC), drivkrefter først. Mål og målte resultat står for seg.',
    leverSentence: (factor, inLoops, feeds, via, downstream) => {
      const through = via.length > 0 ? ` gjennom ${joinList(via.map(midSentence), 'og')}` : '';
      const member = `${factor} er med i ${plural(inLoops, 'sløyfe', 'sløyfer')}`;
      if (feeds > 0)
        return inLoops > 0 ? `${member} og driv ${feeds} til${through}` : `${factor} driv ${plural(feeds, 'sløyfe', 'sløyfer')}${through}`;
      if (inLoops > 0) return member;
      return downstream > 0
        ? `${factor} påverkar ${plural(downstream, 'faktor', 'faktorar')}, men inga sløyfe`
        : `${factor} påverkar ingen andre faktorar`;
    },
    roles: { driver: 'drivkraft', relay: 'mellomledd', outcome: 'resultat', autonomous: 'laust kopla' },
    scores: (i, d) => `påverknad ${i} · avhengnad ${d}`,
    moreLevers: (n) => `Vis alle ${n}`,
    outcomesHeading: 'Resultat å følgje med på',
    outcomeReasons: {
      goal: 'mål',
      measured: 'vert målt med indikator',
      estimate: 'berre eit anslag (indikator utan kjelde)',
      dependent: 'vert styrt av resten av systemet',
    },
    unsettled: (k) => `Rangeringa hadde ikkje sett seg etter kjeder på ${k} ledd; les ho med varsemd.`,
    noLevers: 'Ingen faktorar å handle på.',
    textAlternative: 'Diagrammet som tekst',
    factorsHeading: 'Faktorar og lenkjer',
    affects: 'Påverkar',
    affectedBy: 'Vert påverka av',
    unresolved: (n) => `${plural(n, 'lenkje', 'lenkjer')} går bak ein annan faktor.`,
  },
  iceberg: {
    ...UI_STRINGS_NB.iceberg,
    diagramLabel: (l, e, k) =>
      `Isfjell: ${plural(l, 'lag', 'lag')}, ${plural(e, 'element', 'element')}, ${plural(k, 'forklaring', 'forklaringar')} mellom laga`,
    keyboardHelp:
      'Opp og ned flyttar mellom laga, venstre og høgre innan eit lag. Home og End går til endane av laget. Enter vel og viser kjeda av forklaringar. / søkjer. Esc fjernar søket, deretter valet.',
    shallow: 'Synleg: svak påverknad',
    deep: 'Djupt: sterk påverknad',
    depth: 'Djupn',
    legend: 'Teiknforklaring',
    badgeLegend: 'Talet på forklaringar. Peik på, fokuser eller vel eit element for å sjå kjeda',
    explainsLegend: 'Forklarer (pil mot det som vert forklart)',
    emptyLayer: 'Ingen element i dette laget enno.',
    chipLabel: (kind, label, layer, links) => `${kind}: ${label}. Lag: ${layer}. ${plural(links, 'forklaring', 'forklaringar')}.`,
    explainedBy: 'Vert forklart av',
    aboveWater: 'over vasslina',
    belowWater: 'under vasslina',
    waterline: 'Vasslina',
  },
  horizons: {
    ...UI_STRINGS_NB.horizons,
    diagramLabel: (n, a, b) => `Tre horisontar ${a}–${b}: ${plural(n, 'element', 'element')}`,
    roleDescription: 'tre horisontar',
    keyboardHelp:
      'Venstre og høgre flyttar langs ein horisont etter dato, opp og ned mellom horisontane. Home og End går til endane av horisonten. Enter viser detaljar. / søkjer. Esc fjernar søket, deretter valet.',
    names: { H1: 'H1 Dagens system', H2: 'H2 Innovasjon og overgang', H3: 'H3 Ønskt framtid' },
    towardH3: 'H2+: på veg mot H3',
    absorbedByH1: 'H2−: vert teken opp i H1',
    prevalence: 'Utbreiing',
    horizonsFilter: 'Horisontar',
    outOfRange: (n, a, b) => `${plural(n, 'element', 'element')} ligg utanfor ${a}–${b} og vert viste ved kanten.`,
    undated: 'Utan dato',
    details: 'Detaljar',
    textAlternative: 'Horisontane som tekst',
    notes: 'Notat',
    legend: 'Teiknforklaring',
    legendPlanned: 'Planlagd',
    legendHover: 'Peik på eller vel eit punkt for å sjå namnet',
  },
};
