import type { ProgressMark, UiLanguage } from '@floke/core';

/** Texts of the progress badges: the word before a mark in an accessible name, and the legend. */
export interface ProgressStrings {
  /** Added to a mark's accessible name: "indikator: på vei mot målet". */
  readonly named: (markText: string) => string;
  /** The legend's lead-in and each mark's short name. */
  readonly legend: string;
  readonly marks: Readonly<Record<ProgressMark, string>>;
}

export const PROGRESS_STRINGS: Readonly<Record<UiLanguage, ProgressStrings>> = {
  nb: {
    named: (text) => `indikator: ${text}`,
    legend: 'Indikatorer',
    marks: {
      'toward-target': 'på vei mot målet',
      'wrong-way': 'går feil vei',
      unchanged: 'uendret',
      'too-few': 'for få målinger',
      'no-direction': 'ukjent retning',
      mixed: 'blandet',
    },
  },
  nn: {
    named: (text) => `indikator: ${text}`,
    legend: 'Indikatorar',
    marks: {
      'toward-target': 'på veg mot målet',
      'wrong-way': 'går feil veg',
      unchanged: 'uendra',
      'too-few': 'for få målingar',
      'no-direction': 'ukjend retning',
      mixed: 'blanda',
    },
  },
  en: {
    named: (text) => `indicator: ${text}`,
    legend: 'Indicators',
    marks: {
      'toward-target': 'heading for the target',
      'wrong-way': 'going the wrong way',
      unchanged: 'unchanged',
      'too-few': 'too few measurements',
      'no-direction': 'direction unknown',
      mixed: 'mixed',
    },
  },
};
