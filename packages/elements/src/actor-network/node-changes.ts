import type { NetworkChanges } from './paint-change-badges.js';

/** Compare mode's statuses by node index, computed once per layout and diff (the canvas asks every frame). */
export class NodeChangesMemo {
  #key?: { nodes: readonly unknown[]; diff: unknown; word: string };
  #value?: NetworkChanges;

  get(
    nodes: readonly { readonly id: string }[],
    diff: unknown,
    status: (id: string) => 'new' | 'changed' | undefined,
    newWord: string,
  ): NetworkChanges {
    const key = this.#key;
    if (this.#value && key?.nodes === nodes && key.diff === diff && key.word === newWord) return this.#value;
    this.#key = { nodes, diff, word: newWord };
    return (this.#value = { status: nodes.map((n) => status(n.id)), newWord });
  }
}
