import type { NetworkLayout } from '@floke/core/actor-network';
import type { ViewTransform } from './paint-network.js';

/** Ties drawn per frame while a new bitmap is being made, so no frame stalls on thousands of them. */
const TIES_PER_FRAME = 1200;
/** Zoom ratios to the bitmap's own scale that still look sharp enough to show while a new one is made. */
const MIN_RATIO = 0.8;
const MAX_RATIO = 1.45;

interface Bitmap {
  readonly canvas: HTMLCanvasElement;
  /** Screen position of layout (0, 0) inside the bitmap, in CSS px, and the scale it was drawn at. */
  readonly x: number;
  readonly y: number;
  readonly k: number;
  /** Size in CSS px, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
}

interface Job {
  readonly bitmap: Bitmap;
  next: number;
}

export interface TieStyle {
  readonly color: string;
  /** The least opacity at which a tie reaches 3:1 against the background (WCAG 1.4.11). */
  readonly meaningfulAlpha: number;
  readonly visible: readonly boolean[];
  /** Past ties: drawn thinner and fainter than any current one, so history never reads as today's collaboration. */
  readonly historic: readonly boolean[];
}

/**
 * Up to this many ties, every current tie reaches 3:1 at rest: each one says who works with whom. Beyond it single
 * ties fade so that structure shows (the ties table and the highlight tell each one).
 */
export const MEANINGFUL_TIES = 1000;

/** Past ties are drawn this much fainter than current ones, and this wide (layout units; at least a thin hairline on screen). */
export const PAST_TIE_ALPHA = 0.4;
export const PAST_TIE_WIDTH = 0.5;

/** The overview bitmap of the whole network is at most this many device pixels on a side. */
const OVERVIEW_MAX = 4096;

/**
 * The ties of a large network as cached bitmaps: stroking thousands of anti-aliased lines is what makes a frame
 * slow, and panning or zooming does not change them. An overview of the whole network is drawn once; each frame
 * shows the sharpest bitmap that covers the view, moved and scaled. When the zoom has drifted too far for it to look
 * sharp, a bitmap of the view (and half as much around it) is drawn a few thousand ties per frame and swapped in
 * when done, so no pan or zoom frame ever strokes every tie.
 */
export class TieLayer {
  #overview?: Bitmap;
  #front?: Bitmap;
  #job?: Job;
  /** A canvas of a replaced bitmap, reused for the next one: allocating megapixels per zoom step costs frames. */
  #spare?: HTMLCanvasElement;
  /** The style the bitmaps were drawn with: a new filter (new arrays) draws them again. */
  #drawn?: TieStyle;

  /** Forget the bitmaps (ties, filter or colours changed). */
  invalidate(): void {
    this.#overview = undefined;
    this.#front = undefined;
    this.#job = undefined;
  }

  /** Whether a new bitmap is still being drawn: the caller should paint another frame. */
  get busy(): boolean {
    return this.#job !== undefined;
  }

