import { decimalYearAtEndOf, decimalYearOf, parsePartialDate } from '../dates.js';
import { makeProblem } from '../i18n/problem-messages.js';
import { pointerOf } from '../json-pointer.js';
import { declaredLayers, declaredLevels, declaredSectors } from '../declared-items.js';
import type { Problem } from '../problems.js';
import { ADDRESSES_FROM_KINDS, ADDRESSES_TO_KINDS } from '../vocabulary.js';
import { storyProblems } from './stories.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** First place each id of a collection was defined, reporting later duplicates. */
function indexIds(items: unknown[], collection: string, problems: Problem[]): Map<string, string> {
  const firstPointer = new Map<string, string>();
  items.forEach((item, index) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    const pointer = pointerOf(collection, index, 'id');
    const first = firstPointer.get(item.id);
    if (first) problems.push(makeProblem('duplicate-id', pointer, { id: item.id, first }));
    else firstPointer.set(item.id, pointer);
  });
  return firstPointer;
}

function checkReferenceList(
  list: unknown,
  pointer: string,
  known: Map<string, string>,
  code: 'unresolved-indicator' | 'unresolved-element',
  problems: Problem[],
): void {
  arrayAt(list).forEach((id, index) => {
    if (typeof id === 'string' && !known.has(id)) problems.push(makeProblem(code, `${pointer}/${index}`, { id }));
  });
}

/** A list of sources: each entry an id, or `{source, locator}` whose `source` must resolve (reported at `…/source`). */
function checkSourceList(list: unknown, pointer: string, known: Map<string, string>, problems: Problem[]): void {
  arrayAt(list).forEach((entry, index) => {
    if (typeof entry === 'string' && !known.has(entry))
      problems.push(makeProblem('unresolved-source', `${pointer}/${index}`, { id: entry }));
    if (isObject(entry) && typeof entry.source === 'string' && !known.has(entry.source)) {
      problems.push(makeProblem('unresolved-source', `${pointer}/${index}/source`, { id: entry.source }));
    }
  });
}

/** Every date field found while walking: checked to exist in the calendar. */
function checkDate(value: unknown, pointer: string, problems: Problem[]): void {
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return; // shape is the schema's job
  if (!parsePartialDate(value)) problems.push(makeProblem('date-invalid', pointer, { value }));
}

function checkPeriod(start: unknown, end: unknown, pointer: string, problems: Problem[]): void {
  const from = decimalYearOf(stringOrUndefined(start));
  const untilEnd = typeof end === 'string' ? decimalYearAtEndOf(end) : undefined;
  if (from !== undefined && untilEnd !== undefined && untilEnd <= from) {
    problems.push(makeProblem('period-order', pointer, { start: String(start), end: String(end) }));
  }
}

function checkNotes(notes: unknown, pointer: string, problems: Problem[]): void {
  arrayAt(notes).forEach((note, index) => {
    if (isObject(note)) checkDate(note.date, `${pointer}/${index}/date`, problems);
  });
}

function checkElements(doc: Json, refs: References, problems: Problem[]): void {
  const layerIds = declaredLayers(doc).map((layer) => layer.id);
  const levelIds = declaredLevels(doc).map((level) => level.id);
  const sectorIds = declaredSectors(doc).map((sector) => sector.id);
  arrayAt(doc.elements).forEach((element, index) => {
    if (!isObject(element)) return;
    const at = (...tokens: Array<string | number>) => pointerOf('elements', index, ...tokens);
    if (typeof element.layer === 'string' && !layerIds.includes(element.layer)) {
      problems.push(makeProblem('unknown-layer', at('layer'), { id: element.layer, known: layerIds.join(', ') }));
    }
    if (typeof element.level === 'string' && !levelIds.includes(element.level)) {
      problems.push(makeProblem('unknown-level', at('level'), { id: element.level, known: levelIds.join(', ') }));
    }
    if (typeof element.sector === 'string' && !sectorIds.includes(element.sector)) {
      problems.push(makeProblem('unknown-sector', at('sector'), { id: element.sector, known: sectorIds.join(', ') }));
    }
    checkSourceList(element.sources, at('sources'), refs.sources, problems);
    checkReferenceList(element.indicators, at('indicators'), refs.indicators, 'unresolved-indicator', problems);
    checkDate(element.date, at('date'), problems);
    if (isObject(element.period)) {
      checkDate(element.period.start, at('period', 'start'), problems);
      checkDate(element.period.end, at('period', 'end'), problems);
      checkPeriod(element.period.start, element.period.end, at('period'), problems);
    }
    if (element.horizonShift !== undefined && typeof element.horizon === 'string' && element.horizon !== 'H2') {
      problems.push(makeProblem('horizon-shift-not-h2', at('horizonShift'), { horizon: element.horizon }));
    }
    checkNotes(element.notes, at('notes'), problems);
  });
}

