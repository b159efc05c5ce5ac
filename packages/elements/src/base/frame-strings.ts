import type { ElementKind, UiLanguage } from '@floke/core';

/** The views a frame belongs to: each has its own "how to read" line. */
export type FramedView = 'iceberg' | 'horizons' | 'loops' | 'network';

/** Texts of the frame every drawing view shares: toolbar, "how to read", sources and date. Same words in every view. */
export interface FrameStrings {
  /** Accessible name of the toolbar. */
  toolbar: string;
  search: string;
  searchHint: string;
  matches: (count: number) => string;
  /** Announced when Enter or Space selects or clears a mark: "Los-ordning: valgt". */
  selectionChanged: (label: string, selected: boolean) => string;
  filters: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  download: string;
  /** One line that tells a first-time reader how to read the view. */
  howToRead: Record<FramedView, string>;
  /** "Kilder: NORCE, SSB og 3 til". */
  sources: (publishers: readonly string[], more: number) => string;
  /** "Oppdatert 4. mars 2026". */
  updated: (date: string) => string;
  /** The layout threw: says so, with the reason. */
  layoutFailed: (reason: string) => string;
  /** "Viser 3 satsinger og 1 aktør knyttet til «Frafall»": what the view marks as related to a selection made elsewhere. */
  related: (counts: readonly (readonly [ElementKind, number])[], label: string) => string;
  /** The element selected elsewhere is not in this view, and nothing here relates to it. */
  relatedNone: (label: string) => string;
}

type KindNames = Record<ElementKind, readonly [one: string, many: string]>;

const counted = (counts: readonly (readonly [ElementKind, number])[], names: KindNames, and: string) =>
  listed(
    counts.map(([kind, n]) => `${n} ${names[kind][n === 1 ? 0 : 1]}`),
    0,
    and,
    () => '',
  );

const NB_KINDS: KindNames = {
  actor: ['aktør', 'aktører'],
  initiative: ['satsing', 'satsinger'],
  factor: ['faktor', 'faktorer'],
  goal: ['mål', 'mål'],
  insight: ['innsikt', 'innsikter'],
};
const NN_KINDS: KindNames = {
  actor: ['aktør', 'aktørar'],
  initiative: ['satsing', 'satsingar'],
  factor: ['faktor', 'faktorar'],
  goal: ['mål', 'mål'],
  insight: ['innsikt', 'innsikter'],
};
const EN_KINDS: KindNames = {
  actor: ['actor', 'actors'],
  initiative: ['initiative', 'initiatives'],
  factor: ['factor', 'factors'],
  goal: ['goal', 'goals'],
  insight: ['insight', 'insights'],
};

const listed = (items: readonly string[], more: number, and: string, others: (n: number) => string) =>
  more > 0
    ? `${items.join(', ')} ${and} ${others(more)}`
    : items.length > 1
      ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
      : items.join('');

const nb: FrameStrings = {
  toolbar: 'Verktøy',
  search: 'Søk',
  searchHint: 'Trykk / for å søke',
  matches: (n) => `${n} treff`,
  selectionChanged: (label, selected) => `${label}: ${selected ? 'valgt' : 'ikke lenger valgt'}`,
  filters: 'Filtre',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  fit: 'Vis alt',
  download: 'Last ned SVG',
  howToRead: {
    iceberg:
      'Les ovenfra og ned: det vi ser over vannlinjen, og mønstrene, strukturene og tankesettene under som forklarer det. Jo dypere, jo større kraft til endring.',
    horizons:
      'H1 er dagens system, som svekkes. H3 er framtiden vi vil ha, som vokser fram. H2 er innovasjonene som bærer overgangen. Hvert punkt står på sin kurve der det hører hjemme i tid.',
    loops:
      'Pilene viser hva som påvirker hva: + betyr at mer gir mer, − at mer gir mindre. En R-sløyfe forsterker seg selv, en B-sløyfe holder igjen.',
    network: 'Hvert merke er en aktør, i bånd etter nivå. Streker er samarbeid, tykkere jo flere felles satsinger. Dobbel ring: en megler.',
  },
  sources: (publishers, more) => `Kilder: ${listed(publishers, more, 'og', (n) => `${n} til`)}`,
  updated: (date) => `Oppdatert ${date}`,
  layoutFailed: (reason) => `Visningen kunne ikke tegnes: ${reason}`,
  related: (counts, label) => `Viser ${counted(counts, NB_KINDS, 'og')} knyttet til «${label}» (prikket ramme).`,
  relatedNone: (label) => `«${label}» finnes ikke i denne visningen, og ingenting her er knyttet til det.`,
};

