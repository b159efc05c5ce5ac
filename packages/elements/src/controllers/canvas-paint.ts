import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The size of the stage a canvas covers, in CSS px. */
export interface StageSize {
  readonly width: number;
  readonly height: number;
}

export interface CanvasPaintOptions {
  /** Paints a frame. Called at most once per animation frame, after `schedule()`. Returns whether to paint again. */
  paint(context: CanvasRenderingContext2D, size: StageSize, ratio: number): boolean | void;
  /** Called when the stage changed size (the canvas already matches it). */
  resized?(size: StageSize): void;
}

/**
 * A canvas that covers its stage at the device's pixel ratio and repaints once per animation frame when asked: pan and
 * zoom frames, hover and theme changes all go through `schedule()`, so a burst of changes paints once.
 */
export class CanvasPaintController implements ReactiveController {
  #canvas?: HTMLCanvasElement;
  #stage?: HTMLElement;
  #observer?: ResizeObserver;
  #frame = 0;
  #size: StageSize = { width: 0, height: 0 };
  #painted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CanvasPaintOptions,
  ) {
    host.addController(this);
  }

  /** The stage's size in CSS px (0 × 0 before it is laid out). */
  get size(): StageSize {
    return this.#size;
  }

  /** Whether a frame has been painted since the last `reset()`. */
  get painted(): boolean {
    return this.#painted;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stage = undefined;
  }

  /** Binds the canvas and the stage it covers (call after each render; rebinding the same pair does nothing). */
  bind(stage: HTMLElement | undefined | null, canvas: HTMLCanvasElement | undefined | null): void {
    if (!stage || !canvas) return;
    this.#canvas = canvas;
    if (stage === this.#stage) return;
    this.#observer?.disconnect();
    this.#stage = stage;
    this.#observer = new ResizeObserver(() => this.measure());
    this.#observer.observe(stage);
  }

  /** Reads the stage's size now, resizes the canvas to match and schedules a paint. */
  measure(): void {
    const stage = this.#stage;
    const canvas = this.#canvas;
    if (!stage || !canvas) return;
    const width = stage.clientWidth;
    const height = stage.clientHeight;
    if (width === 0 || height === 0) return;
    const ratio = window.devicePixelRatio || 1;
    if (width !== this.#size.width || height !== this.#size.height) {
      this.#size = { width, height };
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      this.options.resized?.(this.#size);
    }
    this.schedule();
  }

  /** Asks for a paint in the next animation frame (never from inside an update, so painting may update the host). */
  schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#paintNow();
    });
  }

  /** Forgets that a frame was painted (a new drawing), so `painted` waits for the next one. */
  reset(): void {
    this.#painted = false;
  }

  #paintNow(): void {
    const context = this.#canvas?.getContext('2d');
    if (!context || this.#size.width === 0) return;
    const again = this.options.paint(context, this.#size, window.devicePixelRatio || 1);
    if (again) this.schedule();
    if (!this.#painted) {
      this.#painted = true;
      this.host.requestUpdate();
    }
  }
}
