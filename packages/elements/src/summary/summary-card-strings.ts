import type { UiLanguage } from '@floke/core';
import { plural } from '../base/string-helpers.js';

/** The texts of the insight card in `<floke-summary>`, in one language. */
export interface SummaryCardStrings {
  headlines: string;
  latest: string;
  target: (when: string) => string;
  loops: string;
  /** "13 sløyfer i alt" (or "minst 2000" when the search stopped). */
  loopTotal: (count: number, complete: boolean) => string;
  polarity: { R: string; B: string };
  whereToAct: string;
  inLoops: (codes: readonly string[]) => string;
  brokers: string;
  brokersIntro: string;
  inTheDocument: string;
  showIn: (view: string) => string;
  views: { iceberg: string; horizons: string; network: string; loops: string };
}

export const SUMMARY_CARD_STRINGS: Readonly<Record<UiLanguage, SummaryCardStrings>> = {
  nb: {
    headlines: 'Nøkkeltall',
    latest: 'Siste måling',
    target: (when) => `Mål ${when}`,
    loops: 'Sløyfene å lese først',
    loopTotal: (n, complete) => (complete ? `${plural(n, 'sløyfe', 'sløyfer')} i alt` : `minst ${n} sløyfer`),
    polarity: { R: 'forsterkende', B: 'balanserende' },
    whereToAct: 'Hvor kan vi handle?',
    inLoops: (codes) => (codes.length ? `i ${codes.join(', ')}` : 'i ingen sløyfe'),
    brokers: 'Brobyggere i nettverket',
    brokersIntro: 'Aktørene som binder ellers adskilte deler av nettverket sammen.',
    inTheDocument: 'I dokumentet',
    showIn: (view) => `Vis i ${view}`,
    views: { iceberg: 'isfjellet', horizons: 'horisontene', network: 'nettverket', loops: 'sløyfene' },
  },
  nn: {
    headlines: 'Nøkkeltal',
    latest: 'Siste måling',
    target: (when) => `Mål ${when}`,
    loops: 'Sløyfene å lese først',
    loopTotal: (n, complete) => (complete ? `${plural(n, 'sløyfe', 'sløyfer')} i alt` : `minst ${n} sløyfer`),
    polarity: { R: 'forsterkande', B: 'balanserande' },
    whereToAct: 'Kvar kan vi handle?',
    inLoops: (codes) => (codes.length ? `i ${codes.join(', ')}` : 'i inga sløyfe'),
    brokers: 'Brubyggjarar i nettverket',
    brokersIntro: 'Aktørane som bind elles skilde delar av nettverket saman.',
    inTheDocument: 'I dokumentet',
    showIn: (view) => `Vis i ${view}`,
    views: { iceberg: 'isfjellet', horizons: 'horisontane', network: 'nettverket', loops: 'sløyfene' },
  },
  en: {
    headlines: 'Key figures',
    latest: 'Latest measurement',
    target: (when) => `Target ${when}`,
    loops: 'Loops to read first',
    loopTotal: (n, complete) => (complete ? `${plural(n, 'loop', 'loops')} in all` : `at least ${n} loops`),
    polarity: { R: 'reinforcing', B: 'balancing' },
    whereToAct: 'Where can we act?',
    inLoops: (codes) => (codes.length ? `in ${codes.join(', ')}` : 'in no loop'),
    brokers: 'Brokers in the network',
    brokersIntro: 'The actors that tie otherwise separate parts of the network together.',
    inTheDocument: 'In the document',
    showIn: (view) => `Show in the ${view}`,
    views: { iceberg: 'iceberg', horizons: 'horizons', network: 'network', loops: 'loops' },
  },
};
