import { NETWORK_STRINGS_EN, NETWORK_STRINGS_NB, NETWORK_STRINGS_NN, type NetworkStrings } from './network-strings.js';
import { ELEMENT_KIND_LABELS, type ElementKind, type RelationType, type UiLanguage } from '@floke/core';

/** Every text a Floke view shows that does not come from the document. Override any of them with `strings`. */
export interface UiStrings {
  loading: string;
  /** Label of the region listing a document's problems. */
  problemsHeading: (errors: number, warnings: number) => string;
  problemsIntro: string;
  /** Names the place of a problem in the document. */
  problemPlace: (pointer: string) => string;
  severity: Record<'error' | 'warning', string>;
  noDocument: string;
  elements: string;
  relations: string;
  sources: string;
  indicators: string;
  updated: string;
  kinds: Record<ElementKind, string>;
  relationTypes: Record<RelationType, string>;
  perView: string;
  icebergCount: (placed: number, layers: number) => string;
  horizonsCount: (h1: number, h2: number, h3: number) => string;
  networkCount: (actors: number, initiatives: number, ties: number) => string;
  loopsCount: (factors: number, links: number, named: number) => string;
  latestValue: string;
  target: string;
  /** Texts of the causal-loop diagram. */
  cld: CldStrings;
  /** Texts of the iceberg. */
  iceberg: IcebergStrings;
  /** Texts of the three horizons. */
  horizons: HorizonsStrings;
  /** Texts of the actor network. */
  network: NetworkStrings;
}

/** Texts of `<floke-horizons>`. */
export interface HorizonsStrings {
  diagramLabel: (elements: number, start: number, end: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  names: Record<'H1' | 'H2' | 'H3', string>;
  towardH3: string;
  absorbedByH1: string;
  now: string;
  prevalence: string;
  filters: string;
  kindsFilter: string;
  horizonsFilter: string;
  outOfRange: (count: number, start: number, end: number) => string;
  before: string;
  after: string;
  undated: string;
  planned: string;
  details: string;
  period: (start: string, end?: string) => string;
  textAlternative: string;
  pointLabel: (kind: string, label: string, horizon: string, when: string, extra: string) => string;
  notes: string;
}

/** Texts of `<floke-iceberg>`. */
export interface IcebergStrings {
  diagramLabel: (layers: number, elements: number, links: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  waterline: string;
  depth: string;
  shallow: string;
  deep: string;
  legend: string;
  explainsLegend: string;
  emptyLayer: string;
  chipLabel: (kind: string, label: string, layer: string, links: number) => string;
  explains: string;
  explainedBy: string;
  textAlternative: string;
  aboveWater: string;
  belowWater: string;
}

/** Texts of `<floke-causal-loops>`. */
export interface CldStrings {
  diagramLabel: (factors: number, links: number, loops: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  laying: string;
  legend: string;
  legendPositive: string;
  legendNegative: string;
  legendDelay: string;
  legendReinforcing: string;
  legendBalancing: string;
  loopsHeading: (count: number) => string;
  loopsThrough: (factor: string, count: number) => string;
  showAllLoops: string;
  noLoops: string;
  incomplete: (limit: number) => string;
  reinforcing: string;
  balancing: string;
  withDelay: string;
  /** "Mer frafall øker utenforskap, med forsinkelse". */
  linkSentence: (from: string, to: string, polarity: '+' | '-', delay: boolean) => string;
  /** "R2 Siloen låser seg: samarbeid → … → samarbeid (forsterkende)". */
  loopSentence: (title: string, path: string, polarity: 'R' | 'B', delay: boolean) => string;
  factorLabel: (label: string, out: number, into: number, loops: number) => string;
  search: string;
  searchHint: string;
  matches: (count: number) => string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  exportSvg: string;
  textAlternative: string;
  factorsHeading: string;
  affects: string;
  affectedBy: string;
  loopsHeadingPlain: string;
  unresolved: (count: number) => string;
}

/** Lower-cases the first letter of a label used mid-sentence, unless it looks like an acronym (NAV, KS PRI). */
export function midSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1]!.toLowerCase() && label[0] !== label[0]!.toLowerCase()) {
    return label[0]!.toLowerCase() + label.slice(1);
  }
  return label;
}

