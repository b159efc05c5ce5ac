import type { NetworkMarksInput } from '@floke/core';
import type { NetworkVisibility } from '@floke/core/actor-network';
import type { NetworkIndex } from './network-index.js';

/**
 * What every drawing of the network (canvas, and the SVG export through the core renderer) needs per node and tie, by
 * index into the layout: visibility under the filter, past ties and former nodes, sectors, initiatives, brokers and
 * band names.
 */
export type NetworkMarks = Omit<NetworkMarksInput, 'sectorFill' | 'symbolPath' | 'initiativePath'>;

/** The marks of the network under a filter. DOM-free: the CLI's `floke render` builds them too. */
export function networkMarks(index: NetworkIndex, visibility: NetworkVisibility, bandNames: readonly string[]): NetworkMarks {
  return {
    visibleNodes: visibility.nodes,
    visibleTies: visibility.ties,
    historicTies: visibility.historic,
    formerNodes: visibility.former,
    sectorOf: index.sectorOf,
    isInitiative: index.isInitiative,
    isBroker: index.isBroker,
    bandNames,
  };
}
