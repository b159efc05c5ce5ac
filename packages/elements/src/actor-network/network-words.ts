import { type NormalizedDocument, type UiLanguage } from '@floke/core';
import { spanStatus, type NetworkVisibility } from '@floke/core/actor-network';
import { formatPartialDate } from '../base/format-date.js';
import type { UiStrings } from '../base/strings.js';
import type { NetworkIndex } from './network-index.js';

/**
 * What the network says in words: where a node sits, its accessible name, and a tie as a sentence. As of a date,
 * a former actor or finished initiative says so wherever it is named ("… (fantes til 2023)"), and a past tie is called
 * one when announced.
 */
export class NetworkWords {
  constructor(
    private readonly index: NetworkIndex,
    private readonly model: NormalizedDocument,
    private readonly strings: UiStrings,
    private readonly lang: UiLanguage,
    private readonly visibility?: NetworkVisibility,
    private readonly asOf?: string,
  ) {}

  /** A node's name, with "(fantes til 2023)" / "(avsluttet 2021)" when it is former as of the date. */
  label(node: number): string {
    const label = this.index.labels[node] ?? '';
    const end = this.visibility?.former[node] ? this.index.view.network.nodes[node]!.period?.end : undefined;
    if (end === undefined) return label;
    const until = formatPartialDate(end, this.lang);
    const t = this.strings.network;
    return this.index.isInitiative[node] ? t.endedInitiative(label, until) : t.formerActor(label, until);
  }

  /** Any initiative's name by id (in actors mode they are not nodes), with "(avsluttet 2021)" when it ended before the date. */
  initiative(id: string): string {
    const label = this.index.elementLabel(id);
    const span = this.index.elementSpan(id);
    if (this.asOf === undefined || span?.end === undefined || spanStatus(span, this.asOf) !== 'past') return label;
    return this.strings.network.endedInitiative(label, formatPartialDate(span.end, this.lang));
  }

  /** Any element's name by id: a node's as `label` gives it, else an initiative's as `initiative` does. */
  element(id: string): string {
    const node = this.index.index.get(id);
    return node === undefined ? this.initiative(id) : this.label(node);
  }

  /** A sector's or level's name, as the overview names its groups ('' is the group of nodes without one). */
  groupName(key: string, groupBy: 'sector' | 'level'): string {
    const { views } = this.model;
    const t = this.strings.network;
    if (groupBy === 'sector') return views.network.sectors.find((s) => s.id === key)?.label ?? t.otherSector;
    return views.network.levels.find((l) => l.id === key)?.label ?? t.noLevel;
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

  /**
   * Accessible name of a node: label first (as drawn, with its end if former), then level, sector, partners shown
   * (current, and past ones apart), initiatives, broker.
   */
  node(node: number): string {
    const n = this.index.view.network.nodes[node]!;
    const count = n.kind === 'initiative' ? n.members.length : n.initiatives.length;
    const partners = this.visibility ? this.index.visibleNeighbours(node, this.visibility) : this.index.neighbours[node]!;
    const past = partners.filter((p) => this.visibility?.historic[p.tie]).length;
    return this.strings.network.nodeLabel(
      this.label(node),
      this.where(node),
      partners.length - past,
      count,
      this.index.isBroker[node]!,
      past,
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
      tie.initiatives.map((id) => this.initiative(id)),
      tie.topics,
      direct,
    );
  }

  /** A tie as announced: "Tidligere samarbeid: …" when it is past as of the date. */
  announceTie(tieIndex: number, from?: number): string {
    const sentence = this.tie(tieIndex, from);
    return this.visibility?.historic[tieIndex] ? this.strings.network.pastTie(sentence) : sentence;
  }

  /** The band names, top down. */
  bandNames(): string[] {
    const levels = new Map(this.model.views.network.levels.map((l) => [l.id, l.label]));
    return this.index.view.layout.bands.map((b) => (b.id === null ? this.strings.network.noLevel : (levels.get(b.id) ?? b.id)));
  }
}
