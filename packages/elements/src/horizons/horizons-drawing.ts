import { horizonsDrawing, type HorizonsLayout, type HorizonsSvgState, type NormalizedDocument, type ViewDrawing } from '@floke/core';
import type { CommonUiStrings } from '../base/strings.js';
import type { HorizonWords } from './horizon-words.js';

/**
 * The horizons' drawing for `toSVG()` and the CLI's `floke render`, from one place so both carry the same words:
 * DOM-free (the CLI runs it in Node).
 */
export function horizonsViewDrawing(
  model: NormalizedDocument,
  layout: HorizonsLayout,
  t: CommonUiStrings,
  words: HorizonWords,
  state: HorizonsSvgState,
): ViewDrawing {
  const elements = new Map(model.elements.map((e) => [e.id, e]));
  return horizonsDrawing(
    layout,
    {
      diagramLabel: t.horizons.diagramLabel,
      pointLabel: (p) => words.pointLabel(p, elements.get(p.id)!),
      now: t.horizons.now,
      prevalence: t.horizons.prevalence,
      formatYear: String,
    },
    state,
  );
}
