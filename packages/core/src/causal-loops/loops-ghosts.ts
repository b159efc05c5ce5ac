import type { NormalizedDocument } from '../document/normalized-types.js';
import { maxOf } from '../geometry/extremes.js';
import type { CentredBox } from '../geometry/place-clear.js';
import { approximateTextWidth, wrapText, type TextWidth } from '../geometry/text-measure.js';
import { placeGhosts, type Ghost } from '../render/compare-marks.js';
import { CLD_METRICS, type CldLayout } from './types.js';

/**
 * Compare mode's ghosts in the causal-loop diagram. The diagram is laid out anew for each version (a force layout
 * seeded by the factors present), so the earlier version's coordinates mean nothing in the drawn one; a gone factor
 * is instead drawn where it sat among its causal neighbours: at the centre of those still drawn (or at the drawing's
 * lower edge when none is), moved only as far as needed to clear the drawn factors. The drawn layout is not touched,
 * so unchanged factors keep their places. Pure.
 */
export function loopsGhosts(
  earlier: NormalizedDocument,
  later: CldLayout,
  gone: readonly string[],
  measure: TextWidth = approximateTextWidth,
): readonly Ghost[] {
  const m = CLD_METRICS;
  const drawn = new Map(later.nodes.map((n) => [n.id, n]));
  const goneSet = new Set(gone);
  const ghosts: Ghost[] = [];
  for (const element of earlier.elements) {
    if (!goneSet.has(element.id) || element.kind !== 'factor') continue;
    const neighbours = earlier.relations
      .filter((r) => r.type === 'causes' && (r.from === element.id || r.to === element.id))
      .map((r) => drawn.get(r.from === element.id ? r.to : r.from))
      .filter((n) => n !== undefined);
    const lines = wrapText(element.label, m.maxLabelWidth, later.fontSize, measure);
    const width = maxOf(lines.map((line) => measure(line, later.fontSize))) + 2 * m.paddingX;
    const height = lines.length * later.lineHeight + 2 * m.paddingY;
    const x = neighbours.length ? neighbours.reduce((sum, n) => sum + n.x, 0) / neighbours.length : later.width / 2;
    const y = neighbours.length ? neighbours.reduce((sum, n) => sum + n.y, 0) / neighbours.length : later.height - height / 2;
    ghosts.push({ id: element.id, kind: element.kind, lines, x, y, width, height, fontSize: later.fontSize, lineHeight: later.lineHeight });
  }
  // A factor with room for its badges at the corners (change, progress, selection).
  const obstacles: CentredBox[] = later.nodes.map((n) => ({ x: n.x, y: n.y, width: n.width + 30, height: n.height + 20 }));
  // The links' signs and "?" marks are text too.
  const glyph = 2 * m.glyphRadius + 2;
  for (const link of later.links) {
    obstacles.push({ ...link.glyph, width: glyph, height: glyph });
    if (link.evidenceMark) obstacles.push({ ...link.evidenceMark, width: glyph, height: glyph });
  }
  for (const marker of later.markers)
    obstacles.push({ x: marker.x, y: marker.y, width: 2 * marker.radius + 8, height: 2 * marker.radius + 8 });
  return placeGhosts(ghosts, obstacles, () => ({ left: 0, top: 0, right: later.width, bottom: later.height }));
}