const kindsIn = (lang: UiLanguage) =>
  Object.fromEntries(Object.entries(ELEMENT_KIND_LABELS).map(([kind, label]) => [kind, label[lang]])) as Record<ElementKind, string>;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const nb: UiStrings = {
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
      'Piltastene flytter til faktorer som er lenket til den aktive. Enter velger og gjør faktoren aktiv. L går gjennom sløyfene faktoren er med i. / søker. Esc nullstiller.',
    laying: 'Tegner diagrammet …',
    legend: 'Tegnforklaring',
    legendPositive: 'Øker: mer gir mer (heltrukken linje, +)',
    legendNegative: 'Minsker: mer gir mindre (stiplet linje, −)',
    legendDelay: 'Med forsinkelse (‖)',
    legendReinforcing: 'Forsterkende sløyfe (R)',
    legendBalancing: 'Balanserende sløyfe (B)',
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
    search: 'Søk etter faktor',
    searchHint: 'Trykk / for å søke',
    matches: (n) => plural(n, 'treff', 'treff'),
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    fit: 'Tilpass til visningen',
    exportSvg: 'Last ned SVG',
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
      'Opp og ned flytter mellom lagene, venstre og høyre innen et lag. Enter velger og viser kjeden av forklaringer. Esc nullstiller.',
    waterline: 'Vannlinjen',
    depth: 'Dybde',
    shallow: 'Synlig: svak påvirkning',
    deep: 'Dypt: sterk påvirkning',
    legend: 'Tegnforklaring',
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
      'Venstre og høyre flytter langs en horisont etter dato, opp og ned mellom horisontene. Enter viser detaljer. Esc nullstiller.',
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
    period: (a, b) => (b ? `${a}–${b}` : `fra ${a}`),
    textAlternative: 'Horisontene som tekst',
    pointLabel: (kind, label, horizon, when, extra) => `${kind}: ${label}. ${horizon}, ${when}${extra ? `. ${extra}` : ''}.`,
    notes: 'Notater',
  },
  network: NETWORK_STRINGS_NB,
};

const nn: UiStrings = {
  ...nb,
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
    ...nb.cld,
    diagramLabel: (f, l, n) =>
      `Årsakssløyfediagram: ${plural(f, 'faktor', 'faktorar')}, ${plural(l, 'årsakslenkje', 'årsakslenkjer')}, ${plural(n, 'sløyfe', 'sløyfer')}`,
    keyboardHelp:
      'Piltastane flyttar til faktorar som er lenkja til den aktive. Enter vel og gjer faktoren aktiv. L går gjennom sløyfene faktoren er med i. / søkjer. Esc nullstiller.',
    laying: 'Teiknar diagrammet …',
    legend: 'Teiknforklaring',
    legendPositive: 'Aukar: meir gjev meir (heiltrekt linje, +)',
    legendNegative: 'Minkar: meir gjev mindre (stipla linje, −)',
    legendDelay: 'Med forseinking (‖)',
    legendReinforcing: 'Forsterkande sløyfe (R)',
    legendBalancing: 'Balanserande sløyfe (B)',
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
    search: 'Søk etter faktor',
    searchHint: 'Trykk / for å søkje',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    fit: 'Tilpass til visinga',
    exportSvg: 'Last ned SVG',
    textAlternative: 'Diagrammet som tekst',
    factorsHeading: 'Faktorar og lenkjer',
    affects: 'Påverkar',
    affectedBy: 'Vert påverka av',
    unresolved: (n) => `${plural(n, 'lenkje', 'lenkjer')} går bak ein annan faktor.`,
  },
  iceberg: {
    ...nb.iceberg,
    diagramLabel: (l, e, k) =>
      `Isfjell: ${plural(l, 'lag', 'lag')}, ${plural(e, 'element', 'element')}, ${plural(k, 'forklaring', 'forklaringar')} mellom laga`,
    keyboardHelp:
      'Opp og ned flyttar mellom laga, venstre og høgre innan eit lag. Enter vel og viser kjeda av forklaringar. Esc nullstiller.',
    shallow: 'Synleg: svak påverknad',
    deep: 'Djupt: sterk påverknad',
    depth: 'Djupn',
    legend: 'Teiknforklaring',
    explainsLegend: 'Forklarer (pil mot det som vert forklart)',
    emptyLayer: 'Ingen element i dette laget enno.',
    chipLabel: (kind, label, layer, links) => `${kind}: ${label}. Lag: ${layer}. ${plural(links, 'forklaring', 'forklaringar')}.`,
    explainedBy: 'Vert forklart av',
    aboveWater: 'over vasslina',
    belowWater: 'under vasslina',
    waterline: 'Vasslina',
  },
  horizons: {
    ...nb.horizons,
    diagramLabel: (n, a, b) => `Tre horisontar ${a}–${b}: ${plural(n, 'element', 'element')}`,
    roleDescription: 'tre horisontar',
    keyboardHelp:
      'Venstre og høgre flyttar langs ein horisont etter dato, opp og ned mellom horisontane. Enter viser detaljar. Esc nullstiller.',
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
  },
  network: NETWORK_STRINGS_NN,
};

