import type { NormalizedDocument, NormalizedRelation } from './normalized-types.js';

/**
 * How much of a large document the views draw. A reader cannot follow more, and drawing more would block the page: a
 * document beyond `items` is drawn by its strongest relations and the elements they connect, and every view says so.
 * Smaller documents are drawn whole (the network view, for one, draws thousands of actors).
 */
export const DRAWING_LIMITS = {
  /** Elements and relations together, as the document gives them, beyond which a document is drawn in part. */
  items: 12_000,
  /** Elements drawn of such a document. */
  elements: 200,
  /** Relations drawn of such a document: the strongest (see `drawingModel`). */
  relations: 2000,
} as const;

/** How many of a kind the views draw, out of how many the document has. */
export interface ScopeCount {
  readonly shown: number;
  readonly total: number;
}

/** What the drawing leaves out of a large document: shown of total, for elements and relations. */
export interface DrawingScope {
  readonly elements: ScopeCount;
  readonly relations: ScopeCount;
}

/** How many items the document gave in `key` (before any limit), or the model's count when the source is not at hand. */
function declaredCount(model: NormalizedDocument, key: 'elements' | 'relations'): number {
  const source = model.source as Record<string, unknown> | null | undefined;
  const list = source && typeof source === 'object' ? source[key] : undefined;
  return Array.isArray(list) ? Math.max(list.length, model[key].length) : model[key].length;
}

/** A relation's weight: its `strength` (0–1; 0.5 when unstated), so a stated strong link outranks an unknown one. */
const weightOf = (relation: NormalizedRelation) => relation.strength ?? 0.5;

/**
 * The indexes of `relations` from strongest to weakest: by strength, then by how many sources back it, then in
 * document order (so the choice is deterministic and a re-ordered document with ties keeps its first ones).
 */
export function relationsByStrength(relations: readonly NormalizedRelation[]): number[] {
  return relations
    .map((_, index) => index)
    .sort((a, b) => {
      const [ra, rb] = [relations[a]!, relations[b]!];
      return weightOf(rb) - weightOf(ra) || rb.sources.length - ra.sources.length || a - b;
    });
}

/**
 * The model the views draw. For a document of up to `limits.items` elements and relations, or one whose model fits
 * `limits.elements` and `limits.relations`, the model itself. Beyond, a copy with the strongest relations whose
 * ends fit in the element budget (taken strongest first, so a strong relation is never left out for a weaker one
 * that fits), then the best-connected remaining elements, both in document order, and `scope` saying how many of the
 * document's elements and relations that is. Everything else (problems, `excluded`, sources) is the model's.
 */
export function drawingModel(
  model: NormalizedDocument,
  limits: { items: number; elements: number; relations: number } = DRAWING_LIMITS,
): NormalizedDocument {
  const items = declaredCount(model, 'elements') + declaredCount(model, 'relations');
  if (items <= limits.items || (model.elements.length <= limits.elements && model.relations.length <= limits.relations)) return model;
  const keptElements = new Set<string>();
  const keptRelations = new Set<number>();
  for (const index of relationsByStrength(model.relations)) {
    if (keptRelations.size >= limits.relations) break;
    const { from, to } = model.relations[index]!;
    const adds = (keptElements.has(from) ? 0 : 1) + (from === to || keptElements.has(to) ? 0 : 1);
    if (keptElements.size + adds > limits.elements) continue;
    keptElements.add(from).add(to);
    keptRelations.add(index);
  }
  if (keptElements.size < limits.elements) {
    const degree = new Map<string, number>();
    for (const relation of model.relations) {
      for (const end of [relation.from, relation.to]) degree.set(end, (degree.get(end) ?? 0) + weightOf(relation));
    }
    const rest = model.elements
      .map((element, index) => ({ id: element.id, index, degree: degree.get(element.id) ?? 0 }))
      .filter((entry) => !keptElements.has(entry.id))
      .sort((a, b) => b.degree - a.degree || a.index - b.index);
    for (const entry of rest.slice(0, limits.elements - keptElements.size)) keptElements.add(entry.id);
  }
  const elements = model.elements.filter((element) => keptElements.has(element.id));
  const relations = model.relations.filter((_, index) => keptRelations.has(index));
  return {
    ...model,
    elements,
    relations,
    scope: {
      elements: { shown: elements.length, total: declaredCount(model, 'elements') },
      relations: { shown: relations.length, total: declaredCount(model, 'relations') },
    },
  };
}
