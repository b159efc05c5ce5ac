import { placeClear, type CentredBox } from '../geometry/place-clear.js';
import type { NetworkLayout } from './network-layout-types.js';

/** A gone actor as compare mode draws it: a dashed, struck-through symbol at a free place among its former partners. */
export interface NetworkGhost {
  readonly id: string;
  readonly label: string;
  /** Centre of its symbol, in layout coordinates. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** Compare mode's marks in the network, in the drawn layout's terms (node indexes, layout coordinates). */
export interface NetworkCompareMarks {
  readonly ghosts: readonly NetworkGhost[];
  /** Ties the drawn version has and the earlier did not, as pairs of node indexes. */
  readonly gained: readonly (readonly [number, number])[];
  /** Ties the earlier version had between two actors still drawn, as pairs of node indexes. */
  readonly lost: readonly (readonly [number, number])[];
}

/** A ghost's symbol radius (layout units) and the room its name takes below it (one line at the label size). */
const GHOST_RADIUS = 7;

/**
 * Where compare mode draws what the network lost and gained. A gone actor goes to the centre of its former partners
 * still drawn (the ties it lost), moved only as far as needed to clear every drawn node's symbol and label box and
 * every earlier ghost (`placeClear`, deterministic); one with no partner drawn goes to the drawing's lower edge; one
 * with no free place is left out (the text alternative and the tables still list it). The drawn layout is not touched, so unchanged actors keep their places. Pure.
 */
export function networkCompareMarks(
  layout: NetworkLayout,
  gone: readonly { readonly id: string; readonly kind: string; readonly label: string }[],
  ties: { readonly gained: readonly TieEnds[]; readonly lost: readonly TieEnds[] },
  textWidth: (text: string) => number = (text) => text.length * 7,
): NetworkCompareMarks {
  const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const pairs = (list: readonly TieEnds[]) =>
    list.flatMap((tie) => {
      const a = index.get(tie.source);
      const b = index.get(tie.target);
      return a === undefined || b === undefined ? [] : [[a, b] as const];
    });
  const obstacles: CentredBox[] = layout.nodes.map((n) => ({ ...n.box, width: n.box.width + 8, height: n.box.height + 8 }));
  const bounds = { left: 0, top: 0, right: layout.width, bottom: layout.height };
  const ghosts: NetworkGhost[] = [];
  for (const element of gone) {
    if (element.kind !== 'actor') continue;
    const partners = ties.lost
      .filter((t) => t.source === element.id || t.target === element.id)
      .map((t) => index.get(t.source === element.id ? t.target : t.source))
      .filter((i) => i !== undefined)
      .map((i) => layout.nodes[i]!);
    // Symbol above, name below (as drawn nodes are): the box is centred a little under the symbol.
    const width = Math.max(2 * GHOST_RADIUS, textWidth(element.label)) + 8;
    const height = 2 * GHOST_RADIUS + 22;
    // With no partner still drawn (or none then), at the drawing's lower edge, as the loops do.
    const x = partners.length ? partners.reduce((sum, n) => sum + n.x, 0) / partners.length : layout.width / 2;
    const y = partners.length ? partners.reduce((sum, n) => sum + n.y, 0) / partners.length : layout.height - height / 2 - 11;
    const box = placeClear({ x, y: y + 11, width, height }, obstacles, bounds);
    if (!box) continue;
    obstacles.push(box);
    ghosts.push({ id: element.id, label: element.label, x: box.x, y: box.y - 11, radius: GHOST_RADIUS });
  }
  return { ghosts, gained: pairs(ties.gained), lost: pairs(ties.lost) };
}

/** A tie by its ends' ids (as the diff reports it). */
export interface TieEnds {
  readonly source: string;
  readonly target: string;
}
