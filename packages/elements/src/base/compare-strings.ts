import type { UiLanguage } from '@floke/core';

/** Texts of compare mode: the "what changed" panel and the words that mark new and changed elements. */
export interface CompareStrings {
  /** Heading of the panel. */
  readonly heading: string;
  /** "Ny", "Endret": appended to an element's accessible name and shown in the legend. */
  readonly status: { readonly new: string; readonly changed: string; readonly gone: string };
  /** Summaries of the three lists: "Nye (3)". */
  readonly listNew: (count: number) => string;
  readonly listChanged: (count: number) => string;
  readonly listGone: (count: number) => string;
  /** Which fields changed: "endret: label, layer". */
  readonly fields: (names: string) => string;
  /** Legend line: what the badges mean (views that draw them). */
  readonly legend: string;
  /** Legend line of the network: its badges, ghosts of gone actors, and gained («+») and lost (dashed) ties. */
  readonly legendBadges: string;
  /** Legend line of views without badges: where the changes are told. */
  readonly legendWords: string;
  /** The earlier version has problems: "Den tidligere versjonen har 2 problemer". */
  readonly earlierProblems: (count: number) => string;
  /** Shown while the diff loads. */
  readonly comparing: string;
}

export const COMPARE_STRINGS: Readonly<Record<UiLanguage, CompareStrings>> = {
  nb: {
    heading: 'Hva er endret',
    status: { new: 'ny', changed: 'endret', gone: 'borte' },
    listNew: (n) => `Nye (${n})`,
    listChanged: (n) => `Endret (${n})`,
    listGone: (n) => `Borte (${n})`,
    fields: (names) => `endret: ${names}`,
    legend:
      'Sammenlignet med en tidligere versjon: «ny» er nytt, Δ er endret, og det som er borte, står stiplet og overstrøket med «borte»; alt står også i listen under tegningen.',
    legendBadges:
      'Sammenlignet med en tidligere versjon: «ny» er nytt, Δ er endret, og en aktør som er borte, står stiplet og overstrøket; + midt på et bånd er et nytt bånd, og et stiplet bånd er borte. Alt står også i listen under tegningen.',
    legendWords: 'Sammenlignet med en tidligere versjon: det som er nytt, endret og borte, står i listen under tegningen.',
    earlierProblems: (n) => `Den tidligere versjonen har ${n} ${n === 1 ? 'problem' : 'problemer'}; resten er sammenlignet.`,
    comparing: 'Sammenligner med den tidligere versjonen …',
  },
  nn: {
    heading: 'Kva er endra',
    status: { new: 'ny', changed: 'endra', gone: 'borte' },
    listNew: (n) => `Nye (${n})`,
    listChanged: (n) => `Endra (${n})`,
    listGone: (n) => `Borte (${n})`,
    fields: (names) => `endra: ${names}`,
    legend:
      'Samanlikna med ein tidlegare versjon: «ny» er nytt, Δ er endra, og det som er borte, står stipla og overstroke med «borte»; alt står også i lista under teikninga.',
    legendBadges:
      'Samanlikna med ein tidlegare versjon: «ny» er nytt, Δ er endra, og ein aktør som er borte, står stipla og overstroken; + midt på eit band er eit nytt band, og eit stipla band er borte. Alt står også i lista under teikninga.',
    legendWords: 'Samanlikna med ein tidlegare versjon: det som er nytt, endra og borte, står i lista under teikninga.',
    earlierProblems: (n) => `Den tidlegare versjonen har ${n} ${n === 1 ? 'problem' : 'problem'}; resten er samanlikna.`,
    comparing: 'Samanliknar med den tidlegare versjonen …',
  },
  en: {
    heading: 'What changed',
    status: { new: 'new', changed: 'changed', gone: 'gone' },
    listNew: (n) => `New (${n})`,
    listChanged: (n) => `Changed (${n})`,
    listGone: (n) => `Gone (${n})`,
    fields: (names) => `changed: ${names}`,
    legend:
      'Compared with an earlier version: “new” is new, Δ is changed, and what is gone is drawn dashed and struck through, marked “gone”; all is also listed below the drawing.',
    legendBadges:
      'Compared with an earlier version: “new” is new, Δ is changed, and a gone actor is drawn dashed and struck through; + in the middle of a tie marks a new tie, and a dashed tie is gone. All is also listed below the drawing.',
    legendWords: 'Compared with an earlier version: what is new, changed and gone is listed below the drawing.',
    earlierProblems: (n) => `The earlier version has ${n} ${n === 1 ? 'problem' : 'problems'}; the rest is compared.`,
    comparing: 'Comparing with the earlier version …',
  },
};

export { CHANGE_GLYPHS } from './change-glyphs.js';
