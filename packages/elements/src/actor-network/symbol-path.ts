import type { SectorColorKey } from '@floke/core';
import { SECTOR_SHAPES } from '@floke/core';

/** Anything that takes path commands: a canvas context, a Path2D, or the SVG path builder below. */
interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  closePath(): void;
}

function polygon(path: PathSink, x: number, y: number, r: number, sides: number, rotation: number): void {
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    const px = x + r * Math.cos(angle);
    const py = y + r * Math.sin(angle);
    if (i === 0) path.moveTo(px, py);
    else path.lineTo(px, py);
  }
  path.closePath();
}

/** Adds the sector's symbol (same area impression for every shape) centred at (x, y) with radius r. */
export function addSymbol(path: PathSink, sector: SectorColorKey, x: number, y: number, r: number): void {
  switch (SECTOR_SHAPES[sector]) {
    case 'circle':
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, 2 * Math.PI);
      path.closePath();
      break;
    case 'square':
      polygon(path, x, y, r * 1.2, 4, Math.PI / 4);
      break;
    case 'diamond':
      polygon(path, x, y, r * 1.25, 4, 0);
      break;
    case 'triangle':
      polygon(path, x, y + r * 0.15, r * 1.35, 3, -Math.PI / 2);
      break;
    case 'pentagon':
      polygon(path, x, y, r * 1.12, 5, -Math.PI / 2);
      break;
    case 'hexagon':
      polygon(path, x, y, r * 1.08, 6, 0);
      break;
    case 'cross': {
      const a = r * 0.38;
      const b = r * 1.05;
      const points = [
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ] as const;
      points.forEach(([px, py], i) => (i === 0 ? path.moveTo(x + px, y + py) : path.lineTo(x + px, y + py)));
      path.closePath();
      break;
    }
  }
}

/** The same symbol as SVG path data, for the accessible overlay, the legend and the SVG export. */
export function symbolPathData(sector: SectorColorKey, x: number, y: number, r: number): string {
  let d = '';
  const f = (n: number) => Math.round(n * 100) / 100;
  addSymbol(
    {
      moveTo: (px, py) => (d += `M${f(px)},${f(py)}`),
      lineTo: (px, py) => (d += `L${f(px)},${f(py)}`),
      arc: (cx, cy, radius) =>
        (d += `M${f(cx + radius)},${f(cy)}A${f(radius)},${f(radius)} 0 1 1 ${f(cx - radius)},${f(cy)}A${f(radius)},${f(radius)} 0 1 1 ${f(cx + radius)},${f(cy)}`),
      closePath: () => (d += 'Z'),
    },
    sector,
    x,
    y,
    r,
  );
  return d;
}

/**
 * An initiative's mark (two-mode): a capsule, a shape no sector has, as wide as its node's circle and 0.6 of it high,
 * so it lies within the circle the hit test uses.
 */
export function addInitiativeMark(path: CanvasPath, x: number, y: number, r: number): void {
  const h = 0.6 * r;
  const c = r - h;
  path.moveTo(x - c, y - h);
  path.lineTo(x + c, y - h);
  path.arc(x + c, y, h, -Math.PI / 2, Math.PI / 2);
  path.lineTo(x - c, y + h);
  path.arc(x - c, y, h, Math.PI / 2, (3 * Math.PI) / 2);
  path.closePath();
}

/** The initiative's capsule as SVG path data. */
export function initiativePathData(x: number, y: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const h = 0.6 * r;
  const c = r - h;
  return `M${f(x - c)},${f(y - h)}L${f(x + c)},${f(y - h)}A${f(h)},${f(h)} 0 0 1 ${f(x + c)},${f(y + h)}L${f(x - c)},${f(y + h)}A${f(h)},${f(h)} 0 0 1 ${f(x - c)},${f(y - h)}Z`;
}
