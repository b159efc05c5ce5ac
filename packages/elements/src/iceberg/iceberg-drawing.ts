import {
  explainsChain,
  icebergDrawing,
  type IcebergChip,
  type IcebergLayout,
  type IcebergSvgState,
  type NormalizedDocument,
  type UiLanguage,
  type ViewDrawing,
} from '@floke/core';
import { joinDrawnLines } from '../base/export-image.js';
import type { CommonUiStrings } from '../base/strings.js';
import { explainsOf } from './explains.js';
import { withProgressWord } from '../base/progress-words.js';

/**
 * The iceberg's drawing for `toSVG()` and the CLI's `floke render`, from one place so both carry the same words:
 * DOM-free (the CLI runs it in Node).
 */

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

/** The iceberg as its element draws it in the given state. */
export function icebergViewDrawing(
  model: NormalizedDocument,
  layout: IcebergLayout,
  t: CommonUiStrings,
  state: IcebergSvgState & { chipLabel?: (chip: IcebergChip) => string; lang?: UiLanguage },
): ViewDrawing {
  return icebergDrawing(
    layout,
    {
      waterline: t.iceberg.waterline,
      diagramLabel: t.iceberg.diagramLabel,
      // The view's own names when it gives them (with "ny", "endret" and progress words); the CLI's plain ones else.
      chipLabel:
        state.chipLabel ??
        ((chip) =>
          state.lang ? withProgressWord(model, chip.id, state.lang, icebergChipLabel(model, t, chip)) : icebergChipLabel(model, t, chip)),
    },
    state,
  );
}
