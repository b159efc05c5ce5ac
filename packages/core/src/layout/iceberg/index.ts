export * from './types.js';
export * from './layout-iceberg.js';
export { routeExplains } from './route-explains.js';
