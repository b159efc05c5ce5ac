import {
  factorDegrees,
  loopsByFactor,
  rankLoops,
  sortLoopsByCode,
  type CausalLoopDiagram,
  type CldLink,
  type CldNode,
  type Loop,
} from '@floke/core';

/**
 * What the view looks up for every factor on every render, derived once per diagram: loops by id and code (R1 …
 * then B1 …), the loops through each factor, factor labels and degrees, and the neighbours of each factor.
 */
export class LoopIndex {
  readonly codes: ReadonlyMap<string, string>;
  readonly loopsById: ReadonlyMap<string, Loop>;
  readonly nodes: ReadonlyMap<string, CldNode>;
  readonly labels: ReadonlyMap<string, string>;
  readonly links: ReadonlyMap<string, CldLink>;
  /** Every loop, in code order. */
  readonly sortedLoops: readonly Loop[];
  readonly #loopsByFactor: ReadonlyMap<string, Loop[]>;
  readonly #degree: ReadonlyMap<string, { out: number; into: number }>;
  readonly #ranked = new Map<string, readonly Loop[]>();
  /** The document's words the view's sentences name: factor labels and loop names (see `markDataText`). */
  readonly dataNames: readonly string[];

  constructor(readonly diagram: CausalLoopDiagram) {
    this.codes = new Map(diagram.codes);
    this.loopsById = new Map(diagram.loops.map((loop) => [loop.id, loop]));
    this.nodes = new Map(diagram.layout.nodes.map((node) => [node.id, node]));
    this.labels = new Map(diagram.layout.nodes.map((node) => [node.id, node.label]));
    this.links = new Map(diagram.layout.links.map((link) => [link.id, link]));
    this.sortedLoops = sortLoopsByCode(diagram.loops, this.codes);
    this.#loopsByFactor = loopsByFactor(this.sortedLoops);
    this.dataNames = [...this.labels.values(), ...diagram.loops.flatMap((loop) => (loop.name ? [loop.name] : []))];
    this.#degree = factorDegrees(diagram.layout);
  }

  /** The loops through a factor, in code order. */
  loopsThrough(id: string): readonly Loop[] {
    return this.#loopsByFactor.get(id) ?? [];
  }

  /**
   * The loops the panel lists and the stepper walks, in reading order (`rankLoops`): every loop, or the loops through
   * the selected factor. Ranked once per factor.
   */
  ranked(factor?: string): readonly Loop[] {
    const key = factor ?? '';
    let list = this.#ranked.get(key);
    if (!list) {
      list = rankLoops(factor === undefined ? this.sortedLoops : this.loopsThrough(factor), { selected: factor, codes: this.codes });
      this.#ranked.set(key, list);
    }
    return list;
  }

  /** Links out of and into a factor. */
  degree(id: string): { out: number; into: number } {
    return this.#degree.get(id) ?? { out: 0, into: 0 };
  }

  /** A loop by id or by code (`R1`, `B2`). */
  loop(key: string): Loop | undefined {
    return this.loopsById.get(key) ?? this.diagram.loops.find((loop) => this.codes.get(loop.id) === key);
  }

  /**
   * The links out of and then into a factor (self-links left out), each with the factor at its other end: arrow keys
   * step through them. A two-way pair is two steps, so each link is announced in its own direction.
   */
  linkSteps(id: string): { link: CldLink; other: string }[] {
    const links = this.diagram.layout.links;
    const out = links.filter((l) => l.from === id && l.to !== id).map((link) => ({ link, other: link.to }));
    const into = links.filter((l) => l.to === id && l.from !== id).map((link) => ({ link, other: link.from }));
    return [...out, ...into];
  }
}
