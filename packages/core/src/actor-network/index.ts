// `@floke/core/actor-network`: the actor network's analysis and layout, a separate entry so pages without the network
// view do not load it.
export {
  buildActorNetwork,
  elementSpan,
  NETWORK_MODES,
  type ActorNetwork,
  type NetworkMode,
  type NetworkNode,
  type NetworkTie,
} from './build-network.js';
export {
  networkMetrics,
  EXACT_BETWEENNESS_LIMIT,
  BETWEENNESS_PIVOTS,
  type NetworkMetrics,
  type NetworkMetricsOptions,
  type NodeMetrics,
} from './network-metrics.js';
export { filterNetwork, type NetworkFilter, type NetworkVisibility } from './filter-network.js';
export { spanStatus, networkTimeStatus, networkAt, networkYears, type NetworkSpan, type TieSpan, type TimeStatus } from './network-time.js';
export { layoutActorNetwork, type NetworkLayoutOptions, type NetworkPositionHint } from './layout-network.js';
export { positionHints } from './position-hints.js';
export { layoutStructure, type LayoutStructure } from './layout-structure.js';
export {
  networkOverview,
  type NetworkOverview,
  type NetworkOverviewOptions,
  type OverviewNode,
  type OverviewGroupNode,
  type OverviewMemberNode,
  type OverviewTie,
} from './network-overview.js';
export { OVERVIEW_THRESHOLD, OVERVIEW_GROUPINGS, type OverviewGrouping } from './overview-groupings.js';
export {
  NETWORK_NODE_METRICS,
  type NetworkLayout,
  type NetworkNodeLayout,
  type NetworkBandLayout,
  type NetworkTieLayout,
  type NetworkCommunityLayout,
} from './network-layout-types.js';
export {
  networkLabelBox,
  networkLabelText,
  networkLabelScale,
  unclutteredLabels,
  selectionBadgeBox,
  type ScreenBox,
  type LabelledNode,
  type NetworkLabelText,
} from './label-geometry.js';
export { visibleExtent, occupiedBands } from './visible-extent.js';
export { networkCompareMarks, type NetworkCompareMarks, type NetworkGhost, type TieEnds } from './network-ghosts.js';
export { labelPriority } from './label-priority.js';
export { oneLineLabel, shortLabel } from './short-label.js';
export { topBrokers, type TopBroker } from './top-brokers.js';
export { computeActorNetworkView, type ActorNetworkViewInput, type ActorNetworkView } from './compute-network-view.js';
export {
  compactGraph,
  betweennessCentrality,
  louvain,
  modularity,
  type CompactGraph,
  type BetweennessOptions,
  type WeightedEdge,
  type LouvainOptions,
  type LouvainResult,
} from '../graph/index.js';
