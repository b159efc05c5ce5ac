import type { ElementKind } from '../document/vocabulary.js';
import type { CentredBox } from '../geometry/place-clear.js';
import { placeGhosts, type Ghost } from '../render/compare-marks.js';
import { HORIZONS_METRICS, type HorizonsLayout } from './types.js';

/**
 * Compare mode's ghosts on the horizons: each gone element's name in a dashed box centred where its marker was in
 * the earlier version's layout, moved only as far as needed to clear the drawn markers, labels and curve names. The
 * drawn layout is not touched, so unchanged markers keep their places. Pure.
 */
export function horizonsGhosts(earlier: HorizonsLayout, later: HorizonsLayout, gone: readonly string[]): readonly Ghost[] {
  const goneSet = new Set(gone);
  const m = HORIZONS_METRICS;
  const ghosts: Ghost[] = earlier.elements
    .filter((e) => goneSet.has(e.id))
    .map((e) => ({
      id: e.id,
      kind: e.kind as ElementKind,
      lines: e.lines,
      x: e.mark.x,
      y: e.mark.y,
      width: e.labelBox.width,
      height: e.labelBox.height,
      fontSize: earlier.fontSize,
      lineHeight: earlier.lineHeight,
    }));
  // A marker with its badges (change, progress, selection, shift arrow) around it.
  const marker = 2 * m.markerRadius + 22;
  const obstacles: CentredBox[] = [
    ...later.elements.map((e) => ({ x: e.mark.x, y: e.mark.y, width: marker, height: marker })),
    ...later.elements.filter((e) => e.labelled).map((e) => e.labelBox),
    ...Object.values(later.curveLabels).map((name) => name.box),
  ];
  if (later.now) obstacles.push({ x: later.now.x, y: later.plot.top - 14, width: 120, height: 20 });
  const { plot } = later;
  return placeGhosts(ghosts, obstacles, () => ({ left: plot.left + 2, right: plot.right, top: plot.top, bottom: plot.bottom - 2 }));
}
