import { joinList, kindsIn, midSentence, plural } from './string-helpers.js';
import type { CommonUiStrings } from './strings.js';

/** The UI texts in Bokmål. */
export const UI_STRINGS_NB: CommonUiStrings = {
  loading: 'Laster dokumentet …',
  problemsHeading: (e, w) => `Dokumentet har ${plural(e, 'feil', 'feil')} og ${plural(w, 'advarsel', 'advarsler')}`,
  problemsIntro: 'Alt som er gyldig, vises likevel. Rett opp dette i JSON-dokumentet:',
  problemPlace: (pointer) => (pointer === '' ? 'hele dokumentet' : `ved ${pointer}`),
  severity: { error: 'Feil', warning: 'Advarsel' },
  noDocument: 'Ingen dokument er lastet.',
  elements: 'Elementer',
  relations: 'Relasjoner',
  sources: 'Kilder',
  indicators: 'Indikatorer',
  updated: 'Oppdatert',
  kinds: kindsIn('nb'),
  relationTypes: {
    causes: 'påvirker',
    collaborates: 'samarbeider med',
    leads: 'leder',
    participates: 'deltar i',
    funds: 'finansierer',
    informs: 'gir kunnskap til',
    explains: 'forklarer',
    addresses: 'arbeider med',
  },
  perView: 'I visningene',
  icebergCount: (placed, layers) => `Isfjellet: ${plural(placed, 'element', 'elementer')} i ${plural(layers, 'lag', 'lag')}`,
  horizonsCount: (h1, h2, h3) => `Tre horisonter: ${h1} i H1, ${h2} i H2, ${h3} i H3`,
  networkCount: (a, i, t) =>
    `Aktørnettverket: ${plural(a, 'aktør', 'aktører')}, ${plural(i, 'satsing', 'satsinger')}, ${plural(t, 'bånd', 'bånd')}`,
  loopsCount: (f, l, n) =>
    `Årsakssløyfer: ${plural(f, 'faktor', 'faktorer')}, ${plural(l, 'årsakslenke', 'årsakslenker')}, ${plural(n, 'navngitt sløyfe', 'navngitte sløyfer')}`,
  latestValue: 'Siste verdi',
  target: 'mål',
  cld: {
    diagramLabel: (f, l, n) =>
      `Årsakssløyfediagram: ${plural(f, 'faktor', 'faktorer')}, ${plural(l, 'årsakslenke', 'årsakslenker')}, ${plural(n, 'sløyfe', 'sløyfer')}`,
    roleDescription: 'årsakssløyfediagram',
    keyboardHelp:
      'Piltastene flytter til faktorer som er lenket til den aktive. Enter velger og gjør faktoren aktiv. L går gjennom sløyfene faktoren er med i. + og − zoomer, 0 viser alt. / søker. Esc fjerner markering og søk, deretter valget.',
    laying: 'Tegner diagrammet …',
    legend: 'Tegnforklaring',
    legendPositive: 'Øker: mer gir mer (heltrukken linje, +)',
    legendNegative: 'Minsker: mer gir mindre (stiplet linje, −)',
    legendDelay: 'Med forsinkelse (‖)',
    legendReinforcing: 'Forsterkende sløyfe (R)',
    legendBalancing: 'Balanserende sløyfe (B)',
    legendInferred: 'Antatt: forfatterens slutning, ikke uttalt i en kilde (dobbel strek, ?)',
    loopsHeading: (n) => `Sløyfer (${n})`,
    loopsThrough: (f, n) => `Sløyfer gjennom ${f} (${n})`,
    showAllLoops: 'Vis alle sløyfer',
    noLoops: 'Ingen sløyfer.',
    incomplete: (limit) => `Viser de første ${limit} sløyfene; det finnes flere.`,
    reinforcing: 'forsterkende',
    balancing: 'balanserende',
    withDelay: 'med forsinkelse',
    linkSentence: (from, to, polarity, delay) =>
      `Mer ${midSentence(from)} ${polarity === '+' ? 'øker' : 'minsker'} ${midSentence(to)}${delay ? ', med forsinkelse' : ''}`,
    loopSentence: (title, path, polarity, delay) =>
      `${title}: ${path} (${polarity === 'R' ? 'forsterkende' : 'balanserende'}${delay ? ', med forsinkelse' : ''})`,
    factorLabel: (label, out, into, loops) => `${label}: påvirker ${out}, påvirkes av ${into}, i ${plural(loops, 'sløyfe', 'sløyfer')}`,
    inferredLink: ' (antatt, ikke uttalt i en kilde)',
    loopEvidence: ({ stated, inferred, unsourced }) => {
      const without = `${plural(unsourced, 'lenke', 'lenker')} uten kilde`;
      if (inferred > 0) return `hviler på ${plural(inferred, 'antatt lenke', 'antatte lenker')}${unsourced > 0 ? ` og ${without}` : ''}`;
      if (unsourced > 0) return stated === 0 ? 'ingen av lenkene har kilde' : without;
      return 'alle lenkene er belagt i kilder';
    },
    hypothesised: 'Hypotese',
    whereToAct: 'Hvor kan vi handle?',
    whereToActIntro:
      'Faktorene som driver systemet mest, direkte og gjennom andre (MICMAC), drivkrefter først. Mål og målte resultater står for seg.',
    leverSentence: (factor, inLoops, feeds, via, downstream) => {
      const through = via.length > 0 ? ` gjennom ${joinList(via.map(midSentence), 'og')}` : '';
      const member = `${factor} er med i ${plural(inLoops, 'sløyfe', 'sløyfer')}`;
      if (feeds > 0)
        return inLoops > 0
          ? `${member} og driver ${feeds} til${through}`
          : `${factor} driver ${plural(feeds, 'sløyfe', 'sløyfer')}${through}`;
      if (inLoops > 0) return member;
      return downstream > 0
        ? `${factor} påvirker ${plural(downstream, 'faktor', 'faktorer')}, men ingen sløyfe`
        : `${factor} påvirker ingen andre faktorer`;
    },
    roles: { driver: 'drivkraft', relay: 'mellomledd', outcome: 'resultat', autonomous: 'løst koblet' },
    scores: (i, d) => `påvirkning ${i} · avhengighet ${d}`,
    moreLevers: (n) => `Vis alle ${n}`,
    outcomesHeading: 'Resultater å følge med på',
    outcomeReasons: {
      goal: 'mål',
      measured: 'måles med indikator',
      estimate: 'bare et anslag (indikator uten kilde)',
      dependent: 'styres av resten av systemet',
    },
    unsettled: (k) => `Rangeringen hadde ikke satt seg etter kjeder på ${k} ledd; les den med forsiktighet.`,
    noLevers: 'Ingen faktorer å handle på.',
    textAlternative: 'Diagrammet som tekst',
    factorsHeading: 'Faktorer og lenker',
    affects: 'Påvirker',
    affectedBy: 'Påvirkes av',
    loopsHeadingPlain: 'Sløyfer',
    unresolved: (n) => `${plural(n, 'lenke', 'lenker')} går bak en annen faktor.`,
  },
  iceberg: {
    diagramLabel: (l, e, k) =>
      `Isfjell: ${plural(l, 'lag', 'lag')}, ${plural(e, 'element', 'elementer')}, ${plural(k, 'forklaring', 'forklaringer')} mellom lagene`,
    roleDescription: 'isfjell',
    keyboardHelp:
      'Opp og ned flytter mellom lagene, venstre og høyre innen et lag. Home og End går til endene av laget. Enter velger og viser kjeden av forklaringer. / søker. Esc fjerner søket, deretter valget.',
    waterline: 'Vannlinjen',
    depth: 'Dybde',
    shallow: 'Synlig: svak påvirkning',
    deep: 'Dypt: sterk påvirkning',
    legend: 'Tegnforklaring',
    badgeLegend: 'Antall forklaringer. Pek på, fokuser eller velg et element for å se kjeden',
    explainsLegend: 'Forklarer (pil mot det som forklares)',
    emptyLayer: 'Ingen elementer i dette laget ennå.',
    chipLabel: (kind, label, layer, links) => `${kind}: ${label}. Lag: ${layer}. ${plural(links, 'forklaring', 'forklaringer')}.`,
    explains: 'Forklarer',
    explainedBy: 'Forklares av',
    textAlternative: 'Isfjellet som tekst',
    aboveWater: 'over vannlinjen',
    belowWater: 'under vannlinjen',
  },
  horizons: {
    diagramLabel: (n, a, b) => `Tre horisonter ${a}–${b}: ${plural(n, 'element', 'elementer')}`,
    roleDescription: 'tre horisonter',
    keyboardHelp:
      'Venstre og høyre flytter langs en horisont etter dato, opp og ned mellom horisontene. Home og End går til endene av horisonten. Enter viser detaljer. / søker. Esc fjerner søket, deretter valget.',
    names: { H1: 'H1 Dagens system', H2: 'H2 Innovasjon og overgang', H3: 'H3 Ønsket framtid' },
    towardH3: 'H2+: på vei mot H3',
    absorbedByH1: 'H2−: tas opp i H1',
    now: 'Nå',
    prevalence: 'Utbredelse',
    filters: 'Filter',
    kindsFilter: 'Typer',
    horizonsFilter: 'Horisonter',
    outOfRange: (n, a, b) => `${plural(n, 'element', 'elementer')} ligger utenfor ${a}–${b} og vises ved kanten.`,
    before: 'før tidsaksen',
    after: 'etter tidsaksen',
    undated: 'Uten dato',
    planned: 'planlagt',
    details: 'Detaljer',
    period: (a, b) => (a && b ? `${a}–${b}` : a ? `fra ${a}` : `til ${b}`),
    textAlternative: 'Horisontene som tekst',
    pointLabel: (kind, label, horizon, when, extra) => `${kind}: ${label}. ${horizon}, ${when}${extra ? `. ${extra}` : ''}.`,
    notes: 'Notater',
    legend: 'Tegnforklaring',
    legendPlanned: 'Planlagt',
    legendHover: 'Pek på eller velg et punkt for å se navnet',
  },
};