/** The kind of each element id (the first definition wins, as for references). */
function kindsById(doc: Json): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const element of arrayAt(doc.elements)) {
    if (isObject(element) && typeof element.id === 'string' && typeof element.kind === 'string' && !kinds.has(element.id)) {
      kinds.set(element.id, element.kind);
    }
  }
  return kinds;
}

/** `addresses` (since 1.1) runs from an initiative or actor to a factor or goal; a wrong end is reported at that end. */
function checkAddresses(relation: Json, at: (...tokens: string[]) => string, kinds: Map<string, string>, problems: Problem[]): void {
  const allowed = { from: ADDRESSES_FROM_KINDS as readonly string[], to: ADDRESSES_TO_KINDS as readonly string[] };
  for (const end of ['from', 'to'] as const) {
    const id = relation[end];
    const kind = typeof id === 'string' ? kinds.get(id) : undefined;
    if (typeof id === 'string' && kind !== undefined && !allowed[end].includes(kind)) {
      problems.push(makeProblem('addresses-wrong-kind', at(end), { id, kind, end }));
    }
  }
}

function checkRelations(doc: Json, refs: References, problems: Problem[]): void {
  const firstOfTriple = new Map<string, string>();
  const kinds = kindsById(doc);
  // Without a list of elements nothing can resolve; the schema already said why, so do not repeat it per relation.
  const canResolve = Array.isArray(doc.elements);
  arrayAt(doc.relations).forEach((relation, index) => {
    if (!isObject(relation)) return;
    const at = (...tokens: Array<string | number>) => pointerOf('relations', index, ...tokens);
    for (const end of ['from', 'to'] as const) {
      const id = relation[end];
      if (canResolve && typeof id === 'string' && !refs.elements.has(id)) problems.push(makeProblem('unresolved-element', at(end), { id }));
    }
    if (relation.type === 'causes' && relation.polarity === undefined) {
      problems.push(makeProblem('causes-needs-polarity', at()));
    }
    if (typeof relation.type === 'string' && relation.type !== 'causes' && relation.polarity !== undefined) {
      problems.push(makeProblem('polarity-ignored', at('polarity'), { type: relation.type }));
    }
    if (relation.type === 'addresses') checkAddresses(relation, at, kinds, problems);
    if (typeof relation.type === 'string' && relation.type !== 'addresses' && relation.direction !== undefined) {
      problems.push(makeProblem('direction-ignored', at('direction'), { type: relation.type }));
    }
    if (typeof relation.from === 'string' && relation.from === relation.to) {
      problems.push(makeProblem('self-relation', at(), { id: relation.from }));
    }
    if (typeof relation.from === 'string' && typeof relation.to === 'string' && typeof relation.type === 'string') {
      const triple = JSON.stringify([relation.from, relation.to, relation.type]);
      const first = firstOfTriple.get(triple);
      if (first) problems.push(makeProblem('duplicate-relation', at(), { first }));
      else firstOfTriple.set(triple, at());
    }
    checkSourceList(relation.sources, at('sources'), refs.sources, problems);
    checkNotes(relation.notes, at('notes'), problems);
  });
}

function checkIndicators(doc: Json, refs: References, problems: Problem[]): void {
  arrayAt(doc.indicators).forEach((indicator, index) => {
    if (!isObject(indicator)) return;
    if (typeof indicator.source === 'string' && !refs.sources.has(indicator.source)) {
      problems.push(makeProblem('unresolved-source', pointerOf('indicators', index, 'source'), { id: indicator.source }));
    }
    arrayAt(indicator.series).forEach((point, pointIndex) => {
      if (isObject(point)) checkDate(point.date, pointerOf('indicators', index, 'series', pointIndex, 'date'), problems);
    });
  });
}

