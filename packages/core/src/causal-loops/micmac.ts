import { maxOf } from '../geometry/extremes.js';
import type { CausalGraph } from './causal-graph.js';

/**
 * The four MICMAC quadrants (Godet), split at the mean influence and the mean dependence:
 * - `driver` (influent): high influence, low dependence: moves the system and is moved little by it; an entry point.
 * - `relay` (linkage): high influence, high dependence: moves the system and is moved by it, so acting on it echoes back.
 * - `outcome` (dependent): low influence, high dependence: where the system's effects show.
 * - `autonomous` (excluded): low both: loosely tied to the rest.
 */
export type MicmacRole = 'driver' | 'relay' | 'outcome' | 'autonomous';

export interface MicmacScore {
  /** Motricity: how much the variable acts on the others. */
  readonly influence: number;
  /** How much the others act on it. */
  readonly dependence: number;
  readonly role: MicmacRole;
}

export interface MicmacResult {
  /** Row and column sums of the matrix itself: the direct influences. */
  readonly direct: readonly MicmacScore[];
  /**
   * Row and column sums of M + M² + … + Mᵏ (every chain of influence up to `power` links), scaled so that they add up
   * to the same total as the direct ones (the means, and so the quadrant lines, stay comparable).
   */
  readonly indirect: readonly MicmacScore[];
  /** The highest power summed. */
  readonly power: number;
  /** True when the rankings stopped changing (Godet's stopping rule); false when `maxPower` was reached first. */
  readonly stable: boolean;
}

export interface MicmacOptions {
  /** Highest power to try (default: the number of variables, at least 2). */
  readonly maxPower?: number;
}

/** The non-zero entries of each row of a matrix: `[column, value]` pairs. */
function sparseRows(matrix: readonly (readonly number[])[]): [number, number][][] {
  return matrix.map((row) => {
    const entries: [number, number][] = [];
    row.forEach((value, j) => {
      if (value !== 0) entries.push([j, value]);
    });
    return entries;
  });
}

/**
 * One more power's row and column sums from the last one's: the row sums of Mᵏ are M·(row sums of Mᵏ⁻¹), its column
 * sums (column sums of Mᵏ⁻¹)·M. Only sums are ever read, so no power of the matrix is formed: each step costs the
 * matrix's non-zero entries, not n³ (a graph of 600 factors took 13 s with matrix products).
 */
function nextSums(rows: readonly [number, number][][], last: { rows: Float64Array; columns: Float64Array }) {
  const n = rows.length;
  const nextRows = new Float64Array(n);
  const nextColumns = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const [j, value] of rows[i]!) {
      sum += value * last.rows[j]!;
      nextColumns[j]! += last.columns[i]! * value;
    }
    nextRows[i] = sum;
  }
  return { rows: nextRows, columns: nextColumns };
}

/**
 * The order of the variables by a value, highest first (ties by index). Values are compared after rounding to nine
 * significant digits of the largest, so floating-point noise does not count as a change of rank.
 */
function ranking(values: readonly number[]): string {
  const top = Math.max(0, maxOf(values)) || 1;
  const rounded = values.map((v) => Math.round((v / top) * 1e9));
  return values
    .map((_, i) => i)
    .sort((a, b) => rounded[b]! - rounded[a]! || a - b)
    .join(',');
}

/** The quadrant of each variable: high is at or above the mean, and above zero. */
function classify(influence: readonly number[], dependence: readonly number[]): MicmacScore[] {
  const n = influence.length;
  const meanInfluence = influence.reduce((s, v) => s + v, 0) / Math.max(1, n);
  const meanDependence = dependence.reduce((s, v) => s + v, 0) / Math.max(1, n);
  // A relative tolerance, so a value equal to the mean up to rounding counts as on the line (high).
  const high = (v: number, mean: number) => v > 0 && v >= mean * (1 - 1e-9);
  return influence.map((inf, i) => {
    const dep = dependence[i]!;
    const role: MicmacRole = high(inf, meanInfluence)
      ? high(dep, meanDependence)
        ? 'relay'
        : 'driver'
      : high(dep, meanDependence)
        ? 'outcome'
        : 'autonomous';
    return { influence: inf, dependence: dep, role };
  });
}

