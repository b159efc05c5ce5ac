import type { NetworkMarksInput } from '@floke/core';

/**
 * What every drawing of the network (canvas, and the SVG export through the core renderer) needs per node and tie, by
 * index into the layout: visibility under the filter, past ties and former nodes, sectors, initiatives, brokers and
 * band names.
 */
export type NetworkMarks = Omit<NetworkMarksInput, 'sectorFill' | 'symbolPath' | 'initiativePath'>;
