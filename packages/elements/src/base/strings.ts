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
};

/** The built-in UI dictionary, one complete set of strings per UI language. */
export const UI_STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { nb, nn, en };
