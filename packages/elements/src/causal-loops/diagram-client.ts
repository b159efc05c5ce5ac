import { workerClient } from '../base/worker-client.js';
import type { CausalLoopDiagramRequest } from './compute-here.js';

/** Finds the loops and lays out the diagram in a module Worker, or on the main thread without one. */
export const computeDiagram = workerClient(
  () => new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' }),
  // The main-thread fallback is a chunk of its own: pages whose Worker runs never load the layout code twice.
  (request: CausalLoopDiagramRequest) => import('./compute-here.js').then((here) => here.computeCausalLoopDiagramHere(request)),
  'causal loops layout',
);
