import {
  icebergDrawing,
  type IcebergChip,
  type IcebergLayout,
  type IcebergSvgState,
  type NormalizedDocument,
  type UiLanguage,
  type ViewDrawing,
} from '@floke/core';
import type { CommonUiStrings } from '../base/strings.js';
import { withProgressWord } from '../base/progress-words.js';
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
