import type { NormalizedDocument } from '@floke/core';

// Interim stand-in for core's `relatedAcross` (issue #15, branch `content`); replaced when that lands.

/** The drawing views an element can appear in. */
export type InsightView = 'iceberg' | 'horizons' | 'network' | 'loops';

/** Whether an element appears in a view, and what in that view relates to it. */
export interface RelatedInView {
  readonly view: InsightView;
  readonly appears: boolean;
  readonly related: string[];
  readonly loops?: string[];
}

const TIE_TYPES = new Set(['participates', 'leads', 'funds', 'collaborates']);

/** For each view: does `id` appear there, and which of that view's elements relate to it (directly, or via an initiative). */
export function relatedAcross(model: NormalizedDocument, id: string): Record<InsightView, RelatedInView> {
  const byId = new Map(model.elements.map((e) => [e.id, e]));
  const inLoops = new Set(model.relations.filter((r) => r.type === 'causes').flatMap((r) => [r.from, r.to]));
  const inNetwork = new Set(model.relations.filter((r) => TIE_TYPES.has(r.type)).flatMap((r) => [r.from, r.to]));
  const appearsIn: Record<InsightView, (e: string) => boolean> = {
    iceberg: (e) => byId.get(e)?.layer !== undefined,
    horizons: (e) => byId.get(e)?.horizon !== undefined,
    network: (e) => byId.get(e)?.kind === 'actor' && inNetwork.has(e),
    loops: (e) => inLoops.has(e),
  };
  const neighbours = (of: string) =>
    model.relations.flatMap((r) => (r.from === of ? [r.to] : r.to === of ? [r.from] : [])).filter((n) => n !== of);
  const near = new Set(neighbours(id));
  // One step further through initiatives: an initiative's actors relate to what the initiative works on.
  for (const n of [...near]) if (byId.get(n)?.kind === 'initiative' || byId.get(id)?.kind === 'initiative') neighbours(n).forEach((m) => near.add(m));
  near.delete(id);
  const entry = (view: InsightView): RelatedInView => ({
    view,
    appears: appearsIn[view](id),
    related: appearsIn[view](id) ? [] : [...near].filter((n) => appearsIn[view](n)),
  });
  return { iceberg: entry('iceberg'), horizons: entry('horizons'), network: entry('network'), loops: entry('loops') };
}
