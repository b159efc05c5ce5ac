import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyChunk } from '../base/lazy-chunk.js';

/**
 * d3-zoom and d3-selection, loaded on first use. Views that pan and zoom list it in `documentChunks`, so it is there
 * by the time they draw; `attach` before that waits for it.
 */
export const zoomChunk = lazyChunk(() => import('./zoom-d3.js'));

/** A pan/zoom: a point of the drawing at (x, y) appears at (x·k + tx, y·k + ty). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface ZoomPanOptions {
  /** The transform that shows the whole drawing (what "Fit" and the 0 key go back to). */
  fit(): ViewTransform;
  /** Called on every pan/zoom frame with the new transform. */
  onZoom(transform: ViewTransform): void;
  /** The scales the view may zoom between, given the fitted scale (default: `ZOOM_LIMITS` times it). */
  scaleExtent?(fitScale: number): readonly [number, number];
  /** Presses that are not a pan (e.g. a workshop dragging a mark): d3-zoom leaves them to the view. */
  ignore?(event: Event): boolean;
}

/** How far the view zooms in and out, as multiples of the scale that fits the whole drawing. */
export const ZOOM_LIMITS = { out: 0.5, in: 8 } as const;

/** The zoom step of the + and − keys and buttons. */
export const ZOOM_STEP = 1.25;

/**
 * Pan and zoom of a drawing (d3-zoom, loaded on first use: `zoomChunk`): drag, wheel and pinch, + − 0 keys, buttons. Zooming out stops at half the
 * fitted scale and zooming in at eight times it, so the drawing can neither vanish nor be lost. Double-click is left
 * to the view (it selects), and only the primary button pans.
 */
export class ZoomPanController implements ReactiveController {
  #behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  #target?: SVGSVGElement;
  #transform: ViewTransform = { x: 0, y: 0, k: 1 };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomPanOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#animation);
    if (this.#target) zoomChunk.loaded?.select(this.#target).on('.zoom', null);
    this.#target = undefined;
    this.#waiting = undefined;
  }

  /** The surface `attach` was given while d3 was still loading. */
  #waiting?: SVGSVGElement;

  /** The current pan/zoom. */
  get transform(): ViewTransform {
    return this.#transform;
  }

