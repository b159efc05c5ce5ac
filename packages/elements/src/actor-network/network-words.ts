import type { NormalizedDocument, UiLanguage } from '@floke/core';
import type { UiStrings } from '../base/strings.js';
import type { NetworkIndex } from './network-index.js';

/** What the network says in words: where a node sits, its accessible name, and a tie as a sentence. */
export class NetworkWords {
  constructor(
    private readonly index: NetworkIndex,
    private readonly model: NormalizedDocument,
    private readonly strings: UiStrings,
    private readonly lang: UiLanguage,
  ) {}

  label(node: number): string {
    return this.index.labels[node] ?? '';
  }

  /** "Regionalt, offentlig", or "Satsing, lokalt". */
  where(node: number): string {
    const n = this.index.view.network.nodes[node]!;
    const t = this.strings.network;
    const level = this.model.views.network.levels.find((l) => l.id === n.level)?.label ?? t.noLevel;
    if (n.kind === 'initiative') return `${t.initiativeKind}, ${level.toLocaleLowerCase(this.lang)}`;
    const sector = this.model.views.network.sectors.find((s) => s.id === n.sector)?.label ?? t.otherSector;
    return `${level}, ${sector.toLocaleLowerCase(this.lang)}`;
  }

  /** Accessible name of a node: label first (as drawn), then level, sector, partners, initiatives, broker. */
  node(node: number): string {
    const n = this.index.view.network.nodes[node]!;
    const count = n.kind === 'initiative' ? n.members.length : n.initiatives.length;
    return this.strings.network.nodeLabel(
      n.label,
      this.where(node),
      this.index.neighbours[node]!.length,
      count,
      this.index.isBroker[node]!,
    );
  }

  /** "KS og Hdir: 3 felles satsinger (…); tema: skole", from `from`'s side when given. */
  tie(tieIndex: number, from?: number): string {
    const tie = this.index.view.network.ties[tieIndex]!;
    const a = this.index.index.get(tie.source)!;
    const b = this.index.index.get(tie.target)!;
    const [first, second] = from === b ? [b, a] : [a, b];
    const direct = tie.types
      .filter((type) => type !== 'shared-initiative')
      .map((type) => this.strings.relationTypes[type as 'collaborates'] ?? type);
    return this.strings.network.tieSentence(
      this.label(first),
      this.label(second),
      tie.weight,
      tie.initiatives.map((id) => this.index.elementLabel(id)),
      tie.topics,
      direct,
    );
  }

  /** The band names, top down. */
  bandNames(): string[] {
    const levels = new Map(this.model.views.network.levels.map((l) => [l.id, l.label]));
    return this.index.view.layout.bands.map((b) => (b.id === null ? this.strings.network.noLevel : (levels.get(b.id) ?? b.id)));
  }
}
