import { NETWORK_NODE_METRICS, type NetworkCompareMarks, type NetworkLayout } from '@floke/core/actor-network';
import type { NetworkPaint, ScreenBox, ViewTransform } from './paint-network.js';

/** A gone actor's ghost as placed on screen (CSS px from the drawing's top left). */
export interface DrawnGhost {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Symbol and struck-through name together: canvas labels keep clear of it. */
  readonly box: ScreenBox;
}

/**
 * A gained or lost tie as drawn on screen. A lost tie is a dashed line between its ends; a gained one (the tie layer
 * draws its line) gets a «+» ring at its middle, whose box is `marker`.
 */
export interface DrawnTieChange {
  readonly status: 'gained' | 'lost';
  readonly source: number;
  readonly target: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly marker?: ScreenBox;
}

/** Radius of a gained tie's «+» ring (CSS px). */
const PLUS_RADIUS = 7;

type View = { transform: ViewTransform; width: number; height: number; visibleNodes: ArrayLike<boolean | number> };

const inView = (box: ScreenBox, view: View) => box.x1 > 0 && box.x0 < view.width && box.y1 > 0 && box.y0 < view.height;

/**
 * The ghosts on screen: symbol at its layout place, name one size on screen whatever the zoom, none when the network
 * is zoomed out to dots (the text alternative and tables still list them). The painter reserves their boxes in the
 * label placer, so no label is painted over a ghost.
 */
export function ghostsOnScreen(marks: NetworkCompareMarks, view: View, measure: (text: string) => number): DrawnGhost[] {
  const { x: tx, y: ty, k } = view.transform;
  if (k * NETWORK_NODE_METRICS.minRadius < 1.2) return [];
  return marks.ghosts.flatMap((ghost) => {
    const x = ghost.x * k + tx;
    const y = ghost.y * k + ty;
    const radius = Math.max(6, ghost.radius * k);
    const half = Math.max(radius, measure(ghost.label) / 2) + 2;
    const box = { x0: x - half, x1: x + half, y0: y - radius - 2, y1: y + radius + 20 };
    return inView(box, view) ? [{ id: ghost.id, label: ghost.label, x, y, radius, box }] : [];
  });
}

/**
 * The gained and lost ties whose ends are both shown (a tie to a filtered-out actor is not drawn), none when zoomed
 * out to dots. A gained tie's «+» is left out where it would lie on a shown symbol, another «+», a ghost or a change
 * badge (`taken`): in a crowd the tables still list the tie. The painter reserves the markers' boxes for labels.
 */
export function tieChangesOnScreen(
  layout: NetworkLayout,
  marks: NetworkCompareMarks,
  view: View,
  taken: readonly ScreenBox[],
): DrawnTieChange[] {
  const { x: tx, y: ty, k } = view.transform;
  if (k * NETWORK_NODE_METRICS.minRadius < 1.2) return [];
  const hits = (a: ScreenBox, b: ScreenBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const symbols: ScreenBox[] = [];
  layout.nodes.forEach((node, i) => {
    if (!view.visibleNodes[i]) return;
    const [x, y, r] = [node.x * k + tx, node.y * k + ty, node.radius * k + 2];
    if (x + r > 0 && x - r < view.width && y + r > 0 && y - r < view.height) symbols.push({ x0: x - r, x1: x + r, y0: y - r, y1: y + r });
  });
  const markers: ScreenBox[] = [];
  const line =
    (status: DrawnTieChange['status']) =>
    ([source, target]: readonly [number, number]): DrawnTieChange[] => {
      if (!view.visibleNodes[source] || !view.visibleNodes[target]) return [];
      const a = layout.nodes[source]!;
      const b = layout.nodes[target]!;
      const tie = { status, source, target, x0: a.x * k + tx, y0: a.y * k + ty, x1: b.x * k + tx, y1: b.y * k + ty };
      if (status === 'lost') return [tie];
      const [x, y, r] = [(tie.x0 + tie.x1) / 2, (tie.y0 + tie.y1) / 2, PLUS_RADIUS + 1];
      const marker = { x0: x - r, x1: x + r, y0: y - r, y1: y + r };
      if (!inView(marker, view) || [...symbols, ...markers, ...taken].some((box) => hits(box, marker))) return [];
      markers.push(marker);
      return [{ ...tie, marker }];
    };
  return [...marks.gained.flatMap(line('gained')), ...marks.lost.flatMap(line('lost'))];
}

/**
 * Paints compare mode's network marks in screen coordinates. A lost tie: a dashed line. A gained tie: a «+» in a
 * ring at its middle (a cue by shape, not colour). A ghost: a dashed ring, its name struck through.
 */
export function paintCompareMarks(
  context: CanvasRenderingContext2D,
  ties: readonly DrawnTieChange[],
  ghosts: readonly DrawnGhost[],
  paint: NetworkPaint,
): void {
  context.save();
  context.strokeStyle = paint.text;
  context.lineWidth = 1.5;
  context.setLineDash([6, 4]);
  for (const tie of ties) {
    if (tie.status !== 'lost') continue;
    context.beginPath();
    context.moveTo(tie.x0, tie.y0);
    context.lineTo(tie.x1, tie.y1);
    context.stroke();
  }
  context.setLineDash([]);
  for (const tie of ties) {
    if (!tie.marker) continue;
    const x = (tie.x0 + tie.x1) / 2;
    const y = (tie.y0 + tie.y1) / 2;
    context.beginPath();
    context.arc(x, y, PLUS_RADIUS, 0, 2 * Math.PI);
    context.fillStyle = paint.background;
    context.fill();
    context.stroke();
    context.beginPath();
    context.moveTo(x - 4, y);
    context.lineTo(x + 4, y);
    context.moveTo(x, y - 4);
    context.lineTo(x, y + 4);
    context.stroke();
  }
  context.font = `12px ${paint.font}`;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const ghost of ghosts) {
    context.setLineDash([4, 3]);
    context.lineWidth = 2;
    context.beginPath();
    context.arc(ghost.x, ghost.y, ghost.radius, 0, 2 * Math.PI);
    context.fillStyle = paint.background;
    context.fill();
    context.stroke();
    context.setLineDash([]);
    const top = ghost.y + ghost.radius + 3;
    const width = context.measureText(ghost.label).width;
    // A halo in the background colour keeps the name readable over ties, as other labels are.
    context.strokeStyle = paint.background;
    context.lineWidth = 3;
    context.strokeText(ghost.label, ghost.x, top);
    context.strokeStyle = paint.text;
    context.fillStyle = paint.text;
    context.fillText(ghost.label, ghost.x, top);
    context.lineWidth = 1.5;
    context.beginPath();
    context.moveTo(ghost.x - width / 2, top + 7);
    context.lineTo(ghost.x + width / 2, top + 7);
    context.stroke();
  }
  context.restore();
}
