import type { ScreenBox } from './paint-network.js';
import { ScreenGrid } from './screen-grid.js';
import { SymbolIndex, type ScreenCircle } from './symbol-index.js';

/**
 * Where the zoomed-out network's one-line labels go: beside their symbols, or moved out of a crowd with a leader
 * line, and, in a frame at rest, with room made for those left out by moving others. One placement per frame, on
 * module-wide buffers reused across frames.
 */

/** At most this many labels per frame, so a frame stays cheap at any size. */
export const LABEL_BUDGET = 250;
/** Size (CSS px) of the screen grid that keeps zoomed-out labels off each other and off the symbols. */
const LABEL_CELL = 6;
/**
 * How far (CSS px beyond the symbol) a label may be moved out of a crowd, joined to its symbol by a leader line.
 * Far enough to reach the edge of a dense community, near enough that the line still reads as "this one".
 */
const CALLOUT_REACH = [18, 30, 42, 54, 66, 80, 96, 112, 128] as const;
/**
 * At most this many labels per frame are tried as callouts (the most important that found no room beside their
 * symbol): each try tests up to `CALLOUT_REACH` × `CALLOUT_DIRECTIONS` spots, so a frame at thousands of nodes stays
 * within its budget while panning.
 */
const CALLOUT_TRIES = 40;
/**
 * How names left out get room (see `makeRoom`): first by moving one label in the way, which may move one more and so
 * on up to `chain` labels; then spots blocked by two, then three labels.
 */
const REPAIR_STAGES = [
  { atOnce: 1, chain: 3 },
  { atOnce: 2, chain: 2 },
  { atOnce: 3, chain: 2 },
] as const;
/**
 * At most this many spots are looked at per frame to make room (about 10 ms at 2,000 actors), and only in a frame at
 * rest: the Telemark map needs about 7,000 to name all its 81 actors.
 */
const REPAIR_WORK = 40_000;
/** Directions tried for a callout, nearest the horizontal first (labels read best beside their line). */
const CALLOUT_DIRECTIONS = [
  0, 180, 345, 195, 15, 165, 330, 210, 30, 150, 315, 225, 45, 135, 300, 240, 60, 120, 285, 255, 75, 105, 270, 90,
].map((d) => (d * Math.PI) / 180);

const grid = new ScreenGrid(LABEL_CELL);
const symbols = new SymbolIndex();
/** Whether a label's box may go here: clear of the text placed so far and of every symbol. */
const fits = (box: ScreenBox) => {
  spotChecks++;
  return grid.free(box) && symbols.boxClear(box, LABEL_CLEARANCE);
};
/** Spots looked at so far in this frame's repair (its cost, bounded by `REPAIR_WORK`). */
let spotChecks = 0;
/** How near (CSS px) a label may come to a symbol (its own sits `labelGap` away). */
const LABEL_CLEARANCE = 1.5;
/** How near (CSS px) a leader line may pass another symbol, so it cannot be read as pointing at it. */
const LEADER_CLEARANCE = 1.5;

/** A label waiting for a spot: its symbol on screen, the distance from its centre to the text, its size. */
export interface Crowded {
  readonly index: number;
  readonly symbol: ScreenCircle;
  readonly r: number;
  readonly width: number;
  readonly lineHeight: number;
}

/** Where a label went: its box, and for a moved-out label the leader line from its symbol. */
export interface Placement {
  readonly index: number;
  readonly box: ScreenBox;
  readonly from?: readonly [number, number];
  readonly to?: readonly [number, number];
}

/** Starts a frame's placement on a canvas of this size: `reserved` boxes are kept free, no label covers a symbol. */
export function startPlacement(width: number, height: number, reserved: readonly ScreenBox[], circles: readonly ScreenCircle[]): void {
  grid.reset(width, height);
  for (const box of reserved) grid.take(box);
  symbols.clear();
  for (const circle of circles) if (circle) symbols.add(circle);
  journal.length = 0;
}

