import type { NormalizedDocument } from '../document/normalized-types.js';

/**
 * What a causal link rests on:
 * - `inferred`: the author marked it `evidence: "inferred"`: their own conclusion, not a claim a source makes. It stays
 *   inferred when it cites sources, since those sources are the ground of the inference, not a statement of the link.
 * - `stated`: marked `evidence: "stated"` (a source says it), or not marked but citing at least one source.
 * - `unsourced`: neither marked nor sourced: nothing in the document says where the link comes from.
 */
export type LinkEvidence = 'stated' | 'inferred' | 'unsourced';

/** The evidence of a `causes` relation, by the rule of `LinkEvidence`. */
export function linkEvidence(relation: { readonly evidence?: 'stated' | 'inferred'; readonly sources?: readonly string[] }): LinkEvidence {
  if (relation.evidence === 'inferred') return 'inferred';
  if (relation.evidence === 'stated' || (relation.sources?.length ?? 0) > 0) return 'stated';
  return 'unsourced';
}

/** A signed causal link between two factors. */
export interface CausalLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly polarity: '+' | '-';
  readonly delay: boolean;
  /** What the link rests on (see `LinkEvidence`); a link without it counts as `unsourced`. */
  readonly evidence?: LinkEvidence;
  /** The relation's `strength` (0–1), when stated: the strongest links are drawn first when a diagram is capped. */
  readonly strength?: number;
  /** Ids of further relations with the same ends and sign, drawn and counted as this one link (parallel links). */
  readonly bundled?: readonly string[];
}

/** The `causes` relations of a document as a plain directed graph: what loop finding and the CLD layout read. */
export interface CausalGraph {
  /** Ids of every factor in the diagram: endpoints of causal links, and factors without links. */
  readonly nodes: readonly string[];
  readonly links: readonly CausalLink[];
}

/** True when the value is already a causal graph rather than a document. */
export function isCausalGraph(value: NormalizedDocument | CausalGraph): value is CausalGraph {
  return 'nodes' in value && 'links' in value;
}

/** Extracts the causal graph of a normalized document, nodes in document order. */
export function causalGraphOf(model: NormalizedDocument): CausalGraph {
  // Parallel links (same ends, same sign; each already a `duplicate-relation` warning) say one thing: one link
  // carries them all, so loops are not counted once per copy and the drawing gets one curve with a count.
  const first = new Map<string, CausalLink & { bundled: string[] }>();
  const links: CausalLink[] = [];
  for (const r of model.relations) {
    if (r.type !== 'causes' || r.polarity === undefined) continue;
    const key = JSON.stringify([r.from, r.to, r.polarity]);
    const bundle = first.get(key);
    if (bundle) {
      bundle.bundled.push(r.id);
      continue;
    }
    const link = {
      id: r.id,
      from: r.from,
      to: r.to,
      polarity: r.polarity,
      delay: r.delay,
      evidence: linkEvidence(r),
      ...(r.strength === undefined ? {} : { strength: r.strength }),
      bundled: [],
    };
    first.set(key, link);
    links.push(link);
  }
  for (const link of first.values()) if (link.bundled.length === 0) delete (link as { bundled?: string[] }).bundled;
  const linked = new Set(links.flatMap((link) => [link.from, link.to]));
  const nodes = model.elements.filter((e) => linked.has(e.id) || e.kind === 'factor').map((e) => e.id);
  return { nodes, links };
}

/** How many links leave and enter a factor. */
export interface FactorDegree {
  readonly out: number;
  readonly into: number;
}

/**
 * Out- and in-degree of every factor of a causal graph or a causal-loop layout: each node gets an entry (zero when it
 * has no link), a self-link counts once each way, and a link end missing from `nodes` gets an entry too.
 */
export function factorDegrees(diagram: {
  readonly nodes: readonly (string | { readonly id: string })[];
  readonly links: readonly { readonly from: string; readonly to: string }[];
}): Map<string, FactorDegree> {
  const degrees = new Map<string, { out: number; into: number }>();
  const entry = (id: string) => {
    let degree = degrees.get(id);
    if (!degree) degrees.set(id, (degree = { out: 0, into: 0 }));
    return degree;
  };
  for (const node of diagram.nodes) entry(typeof node === 'string' ? node : node.id);
  for (const link of diagram.links) {
    entry(link.from).out++;
    entry(link.to).into++;
  }
  return degrees;
}
