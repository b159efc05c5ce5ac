// `@floke/core/iceberg`: the systems iceberg's layout and its chains of `explains` relations.
export { layoutIceberg, ICEBERG_TEXTS_EN, type IcebergLayoutOptions, type IcebergTexts } from './layout-iceberg.js';
export {
  ICEBERG_METRICS,
  type IcebergLayout,
  type IcebergBand,
  type IcebergChip,
  type IcebergLink,
  type IcebergDepthScale,
  type IcebergType,
} from './types.js';
export { explainsChain, type ExplainsChain } from './explains-chain.js';
export { icebergGhosts } from './iceberg-ghosts.js';
