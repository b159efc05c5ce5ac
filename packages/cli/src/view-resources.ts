/**
 * What the views say and how they are styled, read from @floke/elements' own sources so the CLI's SVG carries the
 * same words and stylesheet as an element's `toSVG()` (neither is duplicated here). Both modules are DOM-free:
 * the strings are plain objects, and Lit's `css` only builds a string outside a browser.
 */
export { UI_STRINGS, type UiStrings } from '../../elements/src/base/strings.js';
export { icebergDiagramStyles } from '../../elements/src/iceberg/floke-iceberg.styles.js';
export { horizonsDiagramStyles } from '../../elements/src/horizons/floke-horizons.styles.js';
export { HorizonWords } from '../../elements/src/horizons/horizon-words.js';
export { diagramStyles as loopsDiagramStyles } from '../../elements/src/causal-loops/floke-causal-loops.styles.js';
export { LoopIndex } from '../../elements/src/causal-loops/loop-index.js';
export { LoopWords } from '../../elements/src/causal-loops/loop-words.js';
export { networkSvgStyles } from '../../elements/src/actor-network/floke-actor-network.styles.js';
export { NetworkIndex } from '../../elements/src/actor-network/network-index.js';
export { NetworkWords } from '../../elements/src/actor-network/network-words.js';
export { networkFilter, resolveAsOf } from '../../elements/src/actor-network/network-filters.js';
export { initiativePathData, symbolPathData } from '../../elements/src/actor-network/symbol-path.js';
