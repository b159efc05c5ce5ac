import { icebergDrawing, type IcebergLayout, type IcebergSvgState, type NormalizedDocument, type ViewDrawing } from '@floke/core';
import type { CommonUiStrings } from '../base/strings.js';
import { icebergChainOf, icebergChipLabel } from './iceberg-chips.js';

export { icebergChainOf, icebergChipLabel };

/**
 * The iceberg's drawing for `toSVG()` and the CLI's `floke render`, from one place so both carry the same words:
 * DOM-free (the CLI runs it in Node).
 */

/** The iceberg as its element draws it in the given state. */
export function icebergViewDrawing(
  model: NormalizedDocument,
  layout: IcebergLayout,
  t: CommonUiStrings,
  state: IcebergSvgState,
): ViewDrawing {
  return icebergDrawing(
    layout,
    {
      waterline: t.iceberg.waterline,
      diagramLabel: t.iceberg.diagramLabel,
      chipLabel: (chip) => icebergChipLabel(model, t, chip),
    },
    state,
  );
}
