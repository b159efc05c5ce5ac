// Where the horizons' badges and selection badge go, apart from horizons-svg.ts: the live view places them with these
// at first paint, while the rest of the SVG writer is export code (a lazy chunk); bundlers place a module whole, so
// shared helpers would keep the whole writer eager.
import { HORIZONS_METRICS, type HorizonPlacement, type HorizonsLayout } from '../horizons/types.js';
import { MARK_BADGE_RADIUS, type MarkAnchor, type MarksState } from './compare-marks.js';
import { placeClear, type CentredBox } from '../geometry/place-clear.js';

/**
 * Where a marker carries its badges: its change badge left of it, its progress badge below its right (the shift
 * arrow has the upper right), each nudged a few px where a neighbour, a label or another badge is; left out where
 * markers crowd so that no place near is free (its name, the text alternative and the panel still say it).
 */
export function horizonsMarkAnchors(layout: HorizonsLayout, visible: readonly HorizonPlacement[], state: MarksState): MarkAnchor[] {
  const r = HORIZONS_METRICS.markerRadius;
  const taken: CentredBox[] = [
    ...visible.map((e) => ({ x: e.mark.x, y: e.mark.y, width: 2 * r + 2, height: 2 * r + 2 })),
    ...visible.filter((e) => e.labelled).map((e) => e.labelBox),
    ...Object.values(layout.curveLabels).map((name) => name.box),
  ];
  const near = (x: number, y: number, width: number) => {
    const box = placeClear({ x, y, width, height: 2 * MARK_BADGE_RADIUS }, taken, BOUNDLESS, { gap: 1, step: 2, maxDistance: 8 });
    if (box) taken.push(box);
    return box && { x: box.x, y: box.y };
  };
  const pill = Math.max(2 * MARK_BADGE_RADIUS, (state.newWord ?? '').length * 8 + 10);
  return visible.map((e) => {
    const status = state.change?.(e.id);
    const width = status === 'new' ? pill : 2 * MARK_BADGE_RADIUS;
    return {
      id: e.id,
      change: status ? near(e.mark.x - r - width / 2 - 2, e.mark.y, width) : undefined,
      progress: state.progress?.has(e.id) ? near(e.mark.x + r + MARK_BADGE_RADIUS + 4, e.mark.y + 6, 2 * MARK_BADGE_RADIUS + 4) : undefined,
    };
  });
}

const BOUNDLESS = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/** Where the selection badge goes: a marker's upper left, a ghost's upper right (its "borte" pill has the left). */
export function horizonsSelectionAt(
  selected: HorizonPlacement | undefined,
  ghost: { x: number; y: number; width: number; height: number } | undefined,
): { x: number; y: number } | undefined {
  const r = HORIZONS_METRICS.markerRadius;
  if (selected) return { x: selected.mark.x - r, y: selected.mark.y - r };
  return ghost && { x: ghost.x + ghost.width / 2 + 2, y: ghost.y - ghost.height / 2 - 2 };
}
