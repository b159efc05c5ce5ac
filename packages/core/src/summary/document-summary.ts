import type { NormalizedDocument, NormalizedIndicator } from '../document/normalized-types.js';
import { ELEMENT_KINDS, HORIZONS, RELATION_TYPES, type ElementKind, type Horizon, type RelationType } from '../document/vocabulary.js';

/** What a document holds, counted per kind and per view: the overview a gallery or an explorer shows first. */
export interface DocumentSummary {
  readonly elementsByKind: Readonly<Record<ElementKind, number>>;
  readonly relationsByType: Readonly<Record<RelationType, number>>;
  /** Elements per iceberg layer, in layer order. */
  readonly elementsByLayer: readonly { readonly id: string; readonly label: string; readonly count: number }[];
  readonly elementsByHorizon: Readonly<Record<Horizon, number>>;
  /** Actors per network level, in level order. */
  readonly actorsByLevel: readonly { readonly id: string; readonly label: string; readonly count: number }[];
  readonly networkTies: number;
  readonly causalFactors: number;
  readonly namedLoops: number;
  readonly sources: number;
  /** Each indicator with its latest measured (non-target) value. */
  readonly latestIndicators: readonly {
    readonly indicator: NormalizedIndicator;
    readonly latest?: NormalizedIndicator['series'][number];
  }[];
}

const NETWORK_TIE_TYPES: readonly RelationType[] = ['collaborates', 'leads', 'participates', 'funds', 'informs'];

const countBy = <K extends string>(keys: readonly K[], values: readonly (K | undefined)[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) if (value !== undefined && value in counts) counts[value]++;
  return counts;
};

/** Counts a normalized document for an overview. Pure; linear in the size of the document. */
export function summarizeDocument(model: NormalizedDocument): DocumentSummary {
  const { elements, relations, views } = model;
  const causes = relations.filter((r) => r.type === 'causes');
  const causalFactors = new Set(causes.flatMap((r) => [r.from, r.to]));
  return {
    elementsByKind: countBy(
      ELEMENT_KINDS,
      elements.map((e) => e.kind),
    ),
    relationsByType: countBy(
      RELATION_TYPES,
      relations.map((r) => r.type),
    ),
    elementsByLayer: views.iceberg.layers.map((layer) => ({ ...layer, count: elements.filter((e) => e.layer === layer.id).length })),
    elementsByHorizon: countBy(
      HORIZONS,
      elements.map((e) => e.horizon),
    ),
    actorsByLevel: views.network.levels.map((level) => ({
      ...level,
      count: elements.filter((e) => e.kind === 'actor' && e.level === level.id).length,
    })),
    networkTies: relations.filter((r) => NETWORK_TIE_TYPES.includes(r.type)).length,
    causalFactors: causalFactors.size,
    namedLoops: views.loops.named.length,
    sources: model.sources.length,
    latestIndicators: model.indicators.map((indicator) => {
      const measured = indicator.series.filter((point) => !point.target);
      const latest = measured.at(-1) ?? indicator.series.at(-1);
      return latest ? { indicator, latest } : { indicator };
    }),
  };
}
