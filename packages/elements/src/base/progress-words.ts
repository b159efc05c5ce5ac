import { elementProgress, progressMarks, type NormalizedDocument, type ProgressMark, type UiLanguage } from '@floke/core';
import { PROGRESS_STRINGS } from './progress-strings.js';

/** Progress marks are read per model, once: every render of every view asks for them. DOM-free (the CLI uses it). */
const marksByModel = new WeakMap<NormalizedDocument, ReadonlyMap<string, ProgressMark>>();

/** Every element's progress mark, by id. */
export function progressOf(model: NormalizedDocument): ReadonlyMap<string, ProgressMark> {
  let marks = marksByModel.get(model);
  if (!marks) marksByModel.set(model, (marks = progressMarks(model)));
  return marks;
}

/** An element's progress words for its accessible name (", indikator: på vei mot målet"); '' without indicators. */
export function progressWord(model: NormalizedDocument, id: string, lang: UiLanguage): string {
  if (!progressOf(model).has(id)) return '';
  const progress = elementProgress(model, id, lang);
  return progress ? `, ${PROGRESS_STRINGS[lang].named(progress.markText)}` : '';
}

/** A name with the progress words added before its closing full stop, if it has one. */
export function withProgressWord(model: NormalizedDocument, id: string, lang: UiLanguage, name: string): string {
  const word = progressWord(model, id, lang);
  if (!word) return name;
  return name.endsWith('.') ? `${name.slice(0, -1)}${word}.` : `${name}${word}`;
}
