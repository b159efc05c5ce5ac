/** DOM-free renderers: a view's layout → the SVG its element exports, colours resolved, text in the given language. */
export { tag, escapeText, escapeAttribute, r1, type Attributes } from './svg-markup.js';
export { rgbOf, themeVariables, resolveCss, DEFAULT_EXPORT_FONT } from './theme-css.js';
export { standaloneSvg, type ExportTheme, type ViewDrawing } from './standalone-svg.js';
export { KIND_GLYPHS } from './kind-glyphs.js';
export { icebergDrawing, type IcebergSvgTexts, type IcebergSvgState } from './iceberg-svg.js';
export { icebergMarkAnchors } from './iceberg-anchors.js';
export { explainsLinePath, explainsArrowPath } from './iceberg-paths.js';
export { horizonsDrawing, type HorizonsSvgTexts, type HorizonsSvgState } from './horizons-svg.js';
export { horizonsMarkAnchors, horizonsSelectionAt } from './horizons-anchors.js';
export { MARKER_SHAPES, SHIFT_ARROWS, polylinePath } from './horizons-marks.js';
export { loopsDrawing, type LoopsSvgTexts, type LoopsSvgState, type LoopsFocus } from './loops-svg.js';
export { loopsMarkAnchors } from './loops-anchors.js';
export { cldCurvePath, cldCurveMidpoint, cldArrowPath, cldMarkerTurn } from './loops-paths.js';
export { networkDrawing, type NetworkMarksInput, type NetworkSvgState } from './network-svg.js';
export { networkCompareMarkup, type NetworkCompareSvgInput } from './network-compare-svg.js';
export {
  changeBadgeMarkup,
  progressBadgeMarkup,
  ghostMarkup,
  ghostLine,
  ghostsMarkup,
  marksOverlayMarkup,
  changeClass,
  placeGhosts,
  MARK_BADGE_RADIUS,
  CHANGED_GLYPH,
  PROGRESS_GLYPHS,
  type ChangeMark,
  type Ghost,
  type MarkAnchor,
  type MarksState,
} from './compare-marks.js';
