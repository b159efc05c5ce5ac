// The summary card's texts in English, a chunk of their own: loaded when a view speaks English.
import { plural } from '../base/string-helpers.js';
import type { SummaryCardStrings } from './summary-card-strings.js';

export const SUMMARY_CARD_STRINGS_EN: SummaryCardStrings = {
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
};
