import { NetworkWords } from './network-words.js';

/** The network's words in workshop mode: a node added since the workshop began says so in its name ("…, ny i verkstedet"). */
export class NetworkWorkshopWords extends NetworkWords {
  #isNew: (node: number) => boolean = () => false;
  #word = '';

  /** Tells which nodes (by index into the network) are new, and the words for it. */
  marking(isNew: (node: number) => boolean, word: string): this {
    this.#isNew = isNew;
    this.#word = word;
    return this;
  }

  override node(node: number): string {
    const name = super.node(node);
    return this.#isNew(node) ? `${name} (${this.#word})` : name;
  }
}
