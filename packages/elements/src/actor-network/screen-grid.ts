import type { ScreenBox } from './paint-network.js';

/** The owner of what is taken for good (band names, reserved boxes): never moved to make room. */
export const FIXED = -1;

/**
 * A coarse occupancy grid over the canvas (CSS px) for the text placed so far (labels, names, leader lines): a box is
 * free when none of the cells it touches has been taken. Coarse on purpose: a cell's slack is the breathing room
 * between labels, and a frame's placement stays linear in the labels tried. Symbols are not in it: a label sits a
 * few px from its own symbol, closer than a cell, so symbols are checked exactly (`SymbolIndex`). Each cell knows
 * its owner (a node's index, or `FIXED`), so a label in the way can be found and moved. One instance is reused
 * across frames.
 */
export class ScreenGrid {
  /** Per cell: 0 when free, else its owner + 2. */
  #taken = new Int32Array(0);
  #columns = 0;
  #rows = 0;
  #width = 0;
  #height = 0;

  constructor(readonly cell: number) {}

  /** Empties the grid for a canvas of this size. */
  reset(width: number, height: number): void {
    this.#width = width;
    this.#height = height;
    this.#columns = Math.ceil(width / this.cell) + 1;
    this.#rows = Math.ceil(height / this.cell) + 1;
    const size = this.#columns * this.#rows;
    if (this.#taken.length < size) this.#taken = new Int32Array(size);
    this.#taken.fill(0, 0, size);
  }

  /** Marks the cells a box covers (clipped to the canvas) as taken by `owner`. */
  take(box: ScreenBox, owner = FIXED): void {
    this.#cells(box, (index) => void (this.#taken[index] = owner + 2));
  }

  /** Frees the cells a box covers. */
  release(box: ScreenBox): void {
    this.#cells(box, (index) => void (this.#taken[index] = 0));
  }

  /** Adds to `into` the owners of the cells a box covers; false when the box leaves the canvas. */
  ownersOf(box: ScreenBox, into: Set<number>): boolean {
    if (box.x0 < 0 || box.x1 > this.#width || box.y0 < 0 || box.y1 > this.#height) return false;
    this.#cells(box, (index) => void (this.#taken[index] && into.add(this.#taken[index]! - 2)));
    return true;
  }

  /** Adds to `into` the owners of the cells a line crosses (after its first cell's length). */
  lineOwnersOf(from: readonly [number, number], to: readonly [number, number], into: Set<number>): void {
    this.#lineCells(from, to, (index) => void (this.#taken[index] && into.add(this.#taken[index]! - 2)));
  }

  /** Whether a box lies wholly on the canvas and covers no taken cell. */
  free(box: ScreenBox): boolean {
    if (box.x0 < 0 || box.x1 > this.#width || box.y0 < 0 || box.y1 > this.#height) return false;
    return !this.#cells(box, (index) => this.#taken[index] !== 0);
  }

  /** Whether a straight line crosses no taken cell, skipping its first cell's length (where it leaves its symbol). */
  lineFree(from: readonly [number, number], to: readonly [number, number]): boolean {
    return this.#lineCells(from, to, (index) => this.#taken[index] !== 0) === false;
  }

  /** Marks the cells a line crosses (after its first cell's length) as taken by `owner`. */
  takeLine(from: readonly [number, number], to: readonly [number, number], owner = FIXED): void {
    this.#lineCells(from, to, (index) => void (this.#taken[index] = owner + 2));
  }

  /** Frees the cells a line crosses (after its first cell's length). */
  releaseLine(from: readonly [number, number], to: readonly [number, number]): void {
    this.#lineCells(from, to, (index) => void (this.#taken[index] = 0));
  }

  /** Visits the cells a line crosses, sampled at half a cell; stops early when `visit` returns true. */
  #lineCells(from: readonly [number, number], to: readonly [number, number], visit: (index: number) => boolean | void): boolean {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    const step = this.cell / 2;
    for (let d = this.cell + step; d <= length; d += step) {
      const x = from[0] + ((to[0] - from[0]) * d) / length;
      const y = from[1] + ((to[1] - from[1]) * d) / length;
      if (this.#cells({ x0: x, x1: x, y0: y, y1: y }, visit)) return true;
    }
    return false;
  }

  /** Visits the cells a box covers (clipped to the grid); stops early when `visit` returns true. */
  #cells(box: ScreenBox, visit: (index: number) => boolean | void): boolean {
    const cell = this.cell;
    const gx0 = Math.max(0, Math.floor(box.x0 / cell));
    const gx1 = Math.min(this.#columns - 1, Math.floor(box.x1 / cell));
    const gy0 = Math.max(0, Math.floor(box.y0 / cell));
    const gy1 = Math.min(this.#rows - 1, Math.floor(box.y1 / cell));
    for (let gy = gy0; gy <= gy1; gy++) for (let gx = gx0; gx <= gx1; gx++) if (visit(gy * this.#columns + gx)) return true;
    return false;
  }
}
