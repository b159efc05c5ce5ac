import type { RelationType, UiLanguage } from '@floke/core';
import type { ExplorerView } from './explorer-views.js';

/** The explorer's own texts: tabs, regions, the detail panel and its keyboard help. */
export interface ExplorerStrings {
  views: Record<ExplorerView, string>;
  /** Accessible name of the tab list. */
  tabs: string;
  /** Accessible name of the detail panel. */
  details: string;
  /** The detail panel with nothing selected. */
  nothingSelected: string;
  showIn: string;
  clearSelection: string;
  description: string;
  relations: string;
  sources: string;
  notes: string;
  indicators: string;
  /** "{from} påvirker {to}": the verb between two labels, by relation type. */
  verbs: Record<RelationType | 'addresses', string>;
  polarity: Record<'+' | '-', string>;
  /** The intended effect of an `addresses` relation. */
  direction: Record<'increase' | 'decrease', string>;
  /** The loops the selection's initiatives touch. */
  loops: string;
  keyboardHelp: string;
  /** Announced when the view changes. */
  showing: (view: string) => string;
}

const nb: ExplorerStrings = {
  views: { overview: 'Oversikt', iceberg: 'Isfjell', horizons: 'Horisonter', network: 'Nettverk', loops: 'Sløyfer' },
  tabs: 'Visninger',
  details: 'Detaljer',
  nothingSelected: 'Velg noe i en visning for å se detaljer om det her.',
  showIn: 'Vis i',
  clearSelection: 'Fjern valget',
  description: 'Beskrivelse',
  relations: 'Sammenhenger',
  sources: 'Kilder',
  notes: 'Notater',
  indicators: 'Indikatorer',
  verbs: {
    causes: 'påvirker',
    collaborates: 'samarbeider med',
    leads: 'leder',
    participates: 'deltar i',
    funds: 'finansierer',
    informs: 'informerer',
    explains: 'forklarer',
    addresses: 'arbeider med',
  },
  polarity: { '+': '+, mer gir mer', '-': '−, mer gir mindre' },
  direction: { increase: 'for å øke', decrease: 'for å redusere' },
  loops: 'Sløyfer',
  keyboardHelp: 'F6 og Shift+F6 flytter mellom fanene, visningen og detaljene. I fanene bytter piltastene visning. Esc fjerner valget.',
  showing: (view) => `Viser ${view.toLowerCase()}`,
};

const nn: ExplorerStrings = {
  ...nb,
  nothingSelected: 'Vel noko i ei vising for å sjå detaljar om det her.',
  tabs: 'Visingar',
  clearSelection: 'Fjern valet',
  relations: 'Samanhengar',
  sources: 'Kjelder',
  notes: 'Notat',
  verbs: {
    ...nb.verbs,
    causes: 'påverkar',
    collaborates: 'samarbeider med',
    participates: 'deltek i',
    explains: 'forklarer',
    addresses: 'arbeider med',
  },
  polarity: { '+': '+, meir gir meir', '-': '−, meir gir mindre' },
  direction: { increase: 'for å auke', decrease: 'for å redusere' },
  keyboardHelp: 'F6 og Shift+F6 flyttar mellom fanene, visinga og detaljane. I fanene byter piltastane vising. Esc fjernar valet.',
  showing: (view) => `Viser ${view.toLowerCase()}`,
};

const en: ExplorerStrings = {
  views: { overview: 'Overview', iceberg: 'Iceberg', horizons: 'Horizons', network: 'Network', loops: 'Loops' },
  tabs: 'Views',
  details: 'Details',
  nothingSelected: 'Select something in a view to see its details here.',
  showIn: 'Show in',
  clearSelection: 'Clear selection',
  description: 'Description',
  relations: 'Relations',
  sources: 'Sources',
  notes: 'Notes',
  indicators: 'Indicators',
  verbs: {
    causes: 'affects',
    collaborates: 'collaborates with',
    leads: 'leads',
    participates: 'takes part in',
    funds: 'funds',
    informs: 'informs',
    explains: 'explains',
    addresses: 'works on',
  },
  polarity: { '+': '+, more leads to more', '-': '−, more leads to less' },
  direction: { increase: 'to increase it', decrease: 'to decrease it' },
  loops: 'Loops',
  keyboardHelp:
    'F6 and Shift+F6 move between the tabs, the view and the details. In the tabs, the arrow keys switch views. Esc clears the selection.',
  showing: (view) => `Showing ${view.toLowerCase()}`,
};

export const EXPLORER_STRINGS: Readonly<Record<UiLanguage, ExplorerStrings>> = { nb, nn, en };
