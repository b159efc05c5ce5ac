import type { UiLanguage } from '@floke/core';
import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import { SUMMARY_CARD_STRINGS_NB, type SummaryCardStrings } from './summary-card-strings.js';

/** The card's texts: Bokmål with the element, Nynorsk and English loaded when a view speaks them. */
const OTHER_LANGUAGES: Readonly<Record<Exclude<UiLanguage, 'nb'>, LazyChunk<SummaryCardStrings>>> = {
  nn: lazyChunk(() => import('./summary-card-strings-nn.js').then((module) => module.SUMMARY_CARD_STRINGS_NN)),
  en: lazyChunk(() => import('./summary-card-strings-en.js').then((module) => module.SUMMARY_CARD_STRINGS_EN)),
};

export function summaryCardStringsChunk(lang: UiLanguage): LazyChunk<SummaryCardStrings> | undefined {
  return lang === 'nb' ? undefined : OTHER_LANGUAGES[lang];
}

/** The card's texts in `lang`; Bokmål while that language's chunk is loading (renders wait for it). */
export function summaryCardStrings(lang: UiLanguage): SummaryCardStrings {
  return lang === 'nb' ? SUMMARY_CARD_STRINGS_NB : (OTHER_LANGUAGES[lang].loaded ?? SUMMARY_CARD_STRINGS_NB);
}
