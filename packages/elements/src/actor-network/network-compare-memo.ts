import { networkCompareMarks, type NetworkCompareMarks, type NetworkLayout } from '@floke/core/actor-network';
import type { DocumentDiff } from '@floke/core/diff';

/** Compare mode's ghosts and tie changes, placed once per layout and diff (the canvas asks every frame). */
export class NetworkCompareMemo {
  #key?: { layout: NetworkLayout; diff: DocumentDiff };
  #value?: NetworkCompareMarks;

  get(layout: NetworkLayout, diff: DocumentDiff | undefined): NetworkCompareMarks | undefined {
    if (!diff) return undefined;
    if (this.#value && this.#key?.layout === layout && this.#key.diff === diff) return this.#value;
    this.#key = { layout, diff };
    return (this.#value = networkCompareMarks(layout, diff.elements.removed, {
      gained: diff.network.tiesGained,
      lost: diff.network.tiesLost,
    }));
  }
}
