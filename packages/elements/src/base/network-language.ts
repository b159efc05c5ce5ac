import type { UiLanguage } from '@floke/core';
import { lazyChunk, type LazyChunk } from './lazy-chunk.js';
import { NETWORK_STRINGS_NB, type NetworkStrings } from './network-strings.js';

/** The network's texts: Bokmål with the element, Nynorsk and English loaded when a view speaks them. */
const OTHER_LANGUAGES: Readonly<Record<Exclude<UiLanguage, 'nb'>, LazyChunk<NetworkStrings>>> = {
  nn: lazyChunk(() => import('./network-strings-nn.js').then((module) => module.NETWORK_STRINGS_NN)),
  en: lazyChunk(() => import('./network-strings-en.js').then((module) => module.NETWORK_STRINGS_EN)),
};

export function networkStringsChunk(lang: UiLanguage): LazyChunk<NetworkStrings> | undefined {
  return lang === 'nb' ? undefined : OTHER_LANGUAGES[lang];
}

export function networkStrings(lang: UiLanguage): NetworkStrings | undefined {
  return lang === 'nb' ? NETWORK_STRINGS_NB : OTHER_LANGUAGES[lang].loaded;
}
