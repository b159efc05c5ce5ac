export * from './types.js';
export * from './curves.js';
export * from './layout-horizons.js';
