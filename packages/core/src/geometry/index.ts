// Plain geometry the views share. Only what a drawing needs is public; the layouts' helpers (box overlap, curve
// sampling, the seeded generator, collision forces) are imported from their files inside core.
export { arrowHead, type Point, type Box, type QuadraticCurve } from './geometry.js';
export { PLAIN_TEXT_STYLE, spacedTextWidth, styledType, type TextStyle, type TextWidth } from './text-measure.js';
export { neighbourToward, NEIGHBOUR_MAX_ANGLE, type ArrowKey } from './neighbour-toward.js';
export { minOf, maxOf } from './extremes.js';