function checkViews(doc: Json, refs: References, problems: Problem[]): void {
  const views = isObject(doc.views) ? doc.views : {};
  if (isObject(views.iceberg)) {
    const layers = isObject(views.iceberg) ? arrayAt(views.iceberg.layers) : [];
    indexIds(layers, 'views/iceberg/layers', problems);
    const waterline = views.iceberg.waterline;
    const layerIds = declaredLayers(doc).map((layer) => layer.id);
    if (typeof waterline === 'string' && !layerIds.includes(waterline)) {
      problems.push(
        makeProblem('unknown-layer', pointerOf('views', 'iceberg', 'waterline'), { id: waterline, known: layerIds.join(', ') }),
      );
    }
  }
  if (isObject(views.horizons)) {
    const at = (key: string) => pointerOf('views', 'horizons', key);
    for (const key of ['start', 'end', 'now']) checkDate(views.horizons[key], at(key), problems);
    checkPeriod(views.horizons.start, views.horizons.end, pointerOf('views', 'horizons'), problems);
  }
  if (isObject(views.loops)) {
    const causes = new Set(
      arrayAt(doc.relations)
        .filter((r): r is Json => isObject(r) && r.type === 'causes')
        .map((r) => `${String(r.from)}\u0000${String(r.to)}`),
    );
    arrayAt(views.loops.named).forEach((named, index) => {
      if (!isObject(named) || !Array.isArray(doc.elements)) return;
      const pointer = pointerOf('views', 'loops', 'named', index);
      const before = problems.length;
      checkReferenceList(named.members, `${pointer}/members`, refs.elements, 'unresolved-element', problems);
      const members = arrayAt(named.members).filter((m): m is string => typeof m === 'string');
      if (problems.length > before || members.length === 0 || new Set(members).size !== members.length || members.length > 12) return;
      // Names match loops by member set (as findLoops does): warn when no cycle runs through exactly these members.
      if (!formsCycle(members, causes)) {
        const label =
          typeof named.label === 'string' ? named.label : isObject(named.label) ? String(Object.values(named.label)[0] ?? '') : '';
        const gap = Math.max(
          0,
          members.findIndex((from, i) => !causes.has(`${from}\u0000${members[(i + 1) % members.length]}`)),
        );
        problems.push(makeProblem('named-loop-broken', pointer, { label, from: members[gap]!, to: members[(gap + 1) % members.length]! }));
      }
    });
  }
  checkDate(doc.updated, '/updated', problems);
}

/** Whether some ordering of `members` is a cycle of causal links (depth-first; named loops are short). */
function formsCycle(members: readonly string[], causes: ReadonlySet<string>): boolean {
  const [first, ...rest] = members;
  if (first === undefined) return false;
  const linked = (a: string, b: string) => causes.has(`${a}\u0000${b}`);
  const extend = (last: string, left: readonly string[]): boolean =>
    left.length === 0
      ? linked(last, first)
      : left.some((next, i) => linked(last, next) && extend(next, [...left.slice(0, i), ...left.slice(i + 1)]));
  return extend(first, rest);
}

interface References {
  elements: Map<string, string>;
  sources: Map<string, string>;
  indicators: Map<string, string>;
}

/**
 * Checks what JSON Schema cannot say: unique ids, references that resolve, polarity on causal links,
 * ordered periods and dates that exist. Tolerates any shape; shape problems are the schema's to report.
 */
export function semanticProblems(document: unknown): Problem[] {
  if (!isObject(document)) return [];
  const problems: Problem[] = [];
  const refs: References = {
    elements: indexIds(arrayAt(document.elements), 'elements', problems),
    sources: indexIds(arrayAt(document.sources), 'sources', problems),
    indicators: indexIds(arrayAt(document.indicators), 'indicators', problems),
  };
  checkElements(document, refs, problems);
  checkRelations(document, refs, problems);
  checkIndicators(document, refs, problems);
  checkViews(document, refs, problems);
  problems.push(...storyProblems(document, refs));
  return problems;
}