/**
 * Places labels most important first (`order`; `labelOf` gives each one's size, or nothing when it is not drawn):
 * beside its symbol, else (for the first `CALLOUT_TRIES` that need it) moved out; then, when `settled`, makes room
 * for those left out (`makeRoom`).
 */
export function placeLabels(order: readonly number[], labelOf: (index: number) => Crowded | undefined, settled: boolean): Placement[] {
  const placed = new Map<number, Placement>();
  const crowd: Crowded[] = [];
  const sized: Crowded[] = [];
  let calloutTries = 0;
  for (const i of order) {
    if (placed.size >= LABEL_BUDGET) break;
    const label = labelOf(i);
    if (!label) continue;
    sized[i] = label;
    const beside = besideFor(label);
    if (beside) {
      place(placed, { index: i, box: beside });
      continue;
    }
    if (calloutTries >= CALLOUT_TRIES) continue;
    calloutTries++;
    const callout = calloutFor(label);
    if (callout) place(placed, { index: i, ...callout });
    else crowd.push(label);
  }
  journal.length = 0;
  spotChecks = 0;
  if (settled && placed.size < LABEL_BUDGET) makeRoom(crowd, sized, placed);
  return [...placed.values()];
}

/** Takes the first of `boxes` that is free (a community's name), or none. */
export function takeFirstFree(boxes: readonly ScreenBox[]): ScreenBox | undefined {
  const spot = boxes.find(fits);
  if (spot) grid.take(spot);
  return spot;
}

/** Every placement and removal since the frame's repair began, so a failed chain of moves can be undone exactly. */
const journal: { readonly placement: Placement; readonly placed: boolean }[] = [];

function place(placed: Map<number, Placement>, placement: Placement): void {
  grid.take(placement.box, placement.index);
  if (placement.from && placement.to) grid.takeLine(placement.from, placement.to, placement.index);
  placed.set(placement.index, placement);
  journal.push({ placement, placed: true });
}

function unplace(placed: Map<number, Placement>, placement: Placement): void {
  grid.release(placement.box);
  if (placement.from && placement.to) grid.releaseLine(placement.from, placement.to);
  placed.delete(placement.index);
  journal.push({ placement, placed: false });
}

/** Undoes every placement and removal after the journal's `mark`, newest first. */
function rollback(placed: Map<number, Placement>, mark: number): void {
  while (journal.length > mark) {
    const { placement, placed: wasPlaced } = journal.pop()!;
    if (wasPlaced) unplace(placed, placement);
    else place(placed, placement);
    journal.pop();
  }
}

/** The first free spot right beside a label's symbol. */
const besideFor = (label: Crowded) => besideCandidates(label).find(fits);

/**
 * A label's box right beside its symbol: below, right, left, above, then at the four corners (the eight positions
 * of cartographic point labelling, in that order of preference), then below and above starting or ending at the
 * symbol (long names in a row of symbols).
 */
function besideCandidates({ symbol: { x, y }, r, width, lineHeight }: Crowded): ScreenBox[] {
  const d = r * Math.SQRT1_2;
  return [
    [x - width / 2, y + r],
    [x + r, y - lineHeight / 2],
    [x - r - width, y - lineHeight / 2],
    [x - width / 2, y - r - lineHeight],
    [x + d, y + d],
    [x - d - width, y + d],
    [x + d, y - d - lineHeight],
    [x - d - width, y - d - lineHeight],
    [x - r / 2, y + r],
    [x + r / 2 - width, y + r],
    [x - r / 2, y - r - lineHeight],
    [x + r / 2 - width, y - r - lineHeight],
  ].map(([x0, y0]) => ({ x0: x0!, x1: x0! + width - 0.01, y0: y0!, y1: y0! + lineHeight - 0.01 }));
}

