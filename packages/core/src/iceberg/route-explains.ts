import type { NormalizedRelation } from '../document/normalized-types.js';
import type { Point } from '../geometry/geometry.js';
import type { IcebergChip, IcebergLink } from './types.js';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Which edge of a chip a link leaves or enters by: the one facing the other chip (chips of one row: the bottom). */
type Edge = 'top' | 'bottom';

interface End {
  readonly link: number;
  readonly chip: IcebergChip;
  readonly edge: Edge;
  /** Where the other end is, to order the ends along the edge so that curves do not cross there. */
  readonly towardX: number;
}

/**
 * Draws each `explains` relation as a cubic curve from an edge of the explaining chip to an edge of the explained one,
 * leaving and arriving vertically. Links that share a chip's edge are spread along it in the order of their other
 * ends, so that no two arrowheads meet. Only the chain in focus is shown, so curves may pass over dimmed chips.
 */
export function routeExplains(relations: readonly NormalizedRelation[], chips: readonly IcebergChip[]): IcebergLink[] {
  const byId = new Map(chips.map((chip) => [chip.id, chip]));
  const pairs = relations
    .map((relation) => ({ relation, from: byId.get(relation.from), to: byId.get(relation.to) }))
    .filter((p): p is { relation: NormalizedRelation; from: IcebergChip; to: IcebergChip } => !!p.from && !!p.to && p.from !== p.to);
  const ends: End[] = [];
  pairs.forEach(({ from, to }, link) => {
    const sameRow = from.row === to.row;
    const fromEdge: Edge = sameRow || from.y < to.y ? 'bottom' : 'top';
    const toEdge: Edge = sameRow || to.y < from.y ? 'bottom' : 'top';
    ends.push({ link, chip: from, edge: fromEdge, towardX: to.x }, { link, chip: to, edge: toEdge, towardX: from.x });
  });
  // Spread the ends on each chip edge evenly over the middle of the edge, ordered by where they lead.
  const at = new Map<string, Point>();
  const groups = new Map<string, End[]>();
  for (const end of ends) {
    const key = `${end.chip.id} ${end.edge}`;
    const group = groups.get(key);
    if (group) group.push(end);
    else groups.set(key, [end]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.towardX - b.towardX || a.link - b.link);
    group.forEach((end, i) => {
      const { chip } = end;
      const span = Math.min(chip.width - 24, 24 * (group.length - 1));
      const x = chip.x - span / 2 + (group.length > 1 ? (span * i) / (group.length - 1) : 0);
      const y = end.edge === 'top' ? chip.y - chip.height / 2 : chip.y + chip.height / 2;
      at.set(`${end.link} ${end.chip === pairs[end.link]!.from ? 'from' : 'to'}`, { x: r1(x), y: r1(y) });
    });
  }
  return pairs.map(({ relation, from, to }, link) => {
    const start = at.get(`${link} from`)!;
    const end = at.get(`${link} to`)!;
    const sameRow = from.row === to.row;
    // Leave and arrive vertically; between rows the curve bends at half the height, within a row it dips below.
    const bend = sameRow ? 36 : Math.max(24, Math.abs(end.y - start.y) / 2);
    const out = (y: number, edgeBelow: boolean) => r1(edgeBelow ? y + bend : y - bend);
    const fromBelow = sameRow || from.y < to.y;
    const toBelow = sameRow || to.y < from.y;
    const points: [Point, Point, Point, Point] = [
      start,
      { x: start.x, y: out(start.y, fromBelow) },
      { x: end.x, y: out(end.y, toBelow) },
      end,
    ];
    return { id: relation.id, from: relation.from, to: relation.to, points };
  });
}