  /** Draws the ties for the current view into `context` (CSS-pixel transform set by the caller). */
  draw(
    context: CanvasRenderingContext2D,
    layout: NetworkLayout,
    style: TieStyle,
    view: { readonly transform: ViewTransform; readonly width: number; readonly height: number; readonly ratio: number },
    alpha: number,
  ): void {
    const t = view.transform;
    if (
      this.#drawn &&
      (this.#drawn.visible !== style.visible || this.#drawn.historic !== style.historic || this.#drawn.color !== style.color)
    )
      this.invalidate();
    this.#drawn = style;
    if (!this.#overview || this.#overview.ratio !== view.ratio) {
      this.#front = undefined;
      this.#job = undefined;
      this.#overview = this.#render(this.#overviewBitmap(layout, view), layout, style, 0, Infinity);
    }
    const sharp = (bitmap: Bitmap) => t.k / bitmap.k >= MIN_RATIO && t.k / bitmap.k <= MAX_RATIO;
    const front = this.#front && this.#covers(this.#front, view) ? this.#front : undefined;
    const shown = front && sharp(front) ? front : sharp(this.#overview) ? this.#overview : undefined;
    if (shown) {
      if (this.#job) this.#spare = this.#job.bitmap.canvas;
      this.#job = undefined;
    } else {
      // Nothing sharp enough: show what there is, and draw a sharp bitmap of this view over the next frames.
      if (!this.#job || !this.#suits(this.#job.bitmap, view)) {
        // An abandoned bitmap's canvas is reused rather than dropped for the garbage collector.
        if (this.#job) this.#spare = this.#job.bitmap.canvas;
        this.#job = { bitmap: this.#newBitmap(view), next: 0 };
      }
      const job = this.#job;
      this.#render(job.bitmap, layout, style, job.next, TIES_PER_FRAME);
      job.next += TIES_PER_FRAME;
      if (job.next >= layout.ties.length) {
        this.#spare = this.#front?.canvas;
        this.#front = job.bitmap;
        this.#job = undefined;
      }
    }
    const bitmap = shown ?? (this.#front && this.#covers(this.#front, view) ? this.#front : this.#overview);
    const s = t.k / bitmap.k;
    context.save();
    context.globalAlpha = alpha;
    context.imageSmoothingEnabled = true;
    context.drawImage(bitmap.canvas, t.x - bitmap.x * s, t.y - bitmap.y * s, bitmap.width * s, bitmap.height * s);
    context.restore();
  }

  /** The whole network at the current zoom, or smaller if that would be too big a bitmap. */
  #overviewBitmap(layout: NetworkLayout, view: { transform: ViewTransform; ratio: number }): Bitmap {
    const margin = 8;
    const k = Math.min(view.transform.k, (OVERVIEW_MAX / view.ratio - 2 * margin) / Math.max(layout.width, layout.height, 1));
    const width = Math.ceil(layout.width * k) + 2 * margin;
    const height = Math.ceil(layout.height * k) + 2 * margin;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * view.ratio);
    canvas.height = Math.round(height * view.ratio);
    return { canvas, x: margin, y: margin, k, width, height, ratio: view.ratio };
  }

  /** Whether the bitmap holds every part of the view. */
  #covers(bitmap: Bitmap, view: { transform: ViewTransform; width: number; height: number }): boolean {
    const t = view.transform;
    const s = t.k / bitmap.k;
    const left = t.x - bitmap.x * s;
    const top = t.y - bitmap.y * s;
    return left <= 0 && top <= 0 && left + bitmap.width * s >= view.width && top + bitmap.height * s >= view.height;
  }

  /** Whether a bitmap in the making still fits the view well enough to finish it. */
  #suits(bitmap: Bitmap, view: { transform: ViewTransform; width: number; height: number }): boolean {
    const scale = view.transform.k / bitmap.k;
    return scale >= 0.85 && scale <= 1.2 && this.#covers(bitmap, view);
  }

  #newBitmap(view: { transform: ViewTransform; width: number; height: number; ratio: number }): Bitmap {
    const marginX = Math.round(view.width * 0.4);
    const marginY = Math.round(view.height * 0.4);
    const width = view.width + 2 * marginX;
    const height = view.height + 2 * marginY;
    let canvas = this.#spare;
    this.#spare = undefined;
    if (canvas && canvas.width === Math.round(width * view.ratio) && canvas.height === Math.round(height * view.ratio)) {
      const context = canvas.getContext('2d')!;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
    } else {
      canvas = document.createElement('canvas');
      canvas.width = Math.round(width * view.ratio);
      canvas.height = Math.round(height * view.ratio);
    }
    return { canvas, x: view.transform.x + marginX, y: view.transform.y + marginY, k: view.transform.k, width, height, ratio: view.ratio };
  }

  /** Strokes ties `from` … `from + count` that cross the bitmap, grouped by drawn width. */
  #render(bitmap: Bitmap, layout: NetworkLayout, style: TieStyle, from: number, count: number): Bitmap {
    const context = bitmap.canvas.getContext('2d')!;
    const { k, x, y, ratio } = bitmap;
    context.setTransform(ratio * k, 0, 0, ratio * k, ratio * x, ratio * y);
    const left = -x / k;
    const top = -y / k;
    const right = (bitmap.width - x) / k;
    const bottom = (bitmap.height - y) / k;
    // Dense networks draw single ties fainter, so the structure reads; ties of several shared initiatives, and every
    // tie of a network of up to MEANINGFUL_TIES, keep 3:1 against the background. Highlights go on top at full contrast.
    const faint = Math.min(1, Math.max(0.3, 150 / Math.max(1, layout.ties.length)));
    const single = layout.ties.length <= MEANINGFUL_TIES ? Math.max(faint, style.meaningfulAlpha) : faint;
    const alphaOf = (widthClass: number) =>
      widthClass === 0 ? faint * PAST_TIE_ALPHA : widthClass === 1 ? single : Math.max(faint, style.meaningfulAlpha);
    context.strokeStyle = style.color;
    context.lineCap = 'round';
    const end = Math.min(layout.ties.length, from + count);
    // Width class 0: past ties, thinner and fainter whatever their weight.
    for (const widthClass of [0, 1, 2, 3]) {
      context.beginPath();
      let any = false;
      for (let i = from; i < end; i++) {
        if (!style.visible[i]) continue;
        const tie = layout.ties[i]!;
        if ((style.historic[i] ? 0 : Math.min(tie.weight, 3)) !== widthClass) continue;
        const a = layout.nodes[tie.source]!;
        const b = layout.nodes[tie.target]!;
        if ((a.x < left && b.x < left) || (a.x > right && b.x > right) || (a.y < top && b.y < top) || (a.y > bottom && b.y > bottom))
          continue;
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
        any = true;
      }
      if (!any) continue;
      // Ties keep at least a hairline on screen however far out the view is zoomed; past ones a thinner one.
      context.globalAlpha = alphaOf(widthClass);
      context.lineWidth = widthClass === 0 ? Math.max(PAST_TIE_WIDTH, 0.5 / k) : Math.max(widthClass * 0.9, 0.8 / k);
      context.stroke();
    }
    return bitmap;
  }
}
