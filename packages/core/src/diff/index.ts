// `@floke/core/diff`: what changed between two versions of a document, in data and in words. A separate entry: it
// reads the actor network, which the main entry leaves out.
export { diff, type DiffOptions } from './diff-documents.js';
export { diffSummary, type DiffSummary } from './diff-summary.js';
export { DIFF_WORDS, type DiffWords } from './diff-words.js';
export { DIFF_LOOP_LIMIT } from './loop-changes.js';
export { CHANGED_LOOP_SEARCH_STEPS } from './changed-loops.js';
export {
  PLACEMENT_FIELDS,
  type DocumentDiff,
  type VersionStamp,
  type FieldChange,
  type ElementRef,
  type ElementChange,
  type RelationRef,
  type RelationChange,
  type PolarityFlip,
  type PlacementField,
  type PlacementMove,
  type LoopRef,
  type LoopBreak,
  type BrokenLoop,
  type LoopChange,
  type LoopDiff,
  type TieRef,
  type NetworkDiff,
  type IndicatorRef,
  type IndicatorValue,
  type IndicatorValueChange,
  type IndicatorDiff,
} from './diff-types.js';
