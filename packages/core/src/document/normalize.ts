import type { LocalText } from '../generated/schema-types.js';
import { DEFAULT_LANGUAGE } from './i18n/languages.js';
import { pickText, toLocalTextMap, type LocalTextMap } from './i18n/local-text.js';
import { pointerOf } from './json-pointer.js';
import {
  declaredLayers,
  declaredLevels,
  declaredSectors,
  declaredWaterline,
  icebergPresetOf,
  type DeclaredItem,
} from './declared-items.js';
import type {
  ExcludedItem,
  NormalizedDocument,
  NormalizedElement,
  NormalizedIndicator,
  NormalizedItem,
  NormalizedNamedLoop,
  NormalizedNote,
  NormalizedRelation,
  NormalizedSource,
  NormalizedViews,
  SourceLocator,
} from './normalized-types.js';
import { DEFAULT_HORIZON_RANGE, HORIZONS, type AddressDirection, type Horizon } from './vocabulary.js';
import type { Problem } from './problems.js';
import { decimalYearOf } from './dates.js';
import { validateGuarded } from './validate/validate.js';
import { cloneJson, setOwn } from './clone-json.js';
import { guardDepth } from './depth-guard.js';
import { clampPosition, cutLabel } from './apply-limits.js';
import { DOCUMENT_LIMITS } from './limits.js';
import { normalizeStories } from './normalize-stories.js';

export interface NormalizeOptions {
  /** Language to resolve texts to. Default: the document's `language`. */
  readonly lang?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const KNOWN_TOP_LEVEL = new Set([
  '$schema',
  'floke',
  'id',
  'title',
  'description',
  'language',
  'updated',
  'elements',
  'relations',
  'sources',
  'indicators',
  'views',
  // Read by `versionsOf` and `materializeVersion` from the input (`source`); the model is the current version.
  'versions',
  'extensions',
]);

/**
 * Where the errors are, to decide what can still be used. Each pointer (and each of its ancestors) maps to the first
 * error at or below it, so every question costs one look-up however many items and errors a document has.
 */
class ErrorIndex {
  private readonly exact = new Map<string, string>();
  private readonly below = new Map<string, string>();
  constructor(problems: readonly Problem[]) {
    for (const { pointer, severity } of problems) {
      if (severity !== 'error') continue;
      if (!this.exact.has(pointer)) this.exact.set(pointer, pointer);
      for (let end = pointer.length; end >= 0; end = pointer.lastIndexOf('/', end - 1)) {
        const ancestor = pointer.slice(0, end);
        if (this.below.has(ancestor)) break; // its ancestors already hold an earlier error
        this.below.set(ancestor, pointer);
        if (end === 0) break;
      }
    }
  }
  /** The first error at `pointer` itself or below it. */
  within(pointer: string): string | undefined {
    return this.below.get(pointer);
  }
  /** The first error at exactly `pointer`. */
  at(pointer: string): string | undefined {
    return this.exact.get(pointer);
  }
  /** The first error that makes the item at `pointer` unusable: at its root or in one of its key fields. */
  blocking(pointer: string, keys: readonly string[]): string | undefined {
    return this.at(pointer) ?? keys.map((key) => this.within(pointer + pointerOf(key))).find((p) => p !== undefined);
  }
}

/** Resolves texts for one language and keeps the full maps. */
class TextResolver {
  constructor(
    readonly language: string,
    readonly lang: string,
  ) {}
  map(text: unknown): LocalTextMap {
    return typeof text === 'string' || isObject(text) ? toLocalTextMap(text as LocalText, this.language) : {};
  }
  pick(text: unknown): string | undefined {
    return pickText(this.map(text), this.lang, this.language);
  }
  /** The item's LocalText fields (of `keys`) that are present and valid, as maps. */
  maps(item: Json, keys: readonly string[], errors: ErrorIndex, pointer: string): Record<string, LocalTextMap> {
    const result: Record<string, LocalTextMap> = {};
    for (const key of keys) {
      if (item[key] !== undefined && !errors.within(pointer + pointerOf(key))) result[key] = this.map(item[key]);
    }
    return result;
  }
}

/**
 * Copies `item` without the fields that have errors; list fields lose only their failing entries. Each field or
 * entry left out is listed in `excluded` beside the error that caused it.
 */
function usableFields(item: Json, pointer: string, errors: ErrorIndex, excluded: ExcludedItem[]): Json {
  const result: Json = {};
  for (const [key, value] of Object.entries(item)) {
    const at = pointer + pointerOf(key);
    const broken = Array.isArray(value) ? errors.at(at) : errors.within(at);
    if (broken !== undefined) {
      excluded.push({ pointer: at, because: broken });
      continue;
    }
    setOwn(
      result,
      key,
      Array.isArray(value)
        ? value.filter((_, index) => {
            const because = errors.within(`${at}/${index}`);
            if (because !== undefined) excluded.push({ pointer: `${at}/${index}`, because });
            return because === undefined;
          })
        : value,
    );
  }
  return result;
}

function normalizeNotes(value: unknown, texts: TextResolver): NormalizedNote[] {
  return arrayAt(value).flatMap((note) =>
    isObject(note) && typeof note.date === 'string'
      ? [{ date: note.date, text: texts.pick(note.text) ?? '', ...(typeof note.author === 'string' ? { author: note.author } : {}) }]
      : [],
  );
}

/**
 * The usable entries of a `sources` list (entries with errors are already gone): ids in either form, and the
 * locators of the `{source, locator}` entries beside them.
 */
function normalizeSourceList(value: unknown): { sources: string[]; sourceLocators: SourceLocator[] } {
  const sources: string[] = [];
  const sourceLocators: SourceLocator[] = [];
  for (const entry of arrayAt(value)) {
    if (typeof entry === 'string') {
      sources.push(entry);
    } else if (isObject(entry) && typeof entry.source === 'string' && typeof entry.locator === 'string') {
      sources.push(entry.source);
      sourceLocators.push({ source: entry.source, locator: entry.locator });
    }
  }
  return { sources, sourceLocators };
}

/** Sets `key` only when the value is defined, so optional fields stay absent rather than `undefined`. */
function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value };
}

