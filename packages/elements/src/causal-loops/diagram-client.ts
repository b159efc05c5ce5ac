import { computeCausalLoopDiagram, type CausalLoopDiagram, type CausalLoopDiagramInput } from '@floke/core';

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, { resolve: (d: CausalLoopDiagram) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | undefined {
  if (worker || workerFailed || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ id: number; diagram?: CausalLoopDiagram; error?: string }>) => {
      const request = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.diagram) request?.resolve(event.data.diagram);
      else request?.reject(new Error(event.data.error));
    });
    worker.addEventListener('error', () => {
      // The worker script could not load (strict CSP, a bundle without it): compute on the main thread instead.
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
 * Computes the diagram in a shared module Worker, so the page stays responsive; falls back to the main
 * thread when Workers are unavailable. Same result either way (the computation is pure and deterministic).
 */
export async function computeDiagram(input: CausalLoopDiagramInput, options: { useWorker?: boolean } = {}): Promise<CausalLoopDiagram> {
  const target = options.useWorker === false ? undefined : startWorker();
  if (target) {
    try {
      return await new Promise<CausalLoopDiagram>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        target.postMessage({ id, input });
      });
    } catch {
      // fall through to the main thread
    }
  }
  return computeCausalLoopDiagram(input);
}
