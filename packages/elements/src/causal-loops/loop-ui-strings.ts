import type { UiLanguage } from '@floke/core';
import { plural } from '../base/string-helpers.js';

/** Texts of the loop stepper, the loop panel's pages and the R/B legend (kept apart from the shared dictionary). */
export interface LoopUiStrings {
  /** Name of the stepper's group. */
  stepper: string;
  previousLoop: string;
  nextLoop: string;
  /** "1 av 10: R1 Tillitssirkelen". */
  stepPosition: (position: number, count: number, title: string) => string;
  /** Before the first step: "10 sløyfer, de viktigste først". */
  stepStart: (count: number) => string;
  /** Announced on each step: "Sløyfe 1 av 10. R1 …". */
  stepAnnouncement: (position: number, count: number, sentence: string) => string;
  /** Added to the keyboard help. */
  stepKeys: string;
  /** "Sløyfe 11–20 av 2000". */
  pageStatus: (from: number, to: number, count: number) => string;
  previousPage: string;
  nextPage: string;
  /** A long loop's name: the first members, then "… (+4)". */
  moreMembers: (count: number) => string;
  /** Legend: the hue repeats the letter. */
  legendHue: string;
  /** A loop card's tour button, and its accessible name: "Gå gjennom R3 Prosjekttredemølla steg for steg". */
  tourStart: string;
  tourStartLabel: (title: string) => string;
  /** The tour bar's name: "Sløyfetur: R3 Prosjekttredemølla". */
  tourGroup: (title: string) => string;
  /** "Steg 2 av 5: Mer kortsiktige prosjekter øker prosjektdød, med forsinkelse". */
  tourPosition: (position: number, count: number, sentence: string) => string;
  tourPrevious: string;
  tourNext: string;
  tourEnd: string;
  /** Announced when the tour ends. */
  tourEnded: string;
  /** Added to the keyboard help. */
  tourKeys: string;
}

export const LOOP_UI_STRINGS: Readonly<Record<UiLanguage, LoopUiStrings>> = {
  nb: {
    stepper: 'Gå gjennom sløyfene',
    previousLoop: 'Forrige sløyfe',
    nextLoop: 'Neste sløyfe',
    stepPosition: (i, n, title) => `${i} av ${n}: ${title}`,
    stepStart: (n) => `${plural(n, 'sløyfe', 'sløyfer')}, de viktigste først`,
    stepAnnouncement: (i, n, sentence) => `Sløyfe ${i} av ${n}. ${sentence}`,
    stepKeys: 'N går til neste sløyfe, Shift+N til forrige.',
    pageStatus: (from, to, n) => `Sløyfe ${from}–${to} av ${n}`,
    previousPage: 'Forrige side',
    nextPage: 'Neste side',
    moreMembers: (n) => `… (+${n})`,
    legendHue: 'Bokstaven sier hva slags sløyfe det er; fargen gjentar den.',
    tourStart: 'Steg for steg',
    tourStartLabel: (title) => `Gå gjennom ${title} steg for steg`,
    tourGroup: (title) => `Sløyfetur: ${title}`,
    tourPosition: (i, n, sentence) => `Steg ${i} av ${n}: ${sentence}`,
    tourPrevious: 'Forrige ledd',
    tourNext: 'Neste ledd',
    tourEnd: 'Avslutt turen',
    tourEnded: 'Sløyfeturen er avsluttet.',
    tourKeys: 'L og så Enter går gjennom sløyfen steg for steg; piltastene går fra ledd til ledd, Esc avslutter.',
  },
  nn: {
    stepper: 'Gå gjennom sløyfene',
    previousLoop: 'Førre sløyfe',
    nextLoop: 'Neste sløyfe',
    stepPosition: (i, n, title) => `${i} av ${n}: ${title}`,
    stepStart: (n) => `${plural(n, 'sløyfe', 'sløyfer')}, dei viktigaste først`,
    stepAnnouncement: (i, n, sentence) => `Sløyfe ${i} av ${n}. ${sentence}`,
    stepKeys: 'N går til neste sløyfe, Shift+N til førre.',
    pageStatus: (from, to, n) => `Sløyfe ${from}–${to} av ${n}`,
    previousPage: 'Førre side',
    nextPage: 'Neste side',
    moreMembers: (n) => `… (+${n})`,
    legendHue: 'Bokstaven seier kva slags sløyfe det er; fargen gjentek han.',
    tourStart: 'Steg for steg',
    tourStartLabel: (title) => `Gå gjennom ${title} steg for steg`,
    tourGroup: (title) => `Sløyfetur: ${title}`,
    tourPosition: (i, n, sentence) => `Steg ${i} av ${n}: ${sentence}`,
    tourPrevious: 'Førre ledd',
    tourNext: 'Neste ledd',
    tourEnd: 'Avslutt turen',
    tourEnded: 'Sløyfeturen er avslutta.',
    tourKeys: 'L og så Enter går gjennom sløyfa steg for steg; piltastane går frå ledd til ledd, Esc avsluttar.',
  },
  en: {
    stepper: 'Step through the loops',
    previousLoop: 'Previous loop',
    nextLoop: 'Next loop',
    stepPosition: (i, n, title) => `${i} of ${n}: ${title}`,
    stepStart: (n) => `${plural(n, 'loop', 'loops')}, most important first`,
    stepAnnouncement: (i, n, sentence) => `Loop ${i} of ${n}. ${sentence}`,
    stepKeys: 'N goes to the next loop, Shift+N to the previous one.',
    pageStatus: (from, to, n) => `Loops ${from}–${to} of ${n}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    moreMembers: (n) => `… (+${n})`,
    legendHue: 'The letter says which kind of loop it is; the colour repeats it.',
    tourStart: 'Step by step',
    tourStartLabel: (title) => `Go through ${title} step by step`,
    tourGroup: (title) => `Loop tour: ${title}`,
    tourPosition: (i, n, sentence) => `Step ${i} of ${n}: ${sentence}`,
    tourPrevious: 'Previous link',
    tourNext: 'Next link',
    tourEnd: 'End the tour',
    tourEnded: 'The loop tour has ended.',
    tourKeys: 'L then Enter goes through the loop step by step; arrow keys go from link to link, Esc ends the tour.',
  },
};