/** Every spot a label could be moved out to, nearest first: at growing distances in `CALLOUT_DIRECTIONS`. */
function* calloutSpots({ symbol: { x, y }, r, width, lineHeight }: Crowded): Generator<Required<Omit<Placement, 'index'>>> {
  for (const reach of CALLOUT_REACH) {
    for (const angle of CALLOUT_DIRECTIONS) {
      const dx = Math.cos(angle);
      const dy = Math.sin(angle);
      const to = [x + dx * (r + reach), y + dy * (r + reach)] as const;
      // The label's near edge (or middle, straight up or down) sits at the line's end.
      const x0 = dx > 0.3 ? to[0] + 2 : dx < -0.3 ? to[0] - 2 - width : to[0] - width / 2;
      const y0 = dy > 0.3 ? to[1] : dy < -0.3 ? to[1] - lineHeight : to[1] - lineHeight / 2;
      const box = { x0, x1: x0 + width - 0.01, y0, y1: y0 + lineHeight - 0.01 };
      yield { box, from: [x + dx * (r - 1), y + dy * (r - 1)] as const, to };
    }
  }
}

/**
 * The nearest free spot for a label that has no room beside its symbol, with the leader line to it. The line crosses
 * no label and keeps clear of every other symbol.
 */
function calloutFor(label: Crowded): Required<Omit<Placement, 'index'>> | undefined {
  for (const spot of calloutSpots(label))
    if (fits(spot.box) && grid.lineFree(spot.from, spot.to) && symbols.lineClear(spot.from, spot.to, label.symbol, LEADER_CLEARANCE))
      return spot;
  return undefined;
}

/**
 * Names left out in a crowd get a second chance: a spot (beside or moved out) blocked by a few other labels is taken
 * when each of those finds another spot, itself perhaps by moving others (`REPAIR_STAGES`); else all stay as they
 * were. So each success names one more node, and none loses its name: a search for augmenting moves, as in
 * point-feature label placement, bounded per frame.
 */
function makeRoom(crowd: readonly Crowded[], sized: readonly Crowded[], placed: Map<number, Placement>): void {
  for (const { atOnce, chain } of REPAIR_STAGES) {
    for (const label of crowd) {
      if (spotChecks > REPAIR_WORK || placed.size >= LABEL_BUDGET) return;
      if (!placed.has(label.index)) relocate(label, chain, atOnce, sized, placed, new Set([label.index]));
    }
  }
}

/** Places a label that has no spot: in a free one, or in one that one other label (not in `moving`) can give up. */
function relocate(
  label: Crowded,
  chain: number,
  atOnce: number,
  sized: readonly Crowded[],
  placed: Map<number, Placement>,
  moving: Set<number>,
): boolean {
  const beside = besideFor(label);
  const free = beside ? { box: beside } : calloutFor(label);
  if (free) {
    place(placed, { index: label.index, ...free });
    return true;
  }
  if (chain === 0) return false;
  const owners = new Set<number>();
  for (const spot of [...besideCandidates(label).map((box) => ({ box })), ...calloutSpots(label)]) {
    if (spotChecks > REPAIR_WORK) return false;
    owners.clear();
    spotChecks++;
    if (!grid.ownersOf(spot.box, owners)) continue;
    if ('from' in spot) grid.lineOwnersOf(spot.from, spot.to, owners);
    const blockers = [...owners].map((owner) => placed.get(owner));
    if (!blockers.length || blockers.length > atOnce) continue;
    if (!blockers.every((b) => b && !moving.has(b.index) && sized[b.index])) continue;
    if (!symbols.boxClear(spot.box, LABEL_CLEARANCE)) continue;
    if ('from' in spot && !symbols.lineClear(spot.from, spot.to, label.symbol, LEADER_CLEARANCE)) continue;
    const mark = journal.length;
    for (const blocker of blockers as Placement[]) {
      unplace(placed, blocker);
      moving.add(blocker.index);
    }
    place(placed, { index: label.index, ...spot });
    if (blockers.every((blocker) => relocate(sized[blocker!.index]!, chain - 1, atOnce, sized, placed, moving))) return true;
    for (const blocker of blockers as Placement[]) moving.delete(blocker.index);
    rollback(placed, mark);
  }
  return false;
}
