// Module Worker: finds the loops and lays out the diagram off the main thread.
import { computeCausalLoopDiagram, type CausalLoopDiagramInput } from '@floke/core';

self.addEventListener('message', (event: MessageEvent<{ id: number; input: CausalLoopDiagramInput }>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, diagram: computeCausalLoopDiagram(input) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
