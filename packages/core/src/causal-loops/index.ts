// `@floke/core/causal-loops`: the causal graph of a document, its feedback loops, and the causal-loop diagram's layout.
export {
  causalGraphOf,
  factorDegrees,
  linkEvidence,
  type CausalGraph,
  type CausalLink,
  type FactorDegree,
  type LinkEvidence,
} from './causal-graph.js';
export {
  findLoops,
  forEachLoop,
  materializeLoop,
  countLoops,
  loopCodes,
  sortLoopsByCode,
  DEFAULT_LOOP_LIMIT,
  DEFAULT_LOOP_SEARCH_STEPS,
  type Loop,
  type LoopPolarity,
  type LoopEvidence,
  type TransientLoop,
  type FindLoopsOptions,
  type LoopSearchResult,
} from './find-loops.js';
export { loopTour, type LoopTourStep } from './loop-tour.js';
export { loopsThrough, loopsByFactor, sharedLoops, loopCountsByFactor, leverageRanking } from './loop-insight.js';
export {
  rankLoops,
  loopMemberName,
  loopRing,
  type RankLoopsOptions,
  type LoopMemberName,
  type LoopRing,
  type LoopRingOptions,
  type RingArc,
  type RingPoint,
} from './loop-ranking.js';
export { micmac, causalMatrix, type MicmacRole, type MicmacScore, type MicmacResult, type MicmacOptions } from './micmac.js';
export {
  whereToAct,
  outcomesOf,
  type OutcomeReason,
  type ActionItem,
  type OutcomeItem,
  type WhereToAct,
  type WhereToActOptions,
} from './where-to-act.js';
export { layoutCausalLoops, type CausalLoopLayoutInput, type CausalLoopLayoutOptions } from './layout-causal-loops.js';
export { CLD_METRICS, type CldLayout, type CldNode, type CldLink, type CldLoopMarker } from './types.js';
export { placeLoopMarker, placeExtraLoopMarker, loopMarkerObstacles, type LoopMarkerSurroundings } from './loop-markers.js';
export { capCausalGraph, CAUSAL_DIAGRAM_LIMITS, type CausalDiagramScope } from './cap-graph.js';
export { computeCausalLoopDiagram, type CausalLoopDiagramInput, type CausalLoopDiagram } from './compute-diagram.js';
export { causalLoopDiagramInput, type CausalLoopDiagramChoices } from './diagram-input.js';
export { loopsGhosts } from './loops-ghosts.js';
