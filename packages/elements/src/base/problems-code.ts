// How a view shows a document's problems (the calm line or the full list), a chunk of its own: loaded with a raw
// document (beside the normalizer, which finds them) or when problems are there, never by a page without any.
export { renderCalmProblems } from './calm-problems.js';
export { renderProblemSummary } from './problem-summary.js';
