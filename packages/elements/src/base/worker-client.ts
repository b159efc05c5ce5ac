import type { NormalizedDocument } from '@floke/core';

/** Where a layout was computed: a view reports it, so a test can tell a working Worker from the fallback. */
export type LayoutThread = 'worker' | 'main';

/** A computed value and the thread that computed it. */
export interface Computed<Value> {
  readonly value: Value;
  readonly thread: LayoutThread;
}

/** What a layout Worker receives and answers: one request and its result (or error) per id. */
export interface WorkerRequest<Request> {
  readonly id: number;
  readonly request: Request;
}
export type WorkerAnswer<Result> = { readonly id: number; readonly result: Result } | { readonly id: number; readonly error: string };

/**
 * The model as a layout Worker needs it: without the source document, the problems and the excluded items, which no
 * layout reads and which, for a large document, cost more to copy to the Worker than the layout itself.
 */
export function modelForWorker(model: NormalizedDocument): NormalizedDocument {
  return { ...model, source: undefined, problems: [], excluded: [] };
}

/** The computation itself threw in the Worker: running it again on the main thread would only block the page, then throw. */
class ComputeError extends Error {}

/**
 * A function that computes in a shared module Worker, so the page stays responsive, and on the main thread when
 * Workers are unavailable or the script cannot load (strict CSP, a bundle without it). The computations handed to it
 * are pure and deterministic, so both give the same result.
 *
 * `startWorker` must itself call `new Worker(new URL('./x.js', import.meta.url), { type: 'module' })`: bundlers
 * find Worker scripts by that literal pattern.
 *
 * When the Worker cannot start or its script does not load, the client says so once in the console (naming
 * `workerName`) and computes on the main thread from then on; views report that as `layoutThread === 'main'`.
 */
export function workerClient<Request, Result>(
  startWorker: () => Worker,
  computeHere: (request: Request) => Result | Promise<Result>,
  workerName = 'layout',
): (request: Request, options?: { useWorker?: boolean }) => Promise<Computed<Result>> {
  let worker: Worker | undefined;
  let failed = false;
  let nextId = 0;
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();

  let said = false;
  /** Says once per client why a layout ran on the main thread. */
  const sayFallback = (reason: string) => {
    if (said) return;
    said = true;
    console.warn(
      `[floke] The ${workerName} Worker could not be used (${reason}); laying out on the main thread instead. ` +
        'Causes: a strict CSP without worker-src for this script, Trusted Types, a bundler that did not emit the Worker file, ' +
        'or a document that cannot be copied to a Worker (a framework proxy: pass a plain object).',
    );
  };
  const fail = (reason: string) => {
    sayFallback(reason);
    failed = true;
    worker = undefined;
  };

  const start = (): Worker | undefined => {
    if (worker || failed || typeof Worker === 'undefined') return worker;
    try {
      worker = startWorker();
      worker.addEventListener('message', (event: MessageEvent<WorkerAnswer<Result>>) => {
        const request = pending.get(event.data.id);
        pending.delete(event.data.id);
        if ('result' in event.data) request?.resolve(event.data.result);
        else request?.reject(new ComputeError(event.data.error));
      });
      worker.addEventListener('error', (event) => {
        fail(event.message || 'its script did not load');
        for (const [, request] of pending) request.reject(new Error('worker unavailable'));
        pending.clear();
      });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    return worker;
  };

  return async (request, options = {}) => {
    const target = options.useWorker === false ? undefined : start();
    if (target) {
      try {
        const value = await new Promise<Result>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          target.postMessage({ id, request } satisfies WorkerRequest<Request>);
        });
        return { value, thread: 'worker' };
      } catch (error) {
        if (error instanceof ComputeError) throw error;
        // The Worker itself failed (it could not load, or crashed): compute it here, and say so once.
        sayFallback(error instanceof Error ? error.message : String(error));
      }
    }
    return { value: await computeHere(request), thread: 'main' };
  };
}

/** The Worker side: answers each request with `compute`'s result, or the error it threw. */
export function answerRequests<Request, Result>(compute: (request: Request) => Result): void {
  self.addEventListener('message', (event: MessageEvent<WorkerRequest<Request>>) => {
    const { id, request } = event.data;
    let answer: WorkerAnswer<Result>;
    try {
      answer = { id, result: compute(request) };
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(answer);
  });
}
