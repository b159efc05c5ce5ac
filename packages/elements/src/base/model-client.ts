import type { ExcludedItem, NormalizedDocument, Problem } from '@floke/core';
import { loadNormalize, loadedDrawingModel } from './lazy-normalize.js';
import { listOf } from './large-document-check.js';
import { CHUNK_ITEMS, type ModelAnswer, type ModelRequest, type PreparingPhase } from './model-protocol.js';

/** How far preparing a large document has come: its phase, and items sent or received of how many. */
export interface PreparingProgress {
  readonly phase: PreparingPhase;
  readonly done: number;
  readonly total: number;
  /** Elements in the document, for the progress line. */
  readonly elements: number;
}

/** The reader stopped preparing the document (Cancel). */
export class PreparingCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** One document being prepared off the main thread, shared by every view given the same `data`. */
export interface ModelJob {
  readonly model: Promise<NormalizedDocument>;
  readonly progress: PreparingProgress;
  /** Calls `listener` on each step of progress; returns the unsubscribe function. */
  onProgress(listener: (progress: PreparingProgress) => void): () => void;
  /** Stops the Worker; `model` rejects with `PreparingCancelled`, for every view that shares the job. */
  cancel(): void;
}

/** Jobs by document and language: views on one page with the same `data` share one Worker and one model. */
const jobs = new WeakMap<object, Map<string, ModelJob>>();

/** The shared job preparing `data` in `lang`: started on first use, forgotten when cancelled or failed. */
export function prepareLargeModel(data: object, lang: string | undefined): ModelJob {
  const byLang = jobs.get(data) ?? new Map<string, ModelJob>();
  jobs.set(data, byLang);
  const key = lang ?? '';
  const existing = byLang.get(key);
  if (existing) return existing;
  const job = startJob(data, lang, () => byLang.get(key) === job && byLang.delete(key));
  byLang.set(key, job);
  return job;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let saidFallback = false;

function startJob(data: object, lang: string | undefined, forget: () => void): ModelJob {
  const elements = listOf(data, 'elements');
  const relations = listOf(data, 'relations');
  const listeners = new Set<(progress: PreparingProgress) => void>();
  let progress: PreparingProgress = { phase: 'sending', done: 0, total: elements.length + relations.length, elements: elements.length };
  const step = (next: Partial<PreparingProgress>) => {
    progress = { ...progress, ...next };
    for (const listener of listeners) listener(progress);
  };
  let worker: Worker | undefined;
  let cancelled = false;
  let settled = false;
  let rejectModel: (error: Error) => void = () => {};

  const model = new Promise<NormalizedDocument>((resolveWith, rejectWith) => {
    const resolve = (value: NormalizedDocument) => {
      settled = true;
      resolveWith(value);
    };
    const reject = (error: Error) => {
      settled = true;
      rejectWith(error);
    };
    rejectModel = reject;
    // The normalizer is a lazy chunk (see lazy-normalize.ts); by now the view has loaded it.
    const onMainThread = () =>
      loadNormalize().then((normalize) => resolve(loadedDrawingModel()!(normalize(data, lang === undefined ? {} : { lang }))), reject);
    try {
      worker = new Worker(new URL('./model-worker.js', import.meta.url), { type: 'module' });
    } catch (error) {
      if (!saidFallback) console.warn(`[floke] The document Worker could not start (${String(error)}); preparing on the main thread.`);
      saidFallback = true;
      onMainThread();
      return;
    }
    const problems: Problem[] = [];
    const excluded: ExcludedItem[] = [];
    let received: NormalizedDocument | undefined;
    worker.addEventListener('message', (event: MessageEvent<ModelAnswer>) => {
      const message = event.data;
      if (message.type === 'phase') step({ phase: message.phase, done: 0 });
      else if (message.type === 'model') {
        received = message.model;
        step({ phase: 'receiving', done: 0, total: message.problems + message.excluded });
      } else if (message.type === 'problems' || message.type === 'excluded') {
        const target: unknown[] = message.type === 'problems' ? problems : excluded;
        for (const item of message.items) target.push(item);
        step({ done: progress.done + message.items.length });
      } else if (message.type === 'done') {
        worker?.terminate();
        // The source stays the page's own object: copying it back would cost as much as sending it.
        resolve({ ...received!, problems, excluded, source: data });
      } else {
        worker?.terminate();
        forget();
        reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      worker?.terminate();
      forget();
      reject(new Error(event.message || 'the document Worker did not load'));
    });
    send(worker).catch((error: unknown) => {
      // A document that cannot be copied to a Worker (a framework's proxy, a function in it): prepare it here.
      worker?.terminate();
      console.warn(`[floke] The document could not be sent to a Worker (${String(error)}); preparing on the main thread.`);
      onMainThread();
    });
  });

  /** Posts the document in pieces, one per task, so the page stays responsive while it goes. */
  async function send(target: Worker): Promise<void> {
    const rest: Record<string, unknown> = {};
    // Lists go in pieces; anything else (a wrong type included: normalize reports it) goes whole.
    for (const [key, value] of Object.entries(data))
      if (!((key === 'elements' || key === 'relations') && Array.isArray(value))) rest[key] = value;
    const post = (message: ModelRequest) => target.postMessage(message);
    post({ type: 'start', rest, ...(lang === undefined ? {} : { lang }) });
    let sent = 0;
    for (const [type, list] of [['elements', elements] as const, ['relations', relations] as const]) {
      for (let i = 0; i < list.length; i += CHUNK_ITEMS) {
        await nextTask();
        if (cancelled) return;
        const items = list.slice(i, i + CHUNK_ITEMS);
        post({ type, items });
        sent += items.length;
        step({ done: sent });
      }
    }
    post({ type: 'end' });
  }

  return {
    model,
    get progress() {
      return progress;
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel() {
      if (cancelled || settled) return;
      cancelled = true;
      worker?.terminate();
      forget();
      rejectModel(new PreparingCancelled());
    },
  };
}
