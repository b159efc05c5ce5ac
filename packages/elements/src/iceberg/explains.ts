import type { NormalizedDocument } from '@floke/core';

/** The selected element and everything it explains or is explained by, transitively, with the links between. */
export function explainsChain(model: NormalizedDocument, id: string): { chips: Set<string>; links: Set<string> } {
  const explains = model.relations.filter((r) => r.type === 'explains');
  const chips = new Set([id]);
  const links = new Set<string>();
  for (const direction of ['down', 'up'] as const) {
    const queue = [id];
    const seen = new Set(queue);
    while (queue.length) {
      const here = queue.shift()!;
      for (const r of explains) {
        const [from, to] = direction === 'down' ? [r.from, r.to] : [r.to, r.from];
        if (from !== here) continue;
        links.add(r.id);
        chips.add(to);
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
  }
  return { chips, links };
}

/** The labels of what an element explains and what explains it (directly). */
export function explainsOf(model: NormalizedDocument, id: string): { explains: string[]; explainedBy: string[] } {
  const explains = model.relations.filter((r) => r.type === 'explains');
  const label = (other: string) => model.elements.find((e) => e.id === other)?.label ?? other;
  return {
    explains: explains.filter((r) => r.from === id).map((r) => label(r.to)),
    explainedBy: explains.filter((r) => r.to === id).map((r) => label(r.from)),
  };
}
