import { expect } from '@open-wc/testing';
import { placeLabels, startPlacement, takeFirstFree, type Crowded } from '../../packages/elements/src/actor-network/label-placement.js';
import type { ScreenCircle } from '../../packages/elements/src/actor-network/symbol-index.js';

/** A label of `width` for a symbol of radius 4 at (x, y), its text 3 px from the symbol (as the view draws it). */
const label = (index: number, x: number, y: number, width: number): Crowded => ({
  index,
  symbol: { x, y, r: 4 },
  r: 7,
  width,
  lineHeight: 15,
});
const boxesOverlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Two symbols 45 px apart in a corridor one line high, walled above and below (reserved boxes, clear of the labels'
 * 6 px grid cells): a 30 px name fits left of the first, between the two, and nowhere right of the second (the
 * canvas ends). The first, most important, takes its right side (preferred to its left), which is the second's only
 * spot.
 */
function corridor(settled: boolean) {
  const labels = [label(0, 100, 100, 30), label(1, 145, 100, 30)];
  const circles: ScreenCircle[] = labels.map((l) => l.symbol);
  const walls = [
    { x0: 0, x1: 400, y0: 0, y1: 89.9 },
    { x0: 0, x1: 400, y0: 108, y1: 300 },
  ];
  // The canvas ends 20 px right of the second symbol: nothing fits right of it.
  startPlacement(165, 300, walls, circles);
  return placeLabels([0, 1], (i) => labels[i], settled);
}

describe('placing the zoomed-out network labels', () => {
  it('gives the most important label the first free spot beside its symbol, right before left', () => {
    const placed = corridor(false);
    expect(placed.map((p) => p.index)).to.deep.equal([0]);
    expect(placed[0]!.box.x0).to.equal(107);
    expect(placed[0]!.from).to.equal(undefined);
  });

  it('at rest, moves a label that blocks another to its other free spot, so both are named', () => {
    const placed = corridor(true);
    const byIndex = new Map(placed.map((p) => [p.index, p]));
    expect([...byIndex.keys()].sort()).to.deep.equal([0, 1]);
    // The first moved to its left side; the second took the spot between them.
    expect(byIndex.get(0)!.box.x1).to.be.closeTo(100 - 7, 0.02);
    expect(byIndex.get(1)!.box.x1).to.be.closeTo(145 - 7, 0.02);
    expect(boxesOverlap(byIndex.get(0)!.box, byIndex.get(1)!.box)).to.equal(false);
  });

  it('leaves everything as it was when the label in the way has nowhere else to go', () => {
    const labels = [label(0, 60, 100, 30), label(1, 105, 100, 30)];
    // Walls above and below, and the canvas starts 10 px left of the first symbol: only the spot between them.
    startPlacement(
      150,
      300,
      [
        { x0: 0, x1: 150, y0: 0, y1: 89.9 },
        { x0: 0, x1: 150, y0: 108, y1: 300 },
        { x0: 0, x1: 52, y0: 0, y1: 300 },
        { x0: 108, x1: 150, y0: 0, y1: 300 },
      ],
      labels.map((l) => l.symbol),
    );
    const placed = placeLabels([0, 1], (i) => labels[i], true);
    expect(placed.map((p) => [p.index, p.box.x0])).to.deep.equal([[0, 67]]);
    // The grid was restored exactly: the spot the first label holds is taken, the rest of the corridor is free.
    expect(takeFirstFree([{ x0: 67, x1: 90, y0: 93, y1: 107 }])).to.equal(undefined);
  });

  it('never lets a moved label or its leader line cover another, over a crowd of a hundred symbols', () => {
    const labels: Crowded[] = [];
    for (let i = 0; i < 100; i++) labels.push(label(i, 40 + (i % 10) * 22, 40 + Math.floor(i / 10) * 20, 20 + ((i * 7) % 40)));
    startPlacement(
      400,
      320,
      [],
      labels.map((l) => l.symbol),
    );
    const quick = placeLabels(
      labels.map((l) => l.index),
      (i) => labels[i],
      false,
    );
    startPlacement(
      400,
      320,
      [],
      labels.map((l) => l.symbol),
    );
    const placed = placeLabels(
      labels.map((l) => l.index),
      (i) => labels[i],
      true,
    );
    expect(placed.length, 'the search at rest names more').to.be.greaterThan(quick.length);
    expect(new Set(placed.map((p) => p.index)).size).to.equal(placed.length);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.index} over ${b.index}`).to.equal(false);
    // No label covers a symbol.
    for (const p of placed)
      for (const l of labels) {
        const { x, y, r } = l.symbol;
        const nx = Math.max(p.box.x0, Math.min(x, p.box.x1));
        const ny = Math.max(p.box.y0, Math.min(y, p.box.y1));
        expect(Math.hypot(nx - x, ny - y), `${p.index}'s label over ${l.index}'s symbol`).to.be.greaterThan(r);
      }
  });
});