/**
 * MICMAC structural analysis (Godet; Duperrin & Godet 1973) of a matrix of direct influences: `matrix[i][j]` is the
 * influence of variable i on variable j (0 for none; 1, or an intensity). Direct influence and dependence are the
 * row and column sums; indirect ones sum the powers of the matrix, adding one power at a time until the influence
 * and the dependence rankings are the same as one power before (Godet: stable after 3 to 5 multiplications).
 *
 * Summing the powers rather than taking the last one alone counts every chain of influence up to that length: on
 * the loops of a graph the highest power dominates, so the ranking converges to Godet's Mᵏ ranking, and on the
 * acyclic parts (exogenous drivers, final outcomes) it stays meaningful where a bare Mᵏ would fall to zero.
 * The matrix is used as given (MICMAC's own matrices have a zero diagonal; see `causalMatrix`).
 */
export function micmac(matrix: readonly (readonly number[])[], options: MicmacOptions = {}): MicmacResult {
  return micmacOfRows(sparseRows(matrix), options);
}

/** `micmac` of a matrix given by its non-zero entries per row (`[column, value]`), as `causalRows` makes them. */
export function micmacOfRows(rows: readonly [number, number][][], options: MicmacOptions = {}): MicmacResult {
  const n = rows.length;
  const direct = { rows: new Float64Array(n), columns: new Float64Array(n) };
  rows.forEach((entries, i) => {
    for (const [j, value] of entries) {
      direct.rows[i]! += value;
      direct.columns[j]! += value;
    }
  });
  const maxPower = Math.max(2, options.maxPower ?? n);
  let power = direct;
  const total = { rows: Float64Array.from(direct.rows), columns: Float64Array.from(direct.columns) };
  let previous = `${ranking([...direct.rows])}|${ranking([...direct.columns])}`;
  let k = 1;
  let stable = false;
  while (k < maxPower) {
    power = nextSums(rows, power);
    k++;
    // Keep long products finite: scale the power and the running total alike (rankings and shares are unchanged).
    let largest = 0;
    for (const list of [total.rows, total.columns, power.rows, power.columns]) for (const v of list) largest = Math.max(largest, v);
    const scale = largest > 1e200 ? 1e-200 : 1;
    for (let i = 0; i < n; i++) {
      power.rows[i]! *= scale;
      power.columns[i]! *= scale;
      total.rows[i] = total.rows[i]! * scale + power.rows[i]!;
      total.columns[i] = total.columns[i]! * scale + power.columns[i]!;
    }
    const order = `${ranking([...total.rows])}|${ranking([...total.columns])}`;
    if (order === previous) {
      stable = true;
      break;
    }
    previous = order;
  }
  const directTotal = direct.rows.reduce((s, v) => s + v, 0);
  const indirectTotal = total.rows.reduce((s, v) => s + v, 0);
  const share = indirectTotal > 0 ? directTotal / indirectTotal : 0;
  return {
    direct: classify([...direct.rows], [...direct.columns]),
    indirect: classify(
      [...total.rows].map((v) => v * share),
      [...total.columns].map((v) => v * share),
    ),
    power: k,
    stable,
  };
}

/**
 * The matrix of direct influences of a causal graph, in the order of `ids` (its nodes, then any other link ends):
 * 1 where at least one link goes from one factor to another (parallel links count once, as in MICMAC's 0/1 matrix),
 * 0 elsewhere, and 0 on the diagonal (MICMAC does not score a variable's influence on itself).
 */
export function causalMatrix(graph: CausalGraph): { ids: string[]; matrix: number[][] } {
  const ids = [...new Set([...graph.nodes, ...graph.links.flatMap((l) => [l.from, l.to])])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix = ids.map(() => new Array<number>(ids.length).fill(0));
  for (const link of graph.links) if (link.from !== link.to) matrix[index.get(link.from)!]![index.get(link.to)!] = 1;
  return { ids, matrix };
}

/** The matrix of `causalMatrix` as the non-zero entries of each row, without forming n² numbers. */
export function causalRows(graph: CausalGraph): { ids: string[]; rows: [number, number][][] } {
  const ids = [...new Set([...graph.nodes, ...graph.links.flatMap((l) => [l.from, l.to])])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const targets = ids.map(() => new Set<number>());
  for (const link of graph.links) if (link.from !== link.to) targets[index.get(link.from)!]!.add(index.get(link.to)!);
  return { ids, rows: targets.map((set) => [...set].sort((a, b) => a - b).map((j) => [j, 1] as [number, number])) };
}
