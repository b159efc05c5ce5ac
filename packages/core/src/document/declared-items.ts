import type { UiLanguage } from './i18n/languages.js';
import type { LocalText } from '../generated/schema-types.js';
import { DEFAULT_WATERLINE, ICEBERG_PRESETS, NETWORK_LEVELS, NETWORK_SECTORS, type BuiltInItem, type IcebergPreset } from './vocabulary.js';

/** A layer, level or sector as declared by the document or taken from the built-in vocabulary. */
export interface DeclaredItem {
  readonly id: string;
  /** The author's label, or the built-in label in every UI language. */
  readonly label?: LocalText;
  readonly description?: LocalText;
  /** True when it comes from Floke's vocabulary rather than the document. */
  readonly builtIn: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function fromBuiltIn(item: BuiltInItem): DeclaredItem {
  return {
    id: item.id,
    label: { ...item.label } as Record<UiLanguage, string>,
    description: item.description && { ...item.description },
    builtIn: true,
  };
}

/** Items given as ids or `{id, label}`; a bare id that names a built-in item borrows its labels. */
function readItems(list: unknown, builtIns: readonly BuiltInItem[]): DeclaredItem[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const items: DeclaredItem[] = [];
  for (const entry of list) {
    const id = typeof entry === 'string' ? entry : isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    if (id === undefined) continue;
    const builtIn = builtIns.find((item) => item.id === id);
    const given = isObject(entry) ? entry : {};
    const base = builtIn ? fromBuiltIn(builtIn) : { id, builtIn: false };
    items.push({
      ...base,
      ...(given.label !== undefined ? { label: given.label as LocalText, builtIn: false } : {}),
      ...(given.description !== undefined ? { description: given.description as LocalText } : {}),
    });
  }
  return items;
}

function viewSettings(doc: unknown, view: string): Json {
  const views = isObject(doc) && isObject(doc.views) ? doc.views : {};
  return isObject(views[view]) ? views[view] : {};
}

/** The iceberg preset a document asks for (default: the four-layer iceberg). */
export function icebergPresetOf(doc: unknown): IcebergPreset {
  return viewSettings(doc, 'iceberg').preset === 'six-conditions' ? 'six-conditions' : 'iceberg';
}

/** The iceberg layers, top (visible) to bottom (deepest). */
export function declaredLayers(doc: unknown): DeclaredItem[] {
  const preset = ICEBERG_PRESETS[icebergPresetOf(doc)];
  return readItems(viewSettings(doc, 'iceberg').layers, preset) ?? preset.map(fromBuiltIn);
}

/** The layer the waterline lies below: the author's, else the preset's, else the first layer. */
export function declaredWaterline(doc: unknown): string | undefined {
  const layers = declaredLayers(doc);
  const given = viewSettings(doc, 'iceberg').waterline;
  if (typeof given === 'string' && layers.some((layer) => layer.id === given)) return given;
  const preset = DEFAULT_WATERLINE[icebergPresetOf(doc)];
  return layers.some((layer) => layer.id === preset) ? preset : layers[0]?.id;
}

/** The network levels, top (national) to bottom (local). */
export function declaredLevels(doc: unknown): DeclaredItem[] {
  return readItems(viewSettings(doc, 'network').levels, NETWORK_LEVELS) ?? NETWORK_LEVELS.map(fromBuiltIn);
}

/** The network sectors. */
export function declaredSectors(doc: unknown): DeclaredItem[] {
  return readItems(viewSettings(doc, 'network').sectors, NETWORK_SECTORS) ?? NETWORK_SECTORS.map(fromBuiltIn);
}
