// `@floke/core/network`: kept out of the main entry, since graphology's metric packages are CommonJS
// (bundlers handle them; a browser loading unbundled ESM needs the CommonJS plugin).
export * from './build-network.js';
export * from './network-metrics.js';
export * from './betweenness.js';
export * from './filter-network.js';
export * from './layout-network.js';
export * from './network-layout-types.js';
