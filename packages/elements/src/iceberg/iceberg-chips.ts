import { explainsChain, type IcebergChip, type NormalizedDocument } from '@floke/core';
import { joinDrawnLines } from '../base/drawn-lines.js';
import type { CommonUiStrings } from '../base/strings.js';
import { explainsOf } from './explains.js';

// What the live iceberg and its export both say about chips (the export's drawing is a chunk of its own).

/** A chip's accessible name: kind, label, layer and how many `explains` links it has. */
export function icebergChipLabel(model: NormalizedDocument, t: CommonUiStrings, chip: IcebergChip): string {
  const links = explainsOf(model, chip.id);
  const layer = model.views.iceberg.layers.find((l) => l.id === chip.layer)?.label ?? chip.layer;
  const kind = t.kinds[chip.kind as keyof CommonUiStrings['kinds']] ?? chip.kind;
  return t.iceberg.chipLabel(kind, joinDrawnLines(chip.lines), layer, links.explains.length + links.explainedBy.length);
}

/** Everything a chip explains or is explained by, transitively, with their links: the chain its view shows. */
export function icebergChainOf(model: NormalizedDocument, id: string): { chips: Set<string>; links: Set<string> } {
  const { elements, relations } = explainsChain(model, id);
  return { chips: elements, links: relations };
}