/** Labels cut to the limit in every language, so each language lays out the same. */
function cutLabels(maps: Record<string, LocalTextMap>): Record<string, LocalTextMap> {
  if (!maps['label']) return maps;
  return { ...maps, label: Object.fromEntries(Object.entries(maps['label']).map(([lang, text]) => [lang, cutLabel(text)])) };
}

function normalizeElements(doc: Json, errors: ErrorIndex, texts: TextResolver, excluded: ExcludedItem[]): NormalizedElement[] {
  const elements: NormalizedElement[] = [];
  const limit = DOCUMENT_LIMITS.elements;
  arrayAt(doc.elements).forEach((raw, index) => {
    const pointer = pointerOf('elements', index);
    if (index >= limit) {
      excluded.push({ pointer, because: pointerOf('elements', limit) }); // where `too-many-elements` is reported
      return;
    }
    const blocking = isObject(raw) ? errors.blocking(pointer, ['id', 'kind', 'label']) : pointer;
    if (blocking !== undefined || !isObject(raw)) {
      excluded.push({ pointer, because: blocking ?? pointer });
      return;
    }
    const item = usableFields(raw, pointer, errors, excluded);
    const fullLabel = texts.pick(item.label) ?? (item.id as string);
    const label = cutLabel(fullLabel);
    const position = item.position as { x: number; y: number } | undefined;
    const element = {
      ...item,
      id: item.id as string,
      kind: item.kind as NormalizedElement['kind'],
      label,
      ...optional('fullLabel', label === fullLabel ? undefined : fullLabel),
      ...optional('position', position && clampPosition(position)),
      ...optional('short', texts.pick(item.short)),
      ...optional('description', texts.pick(item.description)),
      tags: (item.tags as string[] | undefined) ?? [],
      planned: item.planned === true,
      ...normalizeSourceList(item.sources),
      indicators: (item.indicators as string[] | undefined) ?? [],
      notes: normalizeNotes(item.notes, texts),
      pointer,
      texts: cutLabels(texts.maps(item, ['label', 'short', 'description'], errors, pointer)),
    } satisfies NormalizedElement;
    elements.push(element);
  });
  return elements;
}

