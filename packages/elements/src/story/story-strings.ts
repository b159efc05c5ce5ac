import type { UiLanguage } from '@floke/core';

/** The story player's texts. */
export interface StoryStrings {
  /** The player's group name: "Fortelling: Prosjekttredemølla". */
  player: (title: string) => string;
  /** "Steg 2 av 10". */
  progress: (position: number, count: number) => string;
  /** Announced on each step: "Steg 2 av 10. …caption". */
  announcement: (position: number, count: number, caption: string) => string;
  previous: string;
  next: string;
  /** The link to the step shown. */
  stepLink: string;
  /** "Kilder (2)". */
  sources: (count: number) => string;
  keyboardHelp: string;
  noStories: string;
  /** The `story` attribute names no story of the document. */
  storyMissing: (id: string) => string;
  viewNames: Record<'overview' | 'iceberg' | 'horizons' | 'network' | 'loops', string>;
  /** "Visning: Sløyfer". */
  showing: (view: string) => string;
}

export const STORY_STRINGS: Readonly<Record<UiLanguage, StoryStrings>> = {
  nb: {
    player: (title) => `Fortelling: ${title}`,
    progress: (i, n) => `Steg ${i} av ${n}`,
    announcement: (i, n, caption) => `Steg ${i} av ${n}. ${caption}`,
    previous: 'Forrige steg',
    next: 'Neste steg',
    stepLink: 'Lenke til dette steget',
    sources: (n) => `Kilder (${n})`,
    keyboardHelp: 'I spilleren går piltastene eller PageUp og PageDown til forrige og neste steg, Home og End til første og siste.',
    noStories: 'Dokumentet har ingen fortellinger.',
    storyMissing: (id) => `Dokumentet har ingen fortelling med id «${id}».`,
    viewNames: { overview: 'Oversikt', iceberg: 'Isfjell', horizons: 'Horisonter', network: 'Nettverk', loops: 'Sløyfer' },
    showing: (view) => `Visning: ${view}`,
  },
  nn: {
    player: (title) => `Forteljing: ${title}`,
    progress: (i, n) => `Steg ${i} av ${n}`,
    announcement: (i, n, caption) => `Steg ${i} av ${n}. ${caption}`,
    previous: 'Førre steg',
    next: 'Neste steg',
    stepLink: 'Lenkje til dette steget',
    sources: (n) => `Kjelder (${n})`,
    keyboardHelp: 'I spelaren går piltastane eller PageUp og PageDown til førre og neste steg, Home og End til første og siste.',
    noStories: 'Dokumentet har ingen forteljingar.',
    storyMissing: (id) => `Dokumentet har inga forteljing med id «${id}».`,
    viewNames: { overview: 'Oversyn', iceberg: 'Isfjell', horizons: 'Horisontar', network: 'Nettverk', loops: 'Sløyfer' },
    showing: (view) => `Vising: ${view}`,
  },
  en: {
    player: (title) => `Story: ${title}`,
    progress: (i, n) => `Step ${i} of ${n}`,
    announcement: (i, n, caption) => `Step ${i} of ${n}. ${caption}`,
    previous: 'Previous step',
    next: 'Next step',
    stepLink: 'Link to this step',
    sources: (n) => `Sources (${n})`,
    keyboardHelp:
      'In the player, the arrow keys or PageUp and PageDown go to the previous and next step, Home and End to the first and last.',
    noStories: 'The document has no stories.',
    storyMissing: (id) => `The document has no story with the id “${id}”.`,
    viewNames: { overview: 'Overview', iceberg: 'Iceberg', horizons: 'Horizons', network: 'Network', loops: 'Loops' },
    showing: (view) => `View: ${view}`,
  },
};
