import type { NormalizedDocument } from '@floke/core';
import { html, nothing } from 'lit';

const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

/**
 * The `lang` a text from the document needs where the view shows it: its own language when that is not the UI's
 * (Norwegian labels in an English UI), else `nothing`, so it inherits the UI's. Screen readers then read «Fattigdom i
 * familien» with Norwegian rules inside English sentences (WCAG 3.1.2).
 *
 * The text's language is the UI's when the item gives its text in that language (`texts`, see `normalize`), else the
 * document's own language, which plain strings are written in.
 */
export function dataLang(
  model: Pick<NormalizedDocument, 'language'> | undefined,
  ui: string,
  texts?: Readonly<Record<string, string>>,
): string | typeof nothing {
  if (!model) return nothing;
  const wanted = primary(ui);
  if (texts && Object.keys(texts).some((tag) => primary(tag) === wanted)) return nothing;
  return primary(model.language) === wanted ? nothing : model.language;
}

/**
 * A sentence of the UI with names from the document in it ("More Fattigdom i familien increases …"), each name in a
 * span with the document's `lang`; the rest inherits the UI's. Names are found as written or with a lower-case first
 * letter (as sentences use them), longest first, without overlap. Without a `lang` (same language) the text as is.
 * With `untranslated` (see `untranslatedNames`), only names in it: one the document gives in the UI's language too
 * is shown in that language and needs no mark.
 */
export function markDataText(
  text: string,
  names: readonly string[],
  lang: string | typeof nothing,
  untranslated?: ReadonlySet<string>,
): unknown {
  if (lang === nothing || text === '') return text;
  const candidates = [...new Set(names.filter((name) => name.length > 1 && (!untranslated || untranslated.has(name))))].sort(
    (a, b) => b.length - a.length,
  );
  const found: { start: number; end: number }[] = [];
  const lower = text.toLocaleLowerCase();
  for (const name of candidates) {
    const needle = name.toLocaleLowerCase();
    let from = 0;
    for (let at = lower.indexOf(needle, from); at >= 0; at = lower.indexOf(needle, from)) {
      const end = at + needle.length;
      if (!found.some((f) => at < f.end && end > f.start)) found.push({ start: at, end });
      from = end;
    }
  }
  if (found.length === 0) return text;
  found.sort((a, b) => a.start - b.start);
  const pieces: unknown[] = [];
  let cursor = 0;
  for (const { start, end } of found) {
    if (start > cursor) pieces.push(text.slice(cursor, start));
    pieces.push(html`<span lang=${lang}>${text.slice(start, end)}</span>`);
    cursor = end;
  }
  if (cursor < text.length) pieces.push(text.slice(cursor));
  return pieces;
}

/** `dataLang` for a text read straight from the document (a LocalText: a plain string or a map by language). */
export function rawTextLang(model: Pick<NormalizedDocument, 'language'> | undefined, ui: string, raw: unknown): string | typeof nothing {
  const texts = raw !== null && typeof raw === 'object' ? (raw as Record<string, string>) : undefined;
  return dataLang(model, ui, texts);
}

const untranslatedCache = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/**
 * The document's words a view shows in the document's own language because no text in the UI's language was given:
 * element labels and short names, topics of relations, indicator names and units, names of named loops. Those are the
 * words that need the document's `lang` in a UI of another language; the same for every view, kept per model.
 */
export function untranslatedNames(model: NormalizedDocument | undefined, ui: string): ReadonlySet<string> {
  if (!model || dataLang(model, ui) === nothing) return new Set();
  const byUi = untranslatedCache.get(model) ?? new Map<string, ReadonlySet<string>>();
  untranslatedCache.set(model, byUi);
  const cached = byUi.get(ui);
  if (cached) return cached;
  const names = new Set<string>();
  const add = (text: string | undefined, texts: Readonly<Record<string, string>> | undefined) => {
    if (text && dataLang(model, ui, texts) !== nothing) names.add(text);
  };
  for (const e of model.elements) {
    add(e.label, e.texts['label']);
    add(e.short, e.texts['short']);
  }
  for (const r of model.relations) add(r.about, r.texts['about']);
  for (const i of model.indicators) {
    add(i.label, i.texts['label']);
    add(i.unit, i.texts['unit']);
  }
  const source = model.source as { views?: { loops?: { named?: { label?: unknown }[] } } } | undefined;
  const named = Array.isArray(source?.views?.loops?.named) ? source.views.loops.named : [];
  for (const loop of model.views.loops.named) {
    const raw = named[Number(loop.pointer.split('/').pop())]?.label;
    add(loop.label, raw !== null && typeof raw === 'object' ? (raw as Record<string, string>) : undefined);
  }
  byUi.set(ui, names);
  return names;
}

/** Marks the document's words in a text of the UI: `names` (default: the whole text) that are untranslated. */
export type DataMarker = (text: string, names?: readonly string[]) => unknown;

/** A `DataMarker` for a view: its model, its UI language (see `markDataText`, `untranslatedNames`). */
export function dataMarker(model: NormalizedDocument | undefined, ui: string): DataMarker {
  const lang = dataLang(model, ui);
  if (lang === nothing) return (text) => text;
  const untranslated = untranslatedNames(model, ui);
  return (text, names = [text]) => markDataText(text, names, lang, untranslated);
}
