import { ELEMENT_KIND_LABELS, type ElementKind, type UiLanguage } from '@floke/core';

/** Lower-cases the first letter of a label used mid-sentence, unless it looks like an acronym (NAV, KS PRI). */
export function midSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1]!.toLowerCase() && label[0] !== label[0]!.toLowerCase()) {
    return label[0]!.toLowerCase() + label.slice(1);
  }
  return label;
}

export const kindsIn = (lang: UiLanguage) =>
  Object.fromEntries(Object.entries(ELEMENT_KIND_LABELS).map(([kind, label]) => [kind, label[lang]])) as Record<ElementKind, string>;

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
