// `@floke/core/horizons`: the three horizons' curves and layout.
export { layoutHorizons, type HorizonsLayoutOptions } from './layout-horizons.js';
export { HORIZONS_METRICS, LABELLED_KINDS, type CurveName, type HorizonsLayout, type HorizonPlacement } from './types.js';
export { DEFAULT_CURVES, monotoneCurve, type HorizonCurve } from './curves.js';
export { segmentHitsBox } from './place-labels.js';
export { yearAtX, xAtYear, nearestMonth, shiftDate, curveYAt, spotAt, spotOf, HORIZON_BAND, type HorizonSpot } from './horizon-time.js';
export { horizonsGhosts } from './horizons-ghosts.js';
