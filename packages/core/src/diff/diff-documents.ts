import type { NormalizedDocument } from '../document/normalized-types.js';
import type { DocumentDiff, VersionStamp } from './diff-types.js';
import { indicatorChanges } from './indicator-changes.js';
import { elementChanges, relationChanges } from './item-changes.js';
import { DIFF_LOOP_LIMIT, loopChanges } from './loop-changes.js';
import { networkChanges } from './network-changes.js';

export interface DiffOptions {
  /**
   * Stop the search for loops through changed links after this many loops per version (default 2,000); the diff then
   * says it is incomplete (`loops.complete`). Loop codes are always those of the loop view (its default limit).
   */
  readonly loopLimit?: number;
  /**
   * Compare the network's brokers (default true). Brokers need betweenness on both versions, most of the diff's time
   * on networks of about a thousand actors; pass false where only the rest is needed.
   */
  readonly brokers?: boolean;
}

const stamp = (model: NormalizedDocument): VersionStamp => ({
  ...(model.id ? { id: model.id } : {}),
  title: model.title,
  ...(model.updated ? { updated: model.updated } : {}),
});

/** Labels of elements, layers, levels, sectors and indicators, keyed as `DocumentDiff.names` says. */
function namesOf(model: NormalizedDocument): Record<string, string> {
  const names: Record<string, string> = {};
  for (const e of model.elements) names[e.id] = e.short ?? e.label;
  for (const layer of model.views.iceberg.layers) names[`layer:${layer.id}`] = layer.label;
  for (const level of model.views.network.levels) names[`level:${level.id}`] = level.label;
  for (const sector of model.views.network.sectors) names[`sector:${sector.id}`] = sector.label;
  for (const indicator of model.indicators) names[`indicator:${indicator.id}`] = indicator.label;
  return names;
}

/**
 * What changed from `before` to `after`, two normalized versions of a document: elements and relations added, removed
 * and changed field by field (with pointers into both inputs), polarity flips, placement moves, loops that appeared,
 * broke or changed, network ties and brokers gained and lost, indicator values and sources added or removed. Items are
 * matched by id (relations without an author's id by their ends and type), so the result does not depend on the order
 * of either input, apart from the pointers. Pure; texts in the language each version was normalized to.
 */
export function diff(before: NormalizedDocument, after: NormalizedDocument, options: DiffOptions = {}): DocumentDiff {
  const { moves, ...elements } = elementChanges(before, after);
  const { polarityFlips, ...relations } = relationChanges(before, after);
  const loops = loopChanges(before, after, options.loopLimit ?? DIFF_LOOP_LIMIT);
  const network = networkChanges(before, after, options.brokers ?? true);
  const indicators = indicatorChanges(before, after);
  const oldSources = new Set(before.sources.map((s) => s.id));
  const newSources = new Set(after.sources.map((s) => s.id));
  const sources = {
    added: [...newSources].filter((id) => !oldSources.has(id)).sort(),
    removed: [...oldSources].filter((id) => !newSources.has(id)).sort(),
  };
  const lists = [
    ...Object.values(elements),
    ...Object.values(relations),
    polarityFlips,
    moves,
    loops.appeared,
    loops.broke,
    loops.changed,
    network.tiesGained,
    network.tiesLost,
    network.brokersGained,
    network.brokersLost,
    ...Object.values(indicators),
    sources.added,
    sources.removed,
  ];
  return {
    before: stamp(before),
    after: stamp(after),
    elements,
    relations,
    polarityFlips,
    moves,
    loops,
    network,
    indicators,
    sources,
    names: { ...namesOf(before), ...namesOf(after) },
    empty: lists.every((list) => list.length === 0),
  };
}
