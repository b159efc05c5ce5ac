import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Computed, LayoutThread } from '../base/worker-client.js';

/** How a view lays itself out: from its inputs (model, options, width) to a layout, now or later (a Worker). */
export interface ViewLayoutOptions<Inputs extends readonly unknown[], Layout> {
  /** The inputs the layout depends on, or undefined when there is nothing to lay out (no model, no width yet). */
  inputs(): Inputs | undefined;
  /** The pure layout: a value (computed here, now) or a promise of one with the thread that computed it. */
  compute(...inputs: Inputs): Layout | Promise<Computed<Layout>>;
  /** Called with each new layout before the host renders it (e.g. to keep the tab stop on an existing element). */
  laidOut?(layout: Layout): void;
}

/**
 * The view contract's middle step: document → model → **layout** → render. The layout is recomputed only when one of
 * its inputs changes (compared with `Object.is`, so the model is compared by identity); a result that arrives after
 * newer inputs were asked for is dropped. Cheap layouts are computed synchronously in the host's update, so there is
 * no flash of a "laying out" state; expensive ones return a promise (a Worker) and the host renders when it arrives.
 *
 * Why not `@lit/task`: a task is always asynchronous (an extra render and a pending state even for a 2 ms layout),
 * and it cannot tell where a value was computed, which the views report so tests can assert the Worker really ran.
 */
export class ViewLayoutController<Inputs extends readonly unknown[], Layout> implements ReactiveController {
  #value?: Layout;
  #thread?: LayoutThread;
  #inputs?: Inputs;
  #run = 0;
  #pending = false;
  #error?: Error;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ViewLayoutOptions<Inputs, Layout>,
  ) {
    host.addController(this);
  }

  /** The layout drawn now; undefined before the first one. */
  get value(): Layout | undefined {
    return this.#value;
  }

  /** Where the current layout was computed. */
  get thread(): LayoutThread | undefined {
    return this.#thread;
  }

  /** Whether a newer layout is being computed. */
  get pending(): boolean {
    return this.#pending;
  }

  /** The error the last layout threw, if it failed. */
  get error(): Error | undefined {
    return this.#error;
  }

  /** Runs in the host's update, after `willUpdate` (so the model is current) and before `render`. */
  hostUpdate(): void {
    const inputs = this.options.inputs();
    if (sameInputs(inputs, this.#inputs)) return;
    this.#inputs = inputs;
    const run = ++this.#run;
    if (!inputs) {
      this.#settle(undefined, undefined);
      return;
    }
    let result: Layout | Promise<Computed<Layout>>;
    try {
      result = this.options.compute(...inputs);
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (!(result instanceof Promise)) {
      this.#settle(result, 'main');
      return;
    }
    this.#pending = true;
    result.then(
      ({ value, thread }) => {
        if (run !== this.#run) return; // stale: newer inputs were asked for meanwhile
        this.#settle(value, thread);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (run !== this.#run) return;
        this.#fail(error);
        this.host.requestUpdate();
      },
    );
  }

  /** Forgets the inputs, so the next update lays out again (e.g. after the theme's font changed). */
  invalidate(): void {
    this.#inputs = undefined;
    this.host.requestUpdate();
  }

  #settle(value: Layout | undefined, thread: LayoutThread | undefined): void {
    this.#pending = false;
    this.#error = undefined;
    this.#value = value;
    this.#thread = thread;
    if (value !== undefined) this.options.laidOut?.(value);
  }

  #fail(error: unknown): void {
    this.#pending = false;
    this.#error = error instanceof Error ? error : new Error(String(error));
    this.#value = undefined;
    this.#thread = undefined;
  }
}

function sameInputs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