function normalizeRelations(
  doc: Json,
  errors: ErrorIndex,
  texts: TextResolver,
  elementPointers: ReadonlyMap<string, string>,
  excluded: ExcludedItem[],
): NormalizedRelation[] {
  const relations: NormalizedRelation[] = [];
  const usedIds = new Map<string, number>();
  const excludedElementIds = new Map<string, string>();
  for (const item of excluded) {
    if (!/^\/elements\/\d+$/.test(item.pointer)) continue; // a field or entry left out of an element, not the element
    const id = (doc.elements as unknown[] | undefined)?.[Number(item.pointer.split('/')[2])];
    if (isObject(id) && typeof id.id === 'string') excludedElementIds.set(id.id, item.because);
  }
  arrayAt(doc.relations).forEach((raw, index) => {
    const pointer = pointerOf('relations', index);
    if (index >= DOCUMENT_LIMITS.relations) {
      excluded.push({ pointer, because: pointerOf('relations', DOCUMENT_LIMITS.relations) }); // `too-many-relations`
      return;
    }
    let blocking = isObject(raw) ? errors.blocking(pointer, ['from', 'to', 'type', 'polarity']) : pointer;
    if (blocking === undefined && isObject(raw)) {
      // An end that names an element which was itself left out takes the relation with it.
      const missingEnd = [raw.from, raw.to].find((id) => typeof id === 'string' && !elementPointers.has(id)) as string | undefined;
      if (missingEnd !== undefined) blocking = excludedElementIds.get(missingEnd) ?? pointer;
    }
    if (blocking !== undefined || !isObject(raw)) {
      excluded.push({ pointer, because: blocking ?? pointer });
      return;
    }
    const item = usableFields(raw, pointer, errors, excluded);
    const derived = `${String(item.from)}->${String(item.to)}:${String(item.type)}`;
    const seen = usedIds.get(derived) ?? 0;
    usedIds.set(derived, seen + 1);
    const relation = {
      ...item,
      id: typeof item.id === 'string' ? item.id : seen === 0 ? derived : `${derived}#${seen + 1}`,
      from: item.from as string,
      to: item.to as string,
      type: item.type as NormalizedRelation['type'],
      ...optional('polarity', item.type === 'causes' ? (item.polarity as '+' | '-') : undefined),
      ...optional('direction', item.type === 'addresses' ? (item.direction as AddressDirection | undefined) : undefined),
      delay: item.delay === true,
      ...optional('about', texts.pick(item.about)),
      ...optional('label', texts.pick(item.label)),
      ...normalizeSourceList(item.sources),
      notes: normalizeNotes(item.notes, texts),
      pointer,
      texts: texts.maps(item, ['about', 'label'], errors, pointer),
    } satisfies NormalizedRelation;
    relations.push(relation);
  });
  return relations;
}

/**
 * The usable items of a top-level collection: an item whose root or key fields have errors is left out
 * (and listed in `excluded`); the others lose only their broken fields, then `build` shapes them.
 */
function usableItems<T>(
  doc: Json,
  collection: string,
  keyFields: readonly string[],
  errors: ErrorIndex,
  excluded: ExcludedItem[],
  build: (item: Json, pointer: string) => T,
): T[] {
  return arrayAt(doc[collection]).flatMap((raw, index) => {
    const pointer = pointerOf(collection, index);
    const blocking = isObject(raw) ? errors.blocking(pointer, keyFields) : pointer;
    if (blocking !== undefined || !isObject(raw)) {
      excluded.push({ pointer, because: blocking ?? pointer });
      return [];
    }
    return [build(usableFields(raw, pointer, errors, excluded), pointer)];
  });
}

function normalizeSources(doc: Json, errors: ErrorIndex, texts: TextResolver, excluded: ExcludedItem[]): NormalizedSource[] {
  return usableItems(
    doc,
    'sources',
    ['id', 'title'],
    errors,
    excluded,
    (item, pointer) =>
      ({
        ...item,
        id: item.id as string,
        title: texts.pick(item.title) ?? (item.id as string),
        authors: (item.authors as string[] | undefined) ?? [],
        pointer,
        texts: texts.maps(item, ['title'], errors, pointer),
      }) satisfies NormalizedSource,
  );
}

function normalizeIndicators(doc: Json, errors: ErrorIndex, texts: TextResolver, excluded: ExcludedItem[]): NormalizedIndicator[] {
  return usableItems(doc, 'indicators', ['id', 'label'], errors, excluded, (item, pointer) => {
    const series = arrayAt(item.series)
      .filter(isObject)
      .map((point) => ({ ...point, date: point.date as string, value: point.value as number, target: point.target === true }))
      .sort((a, b) => (decimalYearOf(a.date) ?? 0) - (decimalYearOf(b.date) ?? 0));
    return {
      ...item,
      id: item.id as string,
      label: texts.pick(item.label) ?? (item.id as string),
      series,
      pointer,
      texts: texts.maps(item, ['label'], errors, pointer),
    } satisfies NormalizedIndicator;
  });
}

function resolveItems(items: readonly DeclaredItem[], texts: TextResolver): NormalizedItem[] {
  return items.map((item) => ({
    id: item.id,
    label: texts.pick(item.label) ?? item.id,
    ...optional('description', texts.pick(item.description)),
  }));
}

