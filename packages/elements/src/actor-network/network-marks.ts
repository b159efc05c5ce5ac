import type { SectorColorKey } from '@floke/core';

/** What every drawing of the network (canvas, SVG export) needs per node and tie, by index into the layout. */
export interface NetworkMarks {
  /** Shown under the current filter. */
  readonly visibleNodes: readonly boolean[];
  readonly visibleTies: readonly boolean[];
  /** Ties that are history as of the date shown: drawn thinner and fainter. */
  readonly historicTies: readonly boolean[];
  /** Former actors and finished initiatives: struck through (actors also hollow). */
  readonly formerNodes: readonly boolean[];
  readonly sectorOf: readonly SectorColorKey[];
  readonly isInitiative: readonly boolean[];
  readonly isBroker: readonly boolean[];
  /** Band names, drawn at the left. */
  readonly bandNames: readonly string[];
}
