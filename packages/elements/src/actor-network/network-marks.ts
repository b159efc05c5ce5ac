import type { SectorColorKey } from '@floke/core';

/** What every drawing of the network (canvas, SVG export) needs per node and tie, by index into the layout. */
export interface NetworkMarks {
  /** Shown under the current filter. */
  readonly visibleNodes: readonly boolean[];
  readonly visibleTies: readonly boolean[];
  readonly sectorOf: readonly SectorColorKey[];
  readonly isInitiative: readonly boolean[];
  readonly isBroker: readonly boolean[];
  /** Band names, drawn at the left. */
  readonly bandNames: readonly string[];
}
