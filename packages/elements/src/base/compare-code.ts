// Compare mode's code: core's diff, the "what changed" panel and its texts, a chunk of its own loaded with the first
// comparison (see CompareController), so views that never compare do not carry it.
export { diff, diffSummary } from '@floke/core/diff';
export { renderChangesPanel } from './changes-panel.js';
export { COMPARE_STRINGS } from './compare-strings.js';
