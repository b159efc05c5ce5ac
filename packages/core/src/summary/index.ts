// `@floke/core/summary`: the counts `<floke-summary>` shows.
export { summarizeDocument, type DocumentSummary } from './document-summary.js';
