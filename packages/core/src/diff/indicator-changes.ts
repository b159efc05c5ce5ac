import { pointerOf } from '../document/json-pointer.js';
import type { NormalizedDocument, NormalizedIndicator } from '../document/normalized-types.js';
import type { IndicatorDiff, IndicatorRef, IndicatorValue, IndicatorValueChange } from './diff-types.js';
import { byKey, inputItem } from './field-changes.js';

/** Each series point with the pointer to it in the input (normalisation sorts points by date; the input may not). */
function pointsOf(source: unknown, indicator: NormalizedIndicator): Map<string, IndicatorValue> {
  const raw = inputItem(source, indicator.pointer).series;
  const input = Array.isArray(raw) ? (raw as { date?: unknown; value?: unknown; target?: unknown }[]) : [];
  const points = new Map<string, IndicatorValue>();
  for (const point of indicator.series) {
    const at = input.findIndex((p) => p?.date === point.date && p?.value === point.value && (p?.target === true) === point.target);
    const key = `${point.target ? 'target' : 'measured'}\u0000${point.date}`;
    points.set(key, {
      indicator: indicator.id,
      date: point.date,
      target: point.target,
      value: point.value,
      pointer: indicator.pointer + (at >= 0 ? pointerOf('series', at) : pointerOf('series')),
    });
  }
  return points;
}

const ref = (i: NormalizedIndicator): IndicatorRef => ({ id: i.id, label: i.label, pointer: i.pointer });

/**
 * Indicators added and removed, and the dated values (measurements and targets apart) added, removed or changed in
 * indicators both versions have. A new indicator's values count as added values too: they are new measurements.
 */
export function indicatorChanges(before: NormalizedDocument, after: NormalizedDocument): IndicatorDiff {
  const earlier = new Map(before.indicators.map((i) => [i.id, i]));
  const later = new Map(after.indicators.map((i) => [i.id, i]));
  const valuesAdded: IndicatorValue[] = [];
  const valuesRemoved: IndicatorValue[] = [];
  const valuesChanged: IndicatorValueChange[] = [];
  for (const id of new Set([...earlier.keys(), ...later.keys()])) {
    const oldPoints = earlier.has(id) ? pointsOf(before.source, earlier.get(id)!) : new Map<string, IndicatorValue>();
    const newPoints = later.has(id) ? pointsOf(after.source, later.get(id)!) : new Map<string, IndicatorValue>();
    for (const [key, point] of newPoints) {
      const old = oldPoints.get(key);
      if (!old) valuesAdded.push(point);
      else if (old.value !== point.value) valuesChanged.push({ ...point, before: old.value, pointerBefore: old.pointer });
    }
    for (const [key, point] of oldPoints) if (!newPoints.has(key)) valuesRemoved.push(point);
  }
  const pointOrder = byKey<IndicatorValue>((p) => `${p.indicator}\u0000${p.date}\u0000${p.target ? 1 : 0}`);
  const order = byKey<IndicatorRef>((i) => i.id);
  return {
    added: after.indicators
      .filter((i) => !earlier.has(i.id))
      .map(ref)
      .sort(order),
    removed: before.indicators
      .filter((i) => !later.has(i.id))
      .map(ref)
      .sort(order),
    valuesAdded: valuesAdded.sort(pointOrder),
    valuesRemoved: valuesRemoved.sort(pointOrder),
    valuesChanged: valuesChanged.sort(pointOrder),
  };
}
