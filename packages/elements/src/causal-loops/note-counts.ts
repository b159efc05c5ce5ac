import type { NormalizedDocument } from '@floke/core';

/** How many dated notes each element and each relation has, by id; those without notes are left out. */
export function noteCounts(model: NormalizedDocument | undefined): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const item of [...(model?.elements ?? []), ...(model?.relations ?? [])]) {
    if (item.notes.length) counts.set(item.id, item.notes.length);
  }
  return counts;
}

/** The note counts of the model the view draws now, counted once per model. */
export class NoteCounts {
  #counted?: { readonly model: NormalizedDocument | undefined; readonly counts: ReadonlyMap<string, number> };

  /** @param words The count in words, when names should carry it (workshop mode). */
  constructor(
    private readonly model: () => NormalizedDocument | undefined,
    private readonly words: () => ((count: number) => string) | undefined,
  ) {}

  /** A mark's accessible name with its note count in words appended, when it has notes ("…, 2 notater"). */
  named(id: string, name: string): string {
    const words = this.words();
    const count = words ? this.of(id) : 0;
    return count && words ? `${name}, ${words(count)}` : name;
  }

  /** Notes on the element or relation with `id` (0 when none). */
  of(id: string): number {
    const model = this.model();
    let counted = this.#counted;
    if (!counted || counted.model !== model) counted = this.#counted = { model, counts: noteCounts(model) };
    return counted.counts.get(id) ?? 0;
  }
}
