import {
  horizonsDrawing,
  type HorizonPlacement,
  type HorizonsLayout,
  type HorizonsSvgState,
  type NormalizedDocument,
  type UiLanguage,
  type ViewDrawing,
} from '@floke/core';
import { withProgressWord } from '../base/progress-words.js';
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
  state: HorizonsSvgState & { pointLabel?: (p: HorizonPlacement) => string; lang?: UiLanguage },
): ViewDrawing {
  const elements = new Map(model.elements.map((e) => [e.id, e]));
  return horizonsDrawing(
    layout,
    {
      diagramLabel: t.horizons.diagramLabel,
      // The view's own names when it gives them (with "ny", "endret"); else the words, with progress when `lang` is given.
      pointLabel:
        state.pointLabel ??
        ((p) => {
          const name = words.pointLabel(p, elements.get(p.id)!);
          return state.lang ? withProgressWord(model, p.id, state.lang, name) : name;
        }),
      now: t.horizons.now,
      prevalence: t.horizons.prevalence,
      formatYear: String,
    },
    state,
  );
}
