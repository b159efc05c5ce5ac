import type { LocalText } from '../../generated/schema-types.js';

/** A text with every language spelled out: plain strings become `{[documentLanguage]: text}`. */
export type LocalTextMap = Readonly<Record<string, string>>;

/** Turns a LocalText (string or map) into a map, reading plain strings as `documentLanguage`. */
export function toLocalTextMap(text: LocalText | undefined, documentLanguage: string): LocalTextMap {
  if (text === undefined) return {};
  if (typeof text === 'string') return { [documentLanguage]: text };
  return { ...text };
}

/** The primary subtag, lower-cased: `nb-NO` → `nb`. */
function primaryOf(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/**
 * Picks the best text for `lang`. Order: exact tag, same primary language, the Norwegian sibling
 * (nb ↔ nn, `no`), the document's language, English, then the first one given. Never invents text.
 */
export function pickText(map: LocalTextMap, lang: string, documentLanguage: string): string | undefined {
  const entries = Object.entries(map);
  if (entries.length === 0) return undefined;
  const wanted = primaryOf(lang);
  const norwegian = ['nb', 'nn', 'no'];
  const siblings = norwegian.includes(wanted) ? norwegian.filter((tag) => tag !== wanted) : [];
  const preferences = [lang.toLowerCase(), wanted, ...siblings, documentLanguage.toLowerCase(), primaryOf(documentLanguage), 'en'];
  for (const preference of preferences) {
    const hit = entries.find(([tag]) => tag.toLowerCase() === preference) ?? entries.find(([tag]) => primaryOf(tag) === preference);
    if (hit) return hit[1];
  }
  return entries[0]?.[1];
}