const nn: FrameStrings = {
  toolbar: 'Verktøy',
  search: 'Søk',
  searchHint: 'Trykk / for å søkje',
  matches: (n) => `${n} treff`,
  selectionChanged: (label, selected) => `${label}: ${selected ? 'valt' : 'ikkje lenger valt'}`,
  filters: 'Filter',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  fit: 'Vis alt',
  download: 'Last ned SVG',
  howToRead: {
    iceberg:
      'Les ovanfrå og ned: det vi ser over vasslinja, og mønstera, strukturane og tankesetta under som forklarer det. Di djupare, di større kraft til endring.',
    horizons:
      'H1 er dagens system, som vert svekt. H3 er framtida vi vil ha, som veks fram. H2 er innovasjonane som ber overgangen. Kvart punkt står på kurva si der det høyrer heime i tid.',
    loops:
      'Pilene viser kva som påverkar kva: + tyder at meir gir meir, − at meir gir mindre. Ei R-sløyfe forsterkar seg sjølv, ei B-sløyfe held att.',
    network:
      'Kvart merke er ein aktør, i band etter nivå. Strekar er samarbeid, tjukkare di fleire felles satsingar. Dobbel ring: ein meklar.',
  },
  sources: (publishers, more) => `Kjelder: ${listed(publishers, more, 'og', (n) => `${n} til`)}`,
  updated: (date) => `Oppdatert ${date}`,
  layoutFailed: (reason) => `Visinga kunne ikkje teiknast: ${reason}`,
  related: (counts, label) => `Viser ${counted(counts, NN_KINDS, 'og')} knytte til «${label}» (prikka ramme).`,
  relatedNone: (label) => `«${label}» finst ikkje i denne visinga, og ingenting her er knytt til det.`,
};

const en: FrameStrings = {
  toolbar: 'Tools',
  search: 'Search',
  searchHint: 'Press / to search',
  matches: (n) => `${n} ${n === 1 ? 'match' : 'matches'}`,
  selectionChanged: (label, selected) => `${label}: ${selected ? 'selected' : 'no longer selected'}`,
  filters: 'Filters',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  download: 'Download SVG',
  howToRead: {
    iceberg:
      'Read from the top down: what we see above the waterline, and the patterns, structures and mindsets beneath that explain it. The deeper, the more leverage.',
    horizons:
      'H1 is today’s system, fading. H3 is the future we want, emerging. H2 holds the innovations that carry the transition. Each point sits on its curve where it belongs in time.',
    loops:
      'Arrows show what drives what: + means more leads to more, − that more leads to less. An R loop reinforces itself, a B loop holds back.',
    network:
      'Each mark is an actor, in bands by level. Lines are collaboration, thicker the more initiatives shared. Double ring: a broker.',
  },
  sources: (publishers, more) => `Sources: ${listed(publishers, more, 'and', (n) => `${n} more`)}`,
  updated: (date) => `Updated ${date}`,
  layoutFailed: (reason) => `The view could not be drawn: ${reason}`,
  related: (counts, label) => `Showing ${counted(counts, EN_KINDS, 'and')} linked to “${label}” (dotted outline).`,
  relatedNone: (label) => `“${label}” is not in this view, and nothing here is linked to it.`,
};

export const FRAME_STRINGS: Readonly<Record<UiLanguage, FrameStrings>> = { nb, nn, en };
