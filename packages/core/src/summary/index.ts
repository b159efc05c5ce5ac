// `@floke/core/summary`: the counts `<floke-summary>` shows, and indicators with their trend.
export { summarizeDocument, type DocumentSummary } from './document-summary.js';
export {
  indicatorProgress,
  INDICATOR_TRENDS,
  type IndicatorProgress,
  type IndicatorPoint,
  type IndicatorTrend,
} from './indicator-progress.js';
export {
  layoutIndicatorChart,
  INDICATOR_CHART_SIZE,
  type IndicatorChartLayout,
  type IndicatorChartMark,
  type IndicatorChartOptions,
} from './indicator-chart.js';
export {
  summaryInsight,
  type SummaryInsight,
  type SummaryInsightOptions,
  type HeadlineFigure,
  type InsightLoop,
  type InsightLever,
} from './summary-insight.js';
export {
  elementProgress,
  progressMarks,
  combineTrends,
  PROGRESS_MARKS,
  type ElementProgress,
  type ProgressMark,
} from './element-progress.js';