function normalizeViews(
  doc: Json,
  errors: ErrorIndex,
  texts: TextResolver,
  elementIds: ReadonlySet<string>,
  excluded: ExcludedItem[],
): NormalizedViews {
  const views = isObject(doc.views) ? doc.views : {};
  const horizons = isObject(views.horizons) && !errors.at('/views/horizons') ? views.horizons : {};
  const validDate = (key: string): string | undefined =>
    typeof horizons[key] === 'string' && !errors.within(pointerOf('views', 'horizons', key)) ? (horizons[key] as string) : undefined;
  const periodBroken = errors.at('/views/horizons') !== undefined;
  const curves: Partial<Record<Horizon, (readonly [string, number])[]>> = {};
  if (isObject(horizons.curves) && !errors.within('/views/horizons/curves')) {
    for (const horizon of HORIZONS) {
      const points = horizons.curves[horizon];
      if (Array.isArray(points)) curves[horizon] = points.map((p) => [String(p[0]), Number(p[1])] as const);
    }
  }
  const loops = isObject(views.loops) ? views.loops : {};
  const named: NormalizedNamedLoop[] = [];
  arrayAt(loops.named).forEach((entry, index) => {
    const pointer = pointerOf('views', 'loops', 'named', index);
    const blocking = errors.within(pointer);
    if (blocking !== undefined || !isObject(entry)) {
      excluded.push({ pointer, because: blocking ?? pointer });
      return;
    }
    const members = (entry.members as string[]).filter((id) => elementIds.has(id));
    named.push({ members, label: texts.pick(entry.label) ?? '', ...optional('description', texts.pick(entry.description)), pointer });
  });
  const updated = typeof doc.updated === 'string' && !errors.within('/updated') ? doc.updated : undefined;
  return {
    iceberg: {
      preset: icebergPresetOf(doc),
      layers: resolveItems(declaredLayers(doc), texts),
      ...optional('waterline', declaredWaterline(doc)),
    },
    horizons: {
      start: (!periodBroken && validDate('start')) || DEFAULT_HORIZON_RANGE.start,
      end: (!periodBroken && validDate('end')) || DEFAULT_HORIZON_RANGE.end,
      ...optional('now', validDate('now') ?? updated),
      curves,
    },
    network: { levels: resolveItems(declaredLevels(doc), texts), sectors: resolveItems(declaredSectors(doc), texts) },
    loops: { named },
    stories: normalizeStories(
      views,
      {
        errorWithin: (pointer) => errors.within(pointer),
        errorAt: (pointer) => errors.at(pointer),
        pick: (text) => texts.pick(text),
        map: (text) => texts.map(text),
        sourceList: normalizeSourceList,
      },
      excluded,
    ),
  };
}

/**
 * Turns any input into the model views draw: validates it, resolves texts to `lang`, applies defaults
 * and leaves out only what cannot be used, listing each such item in `excluded` beside its problem.
 * Never mutates or throws on its input; `extensions` and unknown fields are carried over untouched.
 */
export function normalize(input: unknown, options: NormalizeOptions = {}): NormalizedDocument {
  // Values nested too deep are cut first (and reported), so nothing below recurses without bound.
  const guarded = guardDepth(input);
  const document = guarded.document;
  const { problems } = validateGuarded(guarded);
  const errors = new ErrorIndex(problems);
  const doc: Json = isObject(document) ? document : {};
  const language = typeof doc.language === 'string' && !errors.within('/language') ? doc.language : DEFAULT_LANGUAGE;
  const texts = new TextResolver(language, options.lang ?? language);
  const excluded: ExcludedItem[] = [];
  const elements = normalizeElements(doc, errors, texts, excluded);
  const elementPointers = new Map(elements.map((element) => [element.id, element.pointer]));
  const relations = normalizeRelations(doc, errors, texts, elementPointers, excluded);
  const unknownFields = Object.fromEntries(
    Object.entries(doc)
      .filter(([key]) => !KNOWN_TOP_LEVEL.has(key))
      .map(([key, value]) => [key, cloneJson(value)]),
  );
  return {
    floke: typeof doc.floke === 'string' ? doc.floke : '',
    ...optional('id', typeof doc.id === 'string' && !errors.within('/id') ? doc.id : undefined),
    title: texts.pick(doc.title) ?? '',
    ...optional('description', texts.pick(doc.description)),
    language,
    lang: texts.lang,
    ...optional('updated', typeof doc.updated === 'string' && !errors.within('/updated') ? doc.updated : undefined),
    elements: elements.map((element) => cloneJson(element)),
    relations: relations.map((relation) => cloneJson(relation)),
    sources: normalizeSources(doc, errors, texts, excluded).map((s) => cloneJson(s)),
    indicators: normalizeIndicators(doc, errors, texts, excluded).map((i) => cloneJson(i)),
    views: normalizeViews(doc, errors, texts, new Set(elementPointers.keys()), excluded),
    ...optional('extensions', isObject(doc.extensions) ? cloneJson(doc.extensions) : undefined),
    unknownFields,
    problems,
    excluded,
    source: document,
  };
}
