// `@floke/core/summary`: the counts `<floke-summary>` shows.
export { summarizeDocument, type DocumentSummary } from './document-summary.js';
export {
  indicatorProgress,
  INDICATOR_TRENDS,
  type IndicatorProgress,
  type IndicatorPoint,
  type IndicatorTrend,
} from './indicator-progress.js';
