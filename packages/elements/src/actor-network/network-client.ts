import { workerClient } from '../base/worker-client.js';
import { computeNetworkViewHere } from './compute-here.js';

/** The network view from a module Worker, or from the main thread without one. */
export const computeNetworkView = workerClient(
  () => new Worker(new URL('./network-worker.js', import.meta.url), { type: 'module' }),
  computeNetworkViewHere,
);
