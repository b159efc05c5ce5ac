// Drawing a link by dragging: a rubber band follows the pointer (mouse, pen or touch) from a factor until it is
// released, and the factor under the release is the target. The band is drawn straight into the viewport, beneath
// the factors (no text is painted over), without a render per move; the edit is made by the workshop afterwards.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the drag needs of the drawing. */
export interface LinkDragSurface {
  /** The pan/zoom group the drawing is in (the band goes there, in layout units). */
  viewport(): SVGGElement | null | undefined;
  /** The factor drawn under a client point, if any. */
  factorAt(clientX: number, clientY: number): string | undefined;
}

interface Drag {
  readonly from: string;
  readonly line: SVGLineElement;
}

/** Layout coordinates of a client point inside `group` (its pan and zoom undone). */
function toLayout(group: SVGGElement, clientX: number, clientY: number): DOMPoint {
  const matrix = group.getScreenCTM();
  const point = new DOMPoint(clientX, clientY);
  return matrix ? point.matrixTransform(matrix.inverse()) : point;
}

/** One rubber-band drag at a time, from press to release. */
export class LinkDrag {
  #drag?: Drag;

  constructor(private readonly surface: LinkDragSurface) {}

  /** The factor a band is being dragged from. */
  get from(): string | undefined {
    return this.#drag?.from;
  }

  /** Starts a band at `from`'s point under the press; the pointer is captured so a touch keeps sending moves. */
  start(event: PointerEvent, from: string, anchor: { x: number; y: number }): void {
    const group = this.surface.viewport();
    if (!group) return;
    this.cancel();
    const line = group.ownerDocument.createElementNS(SVG_NS, 'line');
    line.setAttribute('class', 'rubber-band');
    line.setAttribute('aria-hidden', 'true');
    line.setAttribute('x1', String(anchor.x));
    line.setAttribute('y1', String(anchor.y));
    // Beneath the factors, so the band never covers a label.
    group.prepend(line);
    this.#drag = { from, line };
    this.move(event);
    try {
      group.ownerSVGElement?.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not know (a synthetic event) cannot be captured; moves still reach the drawing.
    }
  }

  /** Makes the band follow the pointer; false when no band is being dragged. */
  move(event: PointerEvent): boolean {
    const drag = this.#drag;
    const group = this.surface.viewport();
    if (!drag || !group) return false;
    const end = toLayout(group, event.clientX, event.clientY);
    drag.line.setAttribute('x2', String(Math.round(end.x)));
    drag.line.setAttribute('y2', String(Math.round(end.y)));
    return true;
  }

  /** Ends the band; gives the factor it was released on (undefined on empty space), or null when none was dragged. */
  end(event: PointerEvent): { from: string; to: string | undefined } | null {
    const drag = this.#drag;
    if (!drag) return null;
    this.cancel();
    return { from: drag.from, to: this.surface.factorAt(event.clientX, event.clientY) };
  }

  /** Takes the band away without a target. */
  cancel(): void {
    this.#drag?.line.remove();
    this.#drag = undefined;
  }
}
