import { workerClient } from '../base/worker-client.js';
import { computeCausalLoopDiagramHere } from './compute-here.js';

/** Finds the loops and lays out the diagram in a module Worker, or on the main thread without one. */
export const computeDiagram = workerClient(
  () => new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' }),
  computeCausalLoopDiagramHere,
  'causal loops layout',
);
