import type { Ghost } from '@floke/core';

/**
 * Compare mode's ghosts, recomputed only when their inputs change (the earlier version, the drawn layout, what is
 * gone): placing them lays out the earlier version, which a render must not repeat.
 */
export class GhostsMemo {
  #key: readonly unknown[] = [];
  #value: readonly Ghost[] = [];

  get(key: readonly unknown[], compute: () => readonly Ghost[]): readonly Ghost[] {
    if (key.length === this.#key.length && key.every((k, i) => k === this.#key[i])) return this.#value;
    this.#key = key;
    return (this.#value = compute());
  }
}
