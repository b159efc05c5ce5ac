// `@floke/core/network`: the actor network's analysis and layout, a separate entry so pages without the network
// view do not load it.
export * from './build-network.js';
export * from './network-metrics.js';
export * from './betweenness.js';
export * from './filter-network.js';
export * from './layout-network.js';
export * from './network-layout-types.js';
export * from './compute-network-view.js';
export * from './louvain.js';
