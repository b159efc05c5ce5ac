// `@floke/core/iceberg`: the systems iceberg's layout and its chains of `explains` relations.
export { layoutIceberg, type IcebergLayoutOptions } from './layout-iceberg.js';
export { ICEBERG_METRICS, type IcebergLayout, type IcebergBand, type IcebergChip, type IcebergLink } from './types.js';
export { explainsChain, type ExplainsChain } from './explains-chain.js';
