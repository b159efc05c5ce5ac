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

/** Row sums and column sums of a square matrix. */
function sums(matrix: readonly Float64Array[]): { rows: number[]; columns: number[] } {
  const n = matrix.length;
  const rows = new Array<number>(n).fill(0);
  const columns = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      rows[i]! += matrix[i]![j]!;
      columns[j]! += matrix[i]![j]!;
    }
  }
  return { rows, columns };
}

function multiply(a: readonly Float64Array[], b: readonly Float64Array[]): Float64Array[] {
  const n = a.length;
  const product = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const row = product[i]!;
    for (let k = 0; k < n; k++) {
      const aik = a[i]![k]!;
      if (aik === 0) continue;
      const bk = b[k]!;
      for (let j = 0; j < n; j++) row[j]! += aik * bk[j]!;
    }
  }
  return product;
}

/**
 * The order of the variables by a value, highest first (ties by index). Values are compared after rounding to nine
 * significant digits of the largest, so floating-point noise does not count as a change of rank.
 */
function ranking(values: readonly number[]): string {
  const top = Math.max(0, ...values) || 1;
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
  const n = matrix.length;
  const m: Float64Array[] = matrix.map((row) => Float64Array.from(row));
  const direct = sums(m);
  const maxPower = Math.max(2, options.maxPower ?? n);
  let power: Float64Array[] = m;
  const total = m.map((row) => Float64Array.from(row));
  let previous = `${ranking(direct.rows)}|${ranking(direct.columns)}`;
  let current = direct;
  let k = 1;
  let stable = false;
  while (k < maxPower) {
    power = multiply(power, m);
    k++;
    // Keep long products finite: scale the power and the running total alike (rankings and shares are unchanged).
    let largest = 0;
    for (const row of total) for (const v of row) largest = Math.max(largest, v);
    for (const row of power) for (const v of row) largest = Math.max(largest, v);
    const scale = largest > 1e200 ? 1e-200 : 1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        power[i]![j]! *= scale;
        total[i]![j] = total[i]![j]! * scale + power[i]![j]!;
      }
    }
    current = sums(total);
    const order = `${ranking(current.rows)}|${ranking(current.columns)}`;
    if (order === previous) {
      stable = true;
      break;
    }
    previous = order;
  }
  const directTotal = direct.rows.reduce((s, v) => s + v, 0);
  const indirectTotal = current.rows.reduce((s, v) => s + v, 0);
  const share = indirectTotal > 0 ? directTotal / indirectTotal : 0;
  return {
    direct: classify(direct.rows, direct.columns),
    indirect: classify(
      current.rows.map((v) => v * share),
      current.columns.map((v) => v * share),
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
