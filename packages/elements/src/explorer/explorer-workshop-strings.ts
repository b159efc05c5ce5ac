import type { UiLanguage } from '@floke/core';
import { plural } from '../base/string-helpers.js';

/** Texts of the explorer's workshop mode (`editable`): its toolbar's counts and its keys. */
export interface ExplorerWorkshopStrings {
  /** Accessible name of the workshop toolbar. */
  toolbar: string;
  /** "4 faktorer · 9 lenker · 2 sløyfer · 2 aktører"; `capped` when loop finding stopped at its limit. */
  counts: (counts: { factors: number; links: number; loops: number; capped: boolean; actors: number }) => string;
  /** Added to the keyboard help. */
  keys: string;
}

export const EXPLORER_WORKSHOP_STRINGS: Readonly<Record<UiLanguage, ExplorerWorkshopStrings>> = {
  nb: {
    toolbar: 'Verksted: hele kartet',
    counts: (c) =>
      `${plural(c.factors, 'faktor', 'faktorer')} · ${plural(c.links, 'lenke', 'lenker')} · ${
        c.capped ? `over ${c.loops} sløyfer` : plural(c.loops, 'sløyfe', 'sløyfer')
      } · ${plural(c.actors, 'aktør', 'aktører')}`,
    keys: 'Verksted: endringer i én visning gjelder alle; Ctrl+Z angrer og Ctrl+Shift+Z gjør om, uansett visning.',
  },
  nn: {
    toolbar: 'Verkstad: heile kartet',
    counts: (c) =>
      `${plural(c.factors, 'faktor', 'faktorar')} · ${plural(c.links, 'lenkje', 'lenkjer')} · ${
        c.capped ? `over ${c.loops} sløyfer` : plural(c.loops, 'sløyfe', 'sløyfer')
      } · ${plural(c.actors, 'aktør', 'aktørar')}`,
    keys: 'Verkstad: endringar i éi visning gjeld alle; Ctrl+Z angrar og Ctrl+Shift+Z gjer om, same kva visning.',
  },
  en: {
    toolbar: 'Workshop: the whole map',
    counts: (c) =>
      `${plural(c.factors, 'factor', 'factors')} · ${plural(c.links, 'link', 'links')} · ${
        c.capped ? `over ${c.loops} loops` : plural(c.loops, 'loop', 'loops')
      } · ${plural(c.actors, 'actor', 'actors')}`,
    keys: 'Workshop: a change in one view holds in all; Ctrl+Z undoes and Ctrl+Shift+Z redoes, whichever view is shown.',
  },
};
