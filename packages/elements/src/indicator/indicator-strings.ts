import type { UiLanguage } from '@floke/core';

/** The texts of `<floke-indicator>` in one language. */
export interface IndicatorStrings {
  latest: string;
  target: string;
  notMeasured: string;
  source: string;
  measured: string;
  showNumbers: string;
  date: string;
  value: string;
  kind: string;
  notFound: (id: string) => string;
  noIndicators: string;
  loading: string;
  chartLabel: (label: string) => string;
}

export const INDICATOR_STRINGS: Readonly<Record<UiLanguage, IndicatorStrings>> = {
  nb: {
    latest: 'Siste måling',
    target: 'Mål',
    notMeasured: 'Ikke målt ennå',
    source: 'Kilde',
    measured: 'Måling',
    showNumbers: 'Vis tallene',
    date: 'Tid',
    value: 'Verdi',
    kind: 'Type',
    notFound: (id) => `Fant ikke indikatoren «${id}» i dokumentet.`,
    noIndicators: 'Dokumentet har ingen indikatorer.',
    loading: 'Laster tallene …',
    chartLabel: (label) => `Utvikling over tid: ${label}`,
  },
  nn: {
    latest: 'Siste måling',
    target: 'Mål',
    notMeasured: 'Ikkje målt enno',
    source: 'Kjelde',
    measured: 'Måling',
    showNumbers: 'Vis tala',
    date: 'Tid',
    value: 'Verdi',
    kind: 'Type',
    notFound: (id) => `Fann ikkje indikatoren «${id}» i dokumentet.`,
    noIndicators: 'Dokumentet har ingen indikatorar.',
    loading: 'Lastar tala …',
    chartLabel: (label) => `Utvikling over tid: ${label}`,
  },
  en: {
    latest: 'Latest measurement',
    target: 'Target',
    notMeasured: 'Not measured yet',
    source: 'Source',
    measured: 'Measurement',
    showNumbers: 'Show the numbers',
    date: 'When',
    value: 'Value',
    kind: 'Kind',
    notFound: (id) => `No indicator “${id}” in the document.`,
    noIndicators: 'The document has no indicators.',
    loading: 'Loading the figures …',
    chartLabel: (label) => `Over time: ${label}`,
  },
};
