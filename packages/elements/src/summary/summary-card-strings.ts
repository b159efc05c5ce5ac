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

/** The card's texts in Bokmål, the default; Nynorsk and English are chunks loaded when a view speaks them. */
export const SUMMARY_CARD_STRINGS_NB: SummaryCardStrings = {
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
};