  /** Makes `target` the surface that pans and zooms (again after it was re-rendered); keeps the current transform. */
  attach(target: SVGSVGElement | undefined | null): void {
    if (!target || target === this.#target) return;
    const d3 = zoomChunk.loaded;
    if (!d3) {
      this.#waiting = target;
      void zoomChunk.load().then(() => {
        if (this.#waiting === target) this.attach(target);
      });
      return;
    }
    this.#waiting = undefined;
    const { select, zoom } = d3;
    if (this.#target) select(this.#target).on('.zoom', null);
    this.#target = target;
    this.#behavior = zoom<SVGSVGElement, unknown>()
      .filter(
        (event: Event) =>
          event.type !== 'dblclick' && !(event instanceof MouseEvent && event.button !== 0) && !this.options.ignore?.(event),
      )
      .extent(viewportOf)
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // The reader's own pan or zoom stops an animated move.
        if (event.sourceEvent) cancelAnimationFrame(this.#animation);
        const { x, y, k } = event.transform;
        this.#transform = { x, y, k };
        this.options.onZoom(this.#transform);
      });
    this.#limit(this.options.fit().k);
    select(target).call(this.#behavior);
    this.#apply(this.#transform);
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    if (this.#target && this.#behavior) zoomChunk.loaded!.select(this.#target).call(this.#behavior.scaleBy, factor);
    else if (this.#waiting) {
      // d3 is still loading: zoom as it will (around the centre, within the limits); `attach` then applies it.
      const [[x0, y0], [x1, y1]] = viewportOf.call(this.#waiting);
      const [min, max] = this.#extent(this.options.fit().k);
      const { x, y, k } = this.#transform;
      const scale = Math.min(max, Math.max(min, k * factor));
      const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
      this.setTransform({ x: cx - ((cx - x) / k) * scale, y: cy - ((cy - y) / k) * scale, k: scale });
    }
  }

  /** Shows the whole drawing (animated with `animate`, unless the reader prefers reduced motion). */
  fit(animate = false): void {
    const fit = this.options.fit();
    this.#limit(fit.k);
    if (animate) this.animateTo(fit);
    else this.setTransform(fit);
  }

  /** Sets the pan/zoom directly. */
  setTransform(transform: ViewTransform): void {
    cancelAnimationFrame(this.#animation);
    if (this.#target && this.#behavior) this.#apply(transform);
    else {
      this.#transform = transform;
      this.options.onZoom(transform);
    }
  }

  /**
   * Pans (keeping the zoom) to centre a point of the drawing unless it already lies at least `margin` inside a
   * viewport of this size, together with a box of `size` around it: a mark the keyboard moves to is seen whole, not
   * only its centre.
   */
  reveal(point: { x: number; y: number }, viewport: { width: number; height: number }, margin = 40, size = { width: 0, height: 0 }): void {
    const { x, y, k } = this.#transform;
    const within = (centre: number, half: number, offset: number, extent: number) =>
      (centre - half) * k + offset >= margin && (centre + half) * k + offset <= extent - margin;
    if (within(point.x, size.width / 2, x, viewport.width) && within(point.y, size.height / 2, y, viewport.height)) return;
    this.setTransform({ x: viewport.width / 2 - point.x * k, y: viewport.height / 2 - point.y * k, k });
  }

  /**
   * Pans so a box of the drawing sits in the middle of a viewport of this size, zooming out (never in) until it fits
   * with `margin` to spare: a stepped-to loop is seen whole, at the reader's zoom when it fits. Never below `minScale`
   * (text stays readable): a box that does not fit at it is centred.
   */
  centreOn(
    box: { x: number; y: number; width: number; height: number },
    viewport: { width: number; height: number },
    margin = 16,
    minScale = 0,
  ): void {
    const fits = Math.min((viewport.width - 2 * margin) / Math.max(box.width, 1), (viewport.height - 2 * margin) / Math.max(box.height, 1));
    const k = Math.max(Math.min(minScale, this.#transform.k), Math.min(this.#transform.k, fits));
    const x = viewport.width / 2 - (box.x + box.width / 2) * k;
    const y = viewport.height / 2 - (box.y + box.height / 2) * k;
    this.setTransform({ x, y, k });
  }

  /** The zoom keys: + (or =) zooms in, − zooms out, 0 fits. Returns whether the key was one of them. */
  handleKey(event: KeyboardEvent): boolean {
    const actions: Record<string, () => void> = {
      '+': () => this.zoomBy(ZOOM_STEP),
      '=': () => this.zoomBy(ZOOM_STEP),
      '-': () => this.zoomBy(1 / ZOOM_STEP),
      '0': () => this.fit(),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return false;
    event.preventDefault();
    action();
    return true;
  }

  /**
   * Moves to `transform` in a short eased animation, or at once when the reader prefers reduced motion (or the
   * drawing is not attached yet). A newer move, pan or zoom takes over from an unfinished one.
   */
  animateTo(transform: ViewTransform, duration = 250): void {
    cancelAnimationFrame(this.#animation);
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!this.#target || !this.#behavior || reduced || duration <= 0) {
      this.setTransform(transform);
      return;
    }
    const from = this.#transform;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      const lerp = (a: number, b: number) => a + (b - a) * eased;
      this.#apply({ x: lerp(from.x, transform.x), y: lerp(from.y, transform.y), k: lerp(from.k, transform.k) });
      if (t < 1) this.#animation = requestAnimationFrame(step);
    };
    this.#animation = requestAnimationFrame(step);
  }

  #animation = 0;

  #extent(fitScale: number): readonly [number, number] {
    return this.options.scaleExtent?.(fitScale) ?? [fitScale * ZOOM_LIMITS.out, fitScale * ZOOM_LIMITS.in];
  }

  #limit(fitScale: number): void {
    const extent = this.#extent(fitScale);
    this.#behavior?.scaleExtent([extent[0], extent[1]]);
  }

  #apply(transform: ViewTransform): void {
    const { select, zoomIdentity } = zoomChunk.loaded!; // #target is set only once d3 has loaded
    select(this.#target!).call(this.#behavior!.transform, zoomIdentity.translate(transform.x, transform.y).scale(transform.k));
  }
}

/**
 * The area that pans and zooms: the viewBox when the SVG has one (its user units), else its box on screen. (d3-zoom's
 * default reads `width.baseVal`, which throws for a relative width while the SVG is not laid out.)
 */
function viewportOf(this: SVGSVGElement): [[number, number], [number, number]] {
  const box = this.viewBox?.baseVal;
  if (box && box.width > 0)
    return [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ];
  return [
    [0, 0],
    [this.clientWidth || 1, this.clientHeight || 1],
  ];
}
