import { computeActorNetworkView, type ActorNetworkViewInput } from '@floke/core/actor-network';
import { canvasTextWidth } from '../base/canvas-text-width.js';

/** What the view asks for: the layout input without functions (they cannot cross to a Worker), plus the font. */
export type NetworkViewRequest = Omit<ActorNetworkViewInput, 'textWidth'> & { readonly font?: string };

/** Builds, measures and lays out the network with labels measured in the view's font (a canvas, or OffscreenCanvas). */
export function computeNetworkViewHere(request: NetworkViewRequest) {
  const textWidth = request.font ? canvasTextWidth(request.font) : undefined;
  return computeActorNetworkView({ ...request, ...(textWidth ? { textWidth } : {}) });
}
