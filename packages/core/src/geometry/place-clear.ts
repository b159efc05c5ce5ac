/** A box by its centre and size. */
export interface CentredBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Bounds a box must stay within (its edges, not its centre). */
export interface Bounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: CentredBox, b: CentredBox, gap: number) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap;

const within = (box: CentredBox, bounds: Bounds) =>
  box.x - box.width / 2 >= bounds.left &&
  box.x + box.width / 2 <= bounds.right &&
  box.y - box.height / 2 >= bounds.top &&
  box.y + box.height / 2 <= bounds.bottom;

/**
 * The place nearest to `box` (its own place first, or the nearest inside `bounds` when it lies outside) where it
 * overlaps no obstacle by less than `gap`, staying in `bounds`: points of a grid `step` apart around it are tried
 * nearest first, up to `maxDistance` away. Undefined when none is free. Pure and deterministic.
 */
export function placeClear(
  box: CentredBox,
  obstacles: readonly CentredBox[],
  bounds: Bounds,
  options: { gap?: number; step?: number; maxDistance?: number } = {},
): CentredBox | undefined {
  const gap = options.gap ?? 4;
  const step = options.step ?? 8;
  const maxDistance = options.maxDistance ?? 600;
  const free = (candidate: CentredBox) => within(candidate, bounds) && !obstacles.some((o) => overlaps(candidate, o, gap));
  // A box from elsewhere (another layer of the earlier version, say) starts at the nearest place inside its bounds.
  const clamp = (value: number, low: number, high: number) => (low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high));
  const start = {
    ...box,
    x: clamp(box.x, bounds.left + box.width / 2, bounds.right - box.width / 2),
    y: clamp(box.y, bounds.top + box.height / 2, bounds.bottom - box.height / 2),
  };
  if (free(start)) return start;
  for (const [dx, dy] of gridOffsets(Math.floor(maxDistance / step))) {
    const candidate = { ...start, x: start.x + dx * step, y: start.y + dy * step };
    if (free(candidate)) return candidate;
  }
  return undefined;
}

const offsetCache = new Map<number, readonly (readonly [number, number])[]>();

/** Grid offsets within `n` cells, nearest first (ties: vertical moves before horizontal ones, down before up: a fixed order). */
function gridOffsets(n: number): readonly (readonly [number, number])[] {
  let offsets = offsetCache.get(n);
  if (offsets) return offsets;
  const all: [number, number, number][] = [];
  for (let i = -n; i <= n; i++)
    for (let j = -n; j <= n; j++) {
      const d = i * i + j * j;
      if (d > 0 && d <= n * n) all.push([d, i, j]);
    }
  all.sort((a, b) => a[0] - b[0] || Math.abs(a[1]) - Math.abs(b[1]) || b[2] - a[2] || a[1] - b[1]);
  offsets = all.map(([, i, j]) => [i, j] as const);
  offsetCache.set(n, offsets);
  return offsets;
}
