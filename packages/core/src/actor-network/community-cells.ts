/** One node as the cell planner sees it: its box width and where it goes. */
import { maxOf } from '../geometry/extremes.js';
export interface CellMember {
  readonly width: number;
  readonly band: number;
  readonly community: number;
}

/** A block of the drawing that holds one community (or, for the last cell, every community of one member). */
export interface Cell<M extends CellMember> {
  readonly communities: readonly number[];
  readonly members: readonly M[];
}

export interface TierPlan {
  /** Indexes into the cells, left to right. */
  readonly cells: readonly number[];
  /** Rows of each band (level) in this tier, at least 1. */
  readonly rows: readonly number[];
}

export interface CellPlan {
  readonly tiers: readonly TierPlan[];
  /** Width of each cell. */
  readonly widths: readonly number[];
}

export interface CellPlanOptions {
  readonly rowHeight: number;
  /** Space between boxes, and between cells. */
  readonly gap: number;
  readonly gutter: number;
  /** Area factor of free room left around boxes. */
  readonly spread: number;
  /** Width : height the drawing aims for. */
  readonly aspect: number;
  /** Height of a tier besides its rows (header strip, band padding). */
  readonly tierOverhead: number;
}

/**
 * Cells in the given community order: one per community of two or more members, then one for all lone nodes
 * (a cell each would scatter dozens of tiny regions over the drawing).
 */
export function cellsOf<M extends CellMember>(members: readonly M[], order: readonly number[]): Cell<M>[] {
  const byCommunity = new Map<number, M[]>();
  for (const member of members) {
    const list = byCommunity.get(member.community);
    if (list) list.push(member);
    else byCommunity.set(member.community, [member]);
  }
  const cells: Cell<M>[] = [];
  const lone: number[] = [];
  for (const community of order) {
    const list = byCommunity.get(community) ?? [];
    if (list.length >= 2) cells.push({ communities: [community], members: list });
    else if (list.length === 1) lone.push(community);
  }
  if (lone.length) cells.push({ communities: lone, members: lone.map((c) => byCommunity.get(c)![0]!) });
  return cells;
}

/**
 * Packs cells into tiers (rows of cells, each with one band per level) so that cells come out about square: each
 * cell's side is first estimated from its area, tiers are filled left to right up to a target width, then each
 * tier gets rows in its bands until its cells fit that width. The target starts from the total area and the aspect,
 * and is corrected twice by the shape that came out (empty bands and headers make the first guess too flat). A
 * single tier is kept when its cells are not much taller than wide (small networks, few communities).
 */
export function planCells<M extends CellMember>(cells: readonly Cell<M>[], bandCount: number, options: CellPlanOptions): CellPlan {
  const { rowHeight, gap, gutter, spread, aspect } = options;
  // Per cell and band: the width its boxes need in one row (with room to spread), and its widest box.
  const need = cells.map(() => new Float64Array(bandCount));
  const widest = cells.map(() => new Float64Array(bandCount));
  const side = cells.map((cell, c) => {
    let area = 0;
    for (const m of cell.members) {
      need[c]![m.band]! += (m.width + gap) * Math.sqrt(spread);
      widest[c]![m.band] = Math.max(widest[c]![m.band]!, m.width + gap);
      area += (m.width + gap) * rowHeight * spread;
    }
    return Math.max(Math.sqrt(area), ...widest[c]!);
  });
  const totalArea = side.reduce((sum, s) => sum + (s + gutter) ** 2, 0);
  const fit = (oneTier: boolean) => {
    let target = Math.max(480, Math.sqrt(totalArea * aspect));
    let plan = packTiers(target, oneTier, side, need, widest, bandCount, options);
    for (let round = 0; round < 2 && cells.length; round++) {
      const shape = plan.width / Math.max(1, plan.height);
      target = Math.max(240, target * Math.sqrt(aspect / shape));
      plan = packTiers(target, oneTier, side, need, widest, bandCount, options);
    }
    return plan;
  };
  // One band per level across the whole drawing reads best; stack tiers only when one tier's cells would be columns.
  const single = fit(true);
  const members = cells.reduce((sum, cell) => sum + cell.members.length, 0);
  const meanWidth = cells.reduce((sum, cell, c) => sum + single.widths[c]! * cell.members.length, 0) / Math.max(1, members);
  return single.height <= MAX_CELL_TALLNESS * meanWidth || cells.length <= 1 ? single : fit(false);
}

/** How much taller than wide (weighted by members) a one-tier drawing's cells may be before tiers are stacked. */
const MAX_CELL_TALLNESS = 2.5;

function packTiers(
  target: number,
  oneTier: boolean,
  side: readonly number[],
  need: readonly Float64Array[],
  widest: readonly Float64Array[],
  bandCount: number,
  { gutter, rowHeight, tierOverhead }: CellPlanOptions,
): CellPlan & { width: number; height: number } {
  const tiers: { cells: number[]; rows: number[] }[] = [];
  let current: number[] = [];
  let used = 0;
  side.forEach((_, c) => {
    if (current.length && !oneTier && used + side[c]! > target) {
      tiers.push({ cells: current, rows: [] });
      [current, used] = [[], 0];
    }
    current.push(c);
    used += side[c]! + gutter;
  });
  if (current.length) tiers.push({ cells: current, rows: [] });

  const widths = new Array<number>(side.length).fill(0);
  let [width, height] = [0, 0];
  for (const tier of tiers) {
    const rows = new Array<number>(bandCount).fill(1);
    for (let attempt = 0; attempt < 400; attempt++) {
      const binding = new Array<number>(bandCount).fill(0);
      let total = -gutter;
      for (const c of tier.cells) {
        let width = 0;
        let band = -1;
        for (let b = 0; b < bandCount; b++) {
          if (need[c]![b] === 0) continue;
          const w = Math.max(need[c]![b]! / rows[b]!, widest[c]![b]!);
          // A band binds only while another row would narrow it (one wide label cannot be split).
          if (w > width) [width, band] = [w, need[c]![b]! / rows[b]! > widest[c]![b]! ? b : -1];
        }
        widths[c] = width;
        if (band >= 0) binding[band]! += width;
        total += width + gutter;
      }
      const most = maxOf(binding);
      if (total <= target || most === 0) break;
      rows[binding.indexOf(most)]!++;
    }
    tier.rows = rows;
    width = Math.max(
      width,
      tier.cells.reduce((sum, c) => sum + widths[c]! + gutter, -gutter),
    );
    height += tierOverhead + rows.reduce((sum, r) => sum + r * rowHeight, 0);
  }
  return { tiers, widths, width, height };
}
