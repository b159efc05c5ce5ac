import { computeCausalLoopDiagram, spacedTextWidth, type CausalLoopDiagramInput } from '@floke/core';
import { canvasTextWidth } from '../base/canvas-text-width.js';

/** What the view asks for: the diagram's input plus the font its labels are drawn in (a measure cannot cross to a Worker). */
export type CausalLoopDiagramRequest = CausalLoopDiagramInput & { readonly font?: string };

/**
 * Finds the loops and lays out the diagram with labels measured in the view's font and the reader's letter and word
 * spacing (a canvas, or OffscreenCanvas in a Worker), so labels re-wrap under WCAG 1.4.12 and never overflow.
 */
export function computeCausalLoopDiagramHere(request: CausalLoopDiagramRequest) {
  const { font, ...input } = request;
  const measure = font ? canvasTextWidth(font) : undefined;
  return computeCausalLoopDiagram(input, measure && spacedTextWidth(measure, input.textStyle));
}
