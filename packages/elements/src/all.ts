/** Registers every Floke element. For the CDN bundle and quick starts; import single views to keep bundles small. */
import './summary.js';
import './indicator.js';
import './causal-loops.js';
import './iceberg.js';
import './horizons.js';
import './actor-network.js';
import './explorer.js';
import './story.js';

export * from './index.js';
