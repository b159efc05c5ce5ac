import type { UiLanguage } from '@floke/core';
import { plural } from '../base/string-helpers.js';

/** Texts of the causal-loop workshop beyond the shared ones: notes on links, note counts, drawing a link by dragging. */
export interface LoopWorkshopStrings {
  /** Label of the choice of what a note is about: the factor or one of its links. */
  noteOn: string;
  /** "2 notater", in a mark's accessible name and beside a link in the panel. */
  notes: (count: number) => string;
  /** Said when a link is dragged from a factor. */
  dragFrom: (label: string) => string;
  /** The pointer paths, added to the keyboard help. */
  dragHelp: string;
}

export const LOOP_WORKSHOP_STRINGS: Readonly<Record<UiLanguage, LoopWorkshopStrings>> = {
  nb: {
    noteOn: 'Notat om',
    notes: (n) => plural(n, 'notat', 'notater'),
    dragFrom: (l) => `Lenke fra «${l}»: slipp på faktoren den påvirker.`,
    dragHelp: 'Dra fra håndtaket på den valgte faktoren, eller Shift+dra fra en faktor, for å lage en lenke.',
  },
  nn: {
    noteOn: 'Notat om',
    notes: (n) => plural(n, 'notat', 'notat'),
    dragFrom: (l) => `Lenkje frå «${l}»: slepp på faktoren ho påverkar.`,
    dragHelp: 'Dra frå handtaket på den valde faktoren, eller Shift+dra frå ein faktor, for å lage ei lenkje.',
  },
  en: {
    noteOn: 'Note on',
    notes: (n) => plural(n, 'note', 'notes'),
    dragFrom: (l) => `Link from “${l}”: release on the factor it affects.`,
    dragHelp: 'Drag from the handle of the selected factor, or Shift+drag from a factor, to draw a link.',
  },
};
