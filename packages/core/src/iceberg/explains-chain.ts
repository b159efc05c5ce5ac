import type { NormalizedDocument } from '../document/normalized-types.js';

/** An element's chain of explanations: the elements in it (the element itself included) and the relations joining them. */
export interface ExplainsChain {
  readonly elements: Set<string>;
  readonly relations: Set<string>;
}

/**
 * Everything an element explains or is explained by, transitively, through `explains` relations: down (what it
 * explains, what that explains …) and up (what explains it …), with the ids of the relations followed. The element is
 * always in the chain, linked or not. Sets are filled in breadth-first order, down first, relations in document order.
 */
export function explainsChain(model: Pick<NormalizedDocument, 'relations'>, id: string): ExplainsChain {
  // For each element, its explains relations in document order, once as the explaining end and once as the explained.
  const down = new Map<string, { relation: string; there: string }[]>();
  const up = new Map<string, { relation: string; there: string }[]>();
  const add = (index: typeof down, here: string, relation: string, there: string) => {
    const list = index.get(here);
    if (list) list.push({ relation, there });
    else index.set(here, [{ relation, there }]);
  };
  for (const r of model.relations) {
    if (r.type !== 'explains') continue;
    add(down, r.from, r.id, r.to);
    add(up, r.to, r.id, r.from);
  }
  const elements = new Set([id]);
  const relations = new Set<string>();
  for (const index of [down, up]) {
    const queue = [id];
    const seen = new Set(queue);
    for (let head = 0; head < queue.length; head++) {
      for (const { relation, there } of index.get(queue[head]!) ?? []) {
        relations.add(relation);
        elements.add(there);
        if (!seen.has(there)) {
          seen.add(there);
          queue.push(there);
        }
      }
    }
  }
  return { elements, relations };
}
