import type { DrawingScope, UiLanguage } from '@floke/core';
import { intlLocales } from './intl-locales.js';
import type { PreparingProgress } from './model-client.js';

/** Texts about a large document: preparing it off the main thread, cancelling that, and how much of it is drawn. */
export interface LargeDocumentStrings {
  /** The progress line while a large document is prepared. */
  preparing: (progress: PreparingProgress) => string;
  /** The button that stops preparing. */
  cancel: string;
  /** What the view says after the reader cancelled. */
  cancelled: string;
  /** The button that prepares the document after all. */
  retry: string;
  /** "Showing the 2,000 strongest of 250,000 relations and 500 of 100,000 elements." */
  scope: (scope: DrawingScope) => string;
}

const count = (lang: UiLanguage) => {
  const format = new Intl.NumberFormat(intlLocales(lang));
  return (n: number) => format.format(n);
};

const nb = count('nb');
const nn = count('nn');
const en = count('en');

/** "2 000 of 250 000": how far a phase has come, or nothing while the Worker normalizes (it cannot say). */
const share = (progress: PreparingProgress, n: (x: number) => string, of: string) =>
  progress.total > 0 && progress.phase !== 'normalizing' ? ` ${n(progress.done)} ${of} ${n(progress.total)}` : '';

export const LARGE_DOCUMENT_STRINGS: Record<UiLanguage, LargeDocumentStrings> = {
  nb: {
    preparing: (p) =>
      `Klargjør et stort dokument (${nb(p.elements)} elementer): ` +
      (p.phase === 'sending'
        ? `sender${share(p, nb, 'av')} elementer og relasjoner …`
        : p.phase === 'normalizing'
          ? 'kontrollerer og ordner dokumentet …'
          : `tar imot${share(p, nb, 'av')} merknader …`),
    cancel: 'Avbryt',
    cancelled: 'Klargjøringen ble avbrutt, og dokumentet vises ikke.',
    retry: 'Prøv igjen',
    scope: ({ elements, relations }) =>
      relations.shown < relations.total
        ? `Viser de ${nb(relations.shown)} sterkeste av ${nb(relations.total)} relasjonene` +
          (elements.shown < elements.total ? ` og ${nb(elements.shown)} av ${nb(elements.total)} elementene.` : '.')
        : `Viser ${nb(elements.shown)} av ${nb(elements.total)} elementer: de som har flest relasjoner.`,
  },
  nn: {
    preparing: (p) =>
      `Førebur eit stort dokument (${nn(p.elements)} element): ` +
      (p.phase === 'sending'
        ? `sender${share(p, nn, 'av')} element og relasjonar …`
        : p.phase === 'normalizing'
          ? 'kontrollerer og ordnar dokumentet …'
          : `tek imot${share(p, nn, 'av')} merknader …`),
    cancel: 'Avbryt',
    cancelled: 'Førebuinga vart avbroten, og dokumentet blir ikkje vist.',
    retry: 'Prøv igjen',
    scope: ({ elements, relations }) =>
      relations.shown < relations.total
        ? `Viser dei ${nn(relations.shown)} sterkaste av ${nn(relations.total)} relasjonane` +
          (elements.shown < elements.total ? ` og ${nn(elements.shown)} av ${nn(elements.total)} elementa.` : '.')
        : `Viser ${nn(elements.shown)} av ${nn(elements.total)} element: dei som har flest relasjonar.`,
  },
  en: {
    preparing: (p) =>
      `Preparing a large document (${en(p.elements)} elements): ` +
      (p.phase === 'sending'
        ? `sending${share(p, en, 'of')} elements and relations …`
        : p.phase === 'normalizing'
          ? 'checking and ordering the document …'
          : `receiving${share(p, en, 'of')} notes …`),
    cancel: 'Cancel',
    cancelled: 'Preparing was cancelled, and the document is not shown.',
    retry: 'Try again',
    scope: ({ elements, relations }) =>
      relations.shown < relations.total
        ? `Showing the ${en(relations.shown)} strongest of ${en(relations.total)} relations` +
          (elements.shown < elements.total ? ` and ${en(elements.shown)} of ${en(elements.total)} elements.` : '.')
        : `Showing ${en(elements.shown)} of ${en(elements.total)} elements: those with the most relations.`,
  },
};
