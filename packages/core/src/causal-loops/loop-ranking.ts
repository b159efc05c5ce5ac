import type { Loop } from './find-loops.js';

export interface RankLoopsOptions {
  /** The selected factor: loops through it come right after the named ones. */
  readonly selected?: string | undefined;
  /** Loop codes (R1 …, B1 …): the last tie-break, so equal loops keep their code order. */
  readonly codes?: ReadonlyMap<string, string>;
}

/** Share of a loop's links that a source states (1 when every link is stated). */
const statedShare = (loop: Loop) => (loop.length === 0 ? 0 : loop.evidence.stated / loop.length);

/** "R12" → ['R', 12], so R2 sorts before R10. */
function codeKey(code: string | undefined): [string, number] {
  const match = code && /^([A-Za-z]+)(\d+)$/.exec(code);
  return match ? [match[1]!, Number(match[2])] : [code ?? '', 0];
}

/**
 * The order a reader meets the loops in, when there are too many to read all: the author's named loops first, then
 * those through the selected factor, then the shortest (easiest to follow), then the best evidenced (more stated
 * links; a hypothesised loop after one that is not), then code order (R before B, R2 before R10), then id.
 */
export function rankLoops(loops: readonly Loop[], options: RankLoopsOptions = {}): Loop[] {
  const { selected, codes } = options;
  const through = (loop: Loop) => (selected !== undefined && loop.members.includes(selected) ? 0 : 1);
  return [...loops].sort((a, b) => {
    const [ca, na] = codeKey(codes?.get(a.id));
    const [cb, nb] = codeKey(codes?.get(b.id));
    return (
      Number(a.name === undefined) - Number(b.name === undefined) ||
      through(a) - through(b) ||
      a.length - b.length ||
      Number(a.hypothesised) - Number(b.hypothesised) ||
      statedShare(b) - statedShare(a) ||
      a.evidence.unsourced - b.evidence.unsourced ||
      (ca < cb ? 1 : ca > cb ? -1 : 0) || // 'R' before 'B'
      na - nb ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}

/** A loop's members as a short name: the first `shown` labels, and how many more there are. */
export interface LoopMemberName {
  readonly shown: readonly string[];
  /** Members left out (0 when all are shown). */
  readonly more: number;
}

/**
 * Names an unnamed loop by its members in loop order. A loop of up to `max` members shows them all; a longer one its
 * first `max - 1` and a count of the rest, so the name stays one readable line ("a → b → … (+4)").
 */
export function loopMemberName(labels: readonly string[], max = 4): LoopMemberName {
  if (labels.length <= max) return { shown: [...labels], more: 0 };
  const shown = labels.slice(0, Math.max(1, max - 1));
  return { shown, more: labels.length - shown.length };
}

/** A point of the ring drawing. */
export interface RingPoint {
  readonly x: number;
  readonly y: number;
}

/** One link of a ring drawing: an arc from member `from` to the next, with its sign's place. */
export interface RingArc {
  readonly from: number;
  readonly to: number;
  /** SVG path data of the arc, ending short of the next member's dot. */
  readonly d: string;
  /** Arrowhead: tip and the two back corners. */
  readonly head: readonly [RingPoint, RingPoint, RingPoint];
  /** Where the + or − sits: just outside the arc's middle. */
  readonly sign: RingPoint;
}

export interface LoopRing {
  readonly size: number;
  /** Member centres in loop order, the first at the top, going clockwise. */
  readonly members: readonly RingPoint[];
  readonly arcs: readonly RingArc[];
}

export interface LoopRingOptions {
  /** Width and height of the square drawing. */
  readonly size?: number;
  /** Radius of a member's dot. */
  readonly dot?: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A small ring drawing of a loop of `count` members (Stella's and Vensim's loop view): the members evenly around a
 * circle in loop order, clockwise from the top, with an arc and arrowhead from each to the next and a place for its
 * sign outside the arc. Pure geometry; the card says everything the drawing shows.
 */
export function loopRing(count: number, options: LoopRingOptions = {}): LoopRing {
  const size = options.size ?? 96;
  const dot = options.dot ?? 10;
  const c = size / 2;
  const radius = c - dot - 12; // room for the signs outside the circle
  const angleOf = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
  const at = (angle: number, r = radius): RingPoint => ({ x: r2(c + r * Math.cos(angle)), y: r2(c + r * Math.sin(angle)) });
  const members = Array.from({ length: count }, (_, i) => at(angleOf(i)));
  // The arc leaves and reaches the dots at their edge: an angle of dot/radius (plus room for the arrowhead's tip).
  const gap = (dot + 1) / radius;
  const arcs = members.map((_, i): RingArc => {
    const to = (i + 1) % count;
    const start = angleOf(i) + gap;
    const end = angleOf(i) + (2 * Math.PI) / Math.max(count, 1) - gap;
    const p0 = at(start);
    const p1 = at(end);
    const large = end - start > Math.PI ? 1 : 0;
    // The tangent at the end points clockwise; the head's back corners sit 6 px behind the tip, 3.5 px to each side.
    const tx = -Math.sin(end);
    const ty = Math.cos(end);
    const back = { x: p1.x - tx * 6, y: p1.y - ty * 6 };
    const head: [RingPoint, RingPoint, RingPoint] = [
      p1,
      { x: r2(back.x + Math.cos(end) * 3.5), y: r2(back.y + Math.sin(end) * 3.5) },
      { x: r2(back.x - Math.cos(end) * 3.5), y: r2(back.y - Math.sin(end) * 3.5) },
    ];
    const middle = (start + end) / 2;
    return {
      from: i,
      to,
      d: `M${p0.x},${p0.y} A${r2(radius)},${r2(radius)} 0 ${large} 1 ${p1.x},${p1.y}`,
      head,
      sign: at(middle, radius + 10),
    };
  });
  return { size, members, arcs };
}
