import type { UiLanguage } from '@floke/core';
import { lazyChunk, type LazyChunk } from './lazy-chunk.js';
import { UI_STRINGS_NB } from './strings-nb.js';
import type { CommonUiStrings } from './strings.js';

/**
 * Bokmål, the default, comes with the element; Nynorsk and English are chunks of their own, loaded when a view first
 * speaks them (FlokeElement waits for them before it renders, so no text is ever missing or in the wrong language).
 */
const OTHER_LANGUAGES: Readonly<Record<Exclude<UiLanguage, 'nb'>, LazyChunk<CommonUiStrings>>> = {
  nn: lazyChunk(() => import('./strings-nn.js').then((module) => module.UI_STRINGS_NN)),
  en: lazyChunk(() => import('./strings-en.js').then((module) => module.UI_STRINGS_EN)),
};

/** The chunk holding the shared texts in `lang` (none for Bokmål, which is always there). */
export function commonStringsChunk(lang: UiLanguage): LazyChunk<CommonUiStrings> | undefined {
  return lang === 'nb' ? undefined : OTHER_LANGUAGES[lang];
}

/** The texts every view shares in `lang`, once loaded (the network's are added by the views that draw it). */
export function commonStrings(lang: UiLanguage): CommonUiStrings | undefined {
  return lang === 'nb' ? UI_STRINGS_NB : OTHER_LANGUAGES[lang].loaded;
}
