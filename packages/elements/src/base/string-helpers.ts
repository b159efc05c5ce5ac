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

/** "a", "a og b", "a, b og c": a list joined with commas and the given word for "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
