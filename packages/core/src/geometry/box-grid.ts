import type { Box } from './geometry.js';

/**
 * A uniform grid over boxes, for "which boxes may touch this region" in about constant time,
 * so routing hundreds of links past hundreds of factors stays fast.
 */
export class BoxGrid<T extends Box> {
  readonly #cells = new Map<number, T[]>();
  readonly #cell: number;
  readonly #stamp: Map<T, number> = new Map();
  #query = 0;

  readonly #padding: number;

  /** `padding` widens each box's footprint, so point queries find boxes within that distance. */
  constructor(boxes: readonly T[], cellSize = 160, padding = 0) {
    this.#cell = cellSize;
    this.#padding = padding;
    for (const box of boxes) this.add(box);
  }

  add(box: T): void {
    const hw = box.width / 2 + this.#padding;
    const hh = box.height / 2 + this.#padding;
    this.#forCells(box.x - hw, box.y - hh, box.x + hw, box.y + hh, (key) => {
      const list = this.#cells.get(key);
      if (list) list.push(box);
      else this.#cells.set(key, [box]);
    });
  }

  #forCells(minX: number, minY: number, maxX: number, maxY: number, visit: (key: number) => void): void {
    const c = this.#cell;
    const x0 = Math.floor(minX / c);
    const x1 = Math.floor(maxX / c);
    const y0 = Math.floor(minY / c);
    const y1 = Math.floor(maxY / c);
    // Keys pack (x, y) into one number; offsets keep negative cells apart.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit((x + 50_000) * 100_000 + (y + 50_000));
  }

  /** Boxes registered in the cell that holds the point (boxes are registered in every cell they touch). */
  at(x: number, y: number): readonly T[] {
    const c = this.#cell;
    return this.#cells.get((Math.floor(x / c) + 50_000) * 100_000 + (Math.floor(y / c) + 50_000)) ?? [];
  }

  /** Boxes whose cells meet the rectangle [minX, maxX] × [minY, maxY], each once. */
  near(minX: number, minY: number, maxX: number, maxY: number): T[] {
    const query = ++this.#query;
    const found: T[] = [];
    this.#forCells(minX, minY, maxX, maxY, (key) => {
      for (const box of this.#cells.get(key) ?? []) {
        if (this.#stamp.get(box) === query) continue;
        this.#stamp.set(box, query);
        found.push(box);
      }
    });
    return found;
  }
}
