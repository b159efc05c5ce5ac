import { workerClient } from '../base/worker-client.js';
import type { NetworkViewRequest } from './compute-here.js';

/**
 * The font the view's labels are measured in, and the drawing's shape the layout aims at: the view's width beside
 * the panel (or the whole width below `narrowWidth`) to the stage's height (36 em).
 */
export function layoutShape(host: HTMLElement, width: number, narrowWidth: number): { font: string; aspect: number } {
  const style = getComputedStyle(host);
  const stageHeight = parseFloat(style.fontSize) * 36;
  const stageWidth = width >= narrowWidth ? width - 330 : width || 800;
  return {
    font: style.getPropertyValue('--_font').trim() || 'sans-serif',
    aspect: Math.min(2.5, Math.max(1, stageWidth / stageHeight)),
  };
}

/** The network view from a module Worker, or from the main thread without one. */
export const computeNetworkView = workerClient(
  () => new Worker(new URL('./network-worker.js', import.meta.url), { type: 'module' }),
  // The main-thread fallback is a chunk of its own: pages whose Worker runs never load the layout code twice.
  (request: NetworkViewRequest) => import('./compute-here.js').then((here) => here.computeNetworkViewHere(request)),
  'actor network layout',
);
