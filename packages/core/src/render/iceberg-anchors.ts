// Where the iceberg's badges go, apart from iceberg-svg.ts: the live view places its badges with it at first paint,
// while the rest of the SVG writer is export code (a lazy chunk); bundlers place a module whole, so one shared helper
// would keep the whole writer eager.
import type { IcebergLayout } from '../iceberg/types.js';
import type { MarkAnchor } from './compare-marks.js';

/** Where a chip carries its badges: change at the top-left corner, progress at the bottom-right one. */
export const icebergMarkAnchors = (layout: IcebergLayout): MarkAnchor[] =>
  layout.chips.map((c) => ({
    id: c.id,
    change: { x: c.x - c.width / 2, y: c.y - c.height / 2 },
    progress: { x: c.x + c.width / 2, y: c.y + c.height / 2 },
  }));
