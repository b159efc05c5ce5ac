/** A symbol on screen: its centre and radius, CSS px. */
export interface ScreenCircle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * The symbols on screen, bucketed, so a leader line can be checked against the symbols themselves rather than their
 * grid cells: in a crowd, the gaps between symbols are where a label's line gets out.
 */
export class SymbolIndex {
  #buckets = new Map<number, ScreenCircle[]>();

  constructor(readonly bucket = 24) {}

  clear(): void {
    this.#buckets.clear();
  }

  /** Adds a symbol to every bucket its disc reaches, so a lookup of the neighbouring buckets finds it. */
  add(circle: ScreenCircle): void {
    const b = this.bucket;
    for (let gy = Math.floor((circle.y - circle.r) / b); gy <= Math.floor((circle.y + circle.r) / b); gy++)
      for (let gx = Math.floor((circle.x - circle.r) / b); gx <= Math.floor((circle.x + circle.r) / b); gx++) {
        const key = this.#key(gx, gy);
        const list = this.#buckets.get(key);
        if (list) list.push(circle);
        else this.#buckets.set(key, [circle]);
      }
  }

  /**
   * Whether the line from `from` to `to` keeps `clearance` px from every symbol other than `own` (the one it points
   * at), so it cannot be read as pointing at a neighbour.
   */
  lineClear(from: readonly [number, number], to: readonly [number, number], own: ScreenCircle, clearance: number): boolean {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    for (let d = 0; d <= length; d += 2) {
      const x = from[0] + ((to[0] - from[0]) * d) / (length || 1);
      const y = from[1] + ((to[1] - from[1]) * d) / (length || 1);
      // `clearance` is below a bucket, so the symbols near a point are in its bucket or the eight around it.
      const bx = Math.floor(x / this.bucket);
      const by = Math.floor(y / this.bucket);
      for (let gy = by - 1; gy <= by + 1; gy++)
        for (let gx = bx - 1; gx <= bx + 1; gx++)
          for (const c of this.#buckets.get(this.#key(gx, gy)) ?? [])
            if (c !== own && Math.hypot(c.x - x, c.y - y) < c.r + clearance) return false;
    }
    return true;
  }

  /** Whether a box keeps `clearance` px from every symbol (exactly: the disc against the rectangle). */
  boxClear(box: { x0: number; x1: number; y0: number; y1: number }, clearance: number): boolean {
    const b = this.bucket;
    // Each symbol sits in every bucket its disc reaches, so the buckets under the box (grown by the clearance) hold
    // every symbol that could touch it.
    for (let gy = Math.floor((box.y0 - clearance) / b); gy <= Math.floor((box.y1 + clearance) / b); gy++)
      for (let gx = Math.floor((box.x0 - clearance) / b); gx <= Math.floor((box.x1 + clearance) / b); gx++)
        for (const c of this.#buckets.get(this.#key(gx, gy)) ?? []) {
          const dx = Math.max(box.x0 - c.x, 0, c.x - box.x1);
          const dy = Math.max(box.y0 - c.y, 0, c.y - box.y1);
          if (Math.hypot(dx, dy) < c.r + clearance) return false;
        }
    return true;
  }

  #key(gx: number, gy: number): number {
    return (gy + 1024) * 4096 + gx + 1024;
  }
}
