export * from './types.js';
export * from './layout-causal-loops.js';
export { placeLoopMarker } from './loop-markers.js';
export * from './compute-diagram.js';
