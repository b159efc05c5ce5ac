import type { ElementKind } from '../document/vocabulary.js';
import type { CentredBox } from '../geometry/place-clear.js';
import { placeGhosts, type Ghost } from '../render/compare-marks.js';
import { ICEBERG_METRICS, type IcebergLayout } from './types.js';

/**
 * Compare mode's ghosts in the iceberg: each gone element's chip where the earlier version's layout had it, moved
 * only as far as needed to clear the drawn chips (and their badges) and the layers' names, inside its layer's band
 * when that layer is still drawn (out to the names' column, where a crowded layer has room). The drawn layout is not touched, so unchanged chips keep their places. Pure.
 */
export function icebergGhosts(earlier: IcebergLayout, later: IcebergLayout, gone: readonly string[]): readonly Ghost[] {
  const goneSet = new Set(gone);
  const ghosts: Ghost[] = earlier.chips
    .filter((c) => goneSet.has(c.id))
    .map((c) => ({
      id: c.id,
      kind: c.kind as ElementKind,
      lines: c.lines,
      x: c.x,
      y: c.y,
      width: c.width,
      height: c.height,
      fontSize: earlier.type.fontSize,
      lineHeight: earlier.type.lineHeight,
    }));
  const m = ICEBERG_METRICS;
  const type = later.type;
  // Room for the badges at the chips' corners counts as taken too: a «ny» pill reaches 13 px out, the others 9 px.
  const obstacles: CentredBox[] = later.chips.map((c) => ({ x: c.x, y: c.y, width: c.width + 30, height: c.height + 20 }));
  // The layers' names and descriptions in the left-hand column: a ghost may sit below them, never on them.
  for (const band of later.bands) {
    const height = 10 + band.labelLines.length * type.labelLineHeight + band.descriptionLines.length * type.descriptionLineHeight;
    obstacles.push({ x: m.margin + m.labelColumn / 2, y: band.top + height / 2, width: m.labelColumn, height });
  }
  for (const band of later.bands)
    if (band.emptyLines.length)
      obstacles.push({ x: later.centerX, y: band.top + 30, width: later.regionRight - later.regionLeft, height: 40 });
  if (later.waterline) obstacles.push({ x: later.regionLeft + 100, y: later.waterline.y - 10, width: 200, height: 24 });
  const layerOf = new Map(earlier.chips.map((c) => [c.id, c.layer]));
  return placeGhosts(ghosts, obstacles, (ghost) => {
    const band = later.bands.find((b) => b.id === layerOf.get(ghost.id));
    return {
      left: m.margin,
      right: later.regionRight,
      top: band ? band.top + 4 : 0,
      bottom: band ? band.bottom - 4 : later.height,
    };
  });
}
