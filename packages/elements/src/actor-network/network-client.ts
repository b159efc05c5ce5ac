import { computeActorNetworkView, type ActorNetworkView, type ActorNetworkViewInput } from '@floke/core/network';
import { canvasTextWidth } from '../base/canvas-text-width.js';

/** What the view asks for: the layout input without functions (they cannot cross to a Worker), plus the font. */
export type NetworkViewRequest = Omit<ActorNetworkViewInput, 'textWidth'> & { readonly font?: string };

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, { resolve: (view: ActorNetworkView) => void; reject: (error: Error) => void }>();

function startWorker(): Worker | undefined {
  if (worker || workerFailed || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./network-worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ id: number; view?: ActorNetworkView; error?: string }>) => {
      const request = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.view) request?.resolve(event.data.view);
      else request?.reject(new Error(event.data.error));
    });
    worker.addEventListener('error', () => {
      // The script could not load (strict CSP, a bundle without it): lay out on the main thread instead.
      workerFailed = true;
      worker = undefined;
      for (const [, request] of pending) request.reject(new Error('worker unavailable'));
      pending.clear();
    });
  } catch {
    workerFailed = true;
    worker = undefined;
  }
  return worker;
}

/**
 * Computes the network view in a shared module Worker so the page stays responsive, or on the main thread when
 * Workers are unavailable. The computation is pure and deterministic, so both give the same result.
 */
export async function computeNetworkView(request: NetworkViewRequest, options: { useWorker?: boolean } = {}): Promise<ActorNetworkView> {
  const target = options.useWorker === false ? undefined : startWorker();
  if (target) {
    try {
      return await new Promise<ActorNetworkView>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        target.postMessage({ id, request });
      });
    } catch {
      // fall through to the main thread
    }
  }
  const textWidth = request.font ? canvasTextWidth(request.font) : undefined;
  return computeActorNetworkView({ ...request, ...(textWidth ? { textWidth } : {}) });
}
