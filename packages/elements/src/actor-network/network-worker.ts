// Module Worker: builds, measures and lays out the actor network off the main thread.
import { computeActorNetworkView } from '@floke/core/network';
import { canvasTextWidth } from '../base/canvas-text-width.js';
import type { NetworkViewRequest } from './network-client.js';

self.addEventListener('message', (event: MessageEvent<{ id: number; request: NetworkViewRequest }>) => {
  const { id, request } = event.data;
  try {
    const textWidth = request.font ? canvasTextWidth(request.font) : undefined;
    self.postMessage({ id, view: computeActorNetworkView({ ...request, ...(textWidth ? { textWidth } : {}) }) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
