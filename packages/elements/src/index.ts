export { FlokeElement } from './base/floke-element.js';
export { define } from './base/define.js';
export { UI_STRINGS, type UiStrings } from './base/strings.js';
export { loadDocument, DEFAULT_MAX_BYTES, type LoadResult } from './base/load-document.js';
export { themeStyles } from './base/theme.js';
export type * from './base/events.js';
export { FlokeSummary } from './summary/floke-summary.js';
export { FlokeCausalLoops, CLD_ARRANGEMENTS, type CldArrangement } from './causal-loops/floke-causal-loops.js';
export { FlokeIceberg, ICEBERG_NARROW_WIDTH } from './iceberg/floke-iceberg.js';
