/**
 * What the views say, how they are styled and how their state becomes a drawing, read from @floke/elements' own
 * sources so the CLI's SVG is the one an element's `toSVG()` writes (nothing is duplicated here). These modules are
 * DOM-free: the strings are plain objects, Lit's `css` only builds a string outside a browser, and the `*-drawing`
 * modules call the core renderer.
 */
export { UI_STRINGS, type UiStrings } from '../../elements/src/base/strings.js';
export { icebergDiagramStyles } from '../../elements/src/iceberg/floke-iceberg.styles.js';
export { icebergChainOf, icebergViewDrawing } from '../../elements/src/iceberg/iceberg-drawing.js';
export { horizonsDiagramStyles } from '../../elements/src/horizons/floke-horizons.styles.js';
export { HorizonWords } from '../../elements/src/horizons/horizon-words.js';
export { horizonsViewDrawing } from '../../elements/src/horizons/horizons-drawing.js';
export { diagramStyles as loopsDiagramStyles } from '../../elements/src/causal-loops/floke-causal-loops.styles.js';
export { LoopIndex } from '../../elements/src/causal-loops/loop-index.js';
export { LoopWords } from '../../elements/src/causal-loops/loop-words.js';
export { loopsViewDrawing } from '../../elements/src/causal-loops/loops-drawing.js';
export { networkSvgStyles } from '../../elements/src/actor-network/floke-actor-network.styles.js';
export { NetworkIndex } from '../../elements/src/actor-network/network-index.js';
export { NetworkWords } from '../../elements/src/actor-network/network-words.js';
export { networkFilter, resolveAsOf } from '../../elements/src/actor-network/network-filters.js';
export { networkViewDrawing } from '../../elements/src/actor-network/network-drawing.js';
export { marksStyles } from '../../elements/src/base/marks.styles.js';
export { changeBadgeStyles } from '../../elements/src/base/view-frame.styles.js';
export { progressOf, withProgressWord } from '../../elements/src/base/progress-words.js';
