/**
 * How a Floke element or relation becomes flat fields (a CSV row, a GraphML or GEXF attribute list) and back.
 * Plain text, numbers and booleans stay themselves; structured values (tags, period, sources, a label in several
 * languages…) are written as JSON text, so a round trip through a flat format keeps them.
 */

type Json = Record<string, unknown>;

/** The fields a Floke element has, in the order flat formats list them. */
export const ELEMENT_FIELDS = [
  'id',
  'kind',
  'label',
  'short',
  'description',
  'url',
  'tags',
  'layer',
  'horizon',
  'horizonShift',
  'date',
  'period',
  'planned',
  'priority',
  'level',
  'sector',
  'sources',
  'indicators',
  'notes',
  'position',
  'extensions',
] as const;

/** The fields a Floke relation has. */
export const RELATION_FIELDS = [
  'id',
  'from',
  'to',
  'type',
  'polarity',
  'direction',
  'delay',
  'strength',
  'evidence',
  'about',
  'label',
  'sources',
  'notes',
  'extensions',
] as const;

const BOOLEAN = new Set(['planned', 'delay']);
const NUMBER = new Set(['strength']);
/** Fields that are always structured: written as JSON text. */
const STRUCTURED = new Set(['tags', 'period', 'sources', 'indicators', 'notes', 'position', 'extensions']);

/** An object's fields as flat text values (absent fields left out). */
export function flatten(item: Json, fields: readonly string[]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const field of fields) {
    const value = item[field];
    if (value === undefined || value === null) continue;
    flat[field] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return flat;
}

/** Flat text values back to typed fields (the inverse of `flatten`); empty text means absent. */
export function unflatten(flat: Readonly<Record<string, string>>, fields: readonly string[]): Json {
  const item: Json = {};
  for (const field of fields) {
    const text = flat[field];
    if (text === undefined || text === '') continue;
    item[field] = typed(field, text);
  }
  return item;
}

function typed(field: string, text: string): unknown {
  if (BOOLEAN.has(field)) return /^(true|yes|ja|1)$/i.test(text.trim());
  if (NUMBER.has(field)) return Number(text);
  if (STRUCTURED.has(field) || /^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return field === 'tags'
        ? text
            .split(/[;,]/)
            .map((t) => t.trim())
            .filter(Boolean)
        : text;
    }
  }
  return text;
}

/** Polarity as people write it: `+`, `-`, `−`, `positive`, `negative`, `same`, `opposite`, `s`, `o`. */
export function polarityOf(text: string | undefined): '+' | '-' | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (['+', 'positive', 'pos', 'same', 's', 'plus', 'øker', 'increase'].includes(t)) return '+';
  if (['-', '−', '–', 'negative', 'neg', 'opposite', 'o', 'minus', 'minsker', 'decrease'].includes(t)) return '-';
  return undefined;
}