const en: UiStrings = {
  loading: 'Loading the document …',
  problemsHeading: (e, w) => `The document has ${plural(e, 'error', 'errors')} and ${plural(w, 'warning', 'warnings')}`,
  problemsIntro: 'Everything valid is still shown. Fix these in the JSON document:',
  problemPlace: (pointer) => (pointer === '' ? 'the whole document' : `at ${pointer}`),
  severity: { error: 'Error', warning: 'Warning' },
  noDocument: 'No document is loaded.',
  elements: 'Elements',
  relations: 'Relations',
  sources: 'Sources',
  indicators: 'Indicators',
  updated: 'Updated',
  kinds: kindsIn('en'),
  relationTypes: {
    causes: 'affects',
    collaborates: 'works with',
    leads: 'leads',
    participates: 'takes part in',
    funds: 'funds',
    informs: 'informs',
    explains: 'explains',
  },
  perView: 'In the views',
  icebergCount: (placed, layers) => `Iceberg: ${plural(placed, 'element', 'elements')} in ${plural(layers, 'layer', 'layers')}`,
  horizonsCount: (h1, h2, h3) => `Three horizons: ${h1} on H1, ${h2} on H2, ${h3} on H3`,
  networkCount: (a, i, t) =>
    `Actor network: ${plural(a, 'actor', 'actors')}, ${plural(i, 'initiative', 'initiatives')}, ${plural(t, 'tie', 'ties')}`,
  loopsCount: (f, l, n) =>
    `Causal loops: ${plural(f, 'factor', 'factors')}, ${plural(l, 'causal link', 'causal links')}, ${plural(n, 'named loop', 'named loops')}`,
  latestValue: 'Latest value',
  target: 'target',
  cld: {
    diagramLabel: (f, l, n) =>
      `Causal loop diagram: ${plural(f, 'factor', 'factors')}, ${plural(l, 'causal link', 'causal links')}, ${plural(n, 'loop', 'loops')}`,
    roleDescription: 'causal loop diagram',
    keyboardHelp:
      'Arrow keys move to the factors linked to the active one. Enter selects and makes it active. L cycles the loops it belongs to. / searches. Esc clears.',
    laying: 'Drawing the diagram …',
    legend: 'Legend',
    legendPositive: 'Increases: more gives more (solid line, +)',
    legendNegative: 'Decreases: more gives less (dashed line, −)',
    legendDelay: 'With delay (‖)',
    legendReinforcing: 'Reinforcing loop (R)',
    legendBalancing: 'Balancing loop (B)',
    loopsHeading: (n) => `Loops (${n})`,
    loopsThrough: (f, n) => `Loops through ${f} (${n})`,
    showAllLoops: 'Show all loops',
    noLoops: 'No loops.',
    incomplete: (limit) => `Showing the first ${limit} loops; there are more.`,
    reinforcing: 'reinforcing',
    balancing: 'balancing',
    withDelay: 'with delay',
    linkSentence: (from, to, polarity, delay) =>
      `More ${midSentence(from)} ${polarity === '+' ? 'increases' : 'decreases'} ${midSentence(to)}${delay ? ', with delay' : ''}`,
    loopSentence: (title, path, polarity, delay) =>
      `${title}: ${path} (${polarity === 'R' ? 'reinforcing' : 'balancing'}${delay ? ', with delay' : ''})`,
    factorLabel: (label, out, into, loops) => `${label}: affects ${out}, affected by ${into}, in ${plural(loops, 'loop', 'loops')}`,
    search: 'Search for a factor',
    searchHint: 'Press / to search',
    matches: (n) => plural(n, 'match', 'matches'),
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to view',
    exportSvg: 'Download SVG',
    textAlternative: 'The diagram as text',
    factorsHeading: 'Factors and links',
    affects: 'Affects',
    affectedBy: 'Affected by',
    loopsHeadingPlain: 'Loops',
    unresolved: (n) => `${plural(n, 'link runs', 'links run')} behind another factor.`,
  },
  iceberg: {
    diagramLabel: (l, e, k) =>
      `Iceberg: ${plural(l, 'layer', 'layers')}, ${plural(e, 'element', 'elements')}, ${plural(k, 'explanation', 'explanations')} across layers`,
    roleDescription: 'iceberg',
    keyboardHelp:
      'Up and down move between layers, left and right within a layer. Enter selects and shows the chain of explanations. Esc clears.',
    waterline: 'Waterline',
    depth: 'Depth',
    shallow: 'Visible: weak leverage',
    deep: 'Deep: strong leverage',
    legend: 'Legend',
    explainsLegend: 'Explains (arrow toward what is explained)',
    emptyLayer: 'No elements in this layer yet.',
    chipLabel: (kind, label, layer, links) => `${kind}: ${label}. Layer: ${layer}. ${plural(links, 'explanation', 'explanations')}.`,
    explains: 'Explains',
    explainedBy: 'Explained by',
    textAlternative: 'The iceberg as text',
    aboveWater: 'above the waterline',
    belowWater: 'below the waterline',
  },
  horizons: {
    diagramLabel: (n, a, b) => `Three horizons ${a}–${b}: ${plural(n, 'element', 'elements')}`,
    roleDescription: 'three horizons',
    keyboardHelp: 'Left and right move along a horizon by date, up and down between horizons. Enter shows details. Esc clears.',
    names: { H1: 'H1 Today’s system', H2: 'H2 Innovation and transition', H3: 'H3 Desired future' },
    towardH3: 'H2+: moving toward H3',
    absorbedByH1: 'H2−: absorbed by H1',
    now: 'Now',
    prevalence: 'Prevalence',
    filters: 'Filters',
    kindsFilter: 'Kinds',
    horizonsFilter: 'Horizons',
    outOfRange: (n, a, b) =>
      `${plural(n, 'element lies', 'elements lie')} outside ${a}–${b} and ${n === 1 ? 'is' : 'are'} shown at the edge.`,
    before: 'before the axis',
    after: 'after the axis',
    undated: 'Undated',
    planned: 'planned',
    details: 'Details',
    period: (a, b) => (b ? `${a}–${b}` : `from ${a}`),
    textAlternative: 'The horizons as text',
    pointLabel: (kind, label, horizon, when, extra) => `${kind}: ${label}. ${horizon}, ${when}${extra ? `. ${extra}` : ''}.`,
    notes: 'Notes',
  },
  network: NETWORK_STRINGS_EN,
};

/** The built-in UI dictionary, one complete set of strings per UI language. */
export const UI_STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { nb, nn, en };
