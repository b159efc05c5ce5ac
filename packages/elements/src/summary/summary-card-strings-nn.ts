// The summary card's texts in Nynorsk, a chunk of their own: loaded when a view speaks Nynorsk.
import { plural } from '../base/string-helpers.js';
import type { SummaryCardStrings } from './summary-card-strings.js';

export const SUMMARY_CARD_STRINGS_NN: SummaryCardStrings = {
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
};
