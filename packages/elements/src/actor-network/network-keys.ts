import { neighbourToward, type ArrowKey } from '@floke/core';
import type { NetworkVisibility } from '@floke/core/actor-network';
import type { NetworkStrings } from '../base/network-strings.js';
import type { NetworkIndex } from './network-index.js';

/** What a key on the network's tab stop acts on. Nodes are indexes into the network. */
export interface NodeKeyContext {
  readonly index: NetworkIndex;
  readonly visibility: NetworkVisibility | undefined;
  /** The node with the tab stop. */
  readonly active: number;
  readonly selected: string | undefined;
  readonly strings: NetworkStrings;
  readonly describeNode: (node: number) => string;
  readonly describeTie: (tie: number, from: number) => string;
  readonly moveTo: (node: number, from: number) => void;
  readonly select: (node: number | null) => void;
  /** Shows a node's ties in the panel, whatever is selected. */
  readonly listTies: (node: number) => void;
  readonly announce: (text: string) => void;
  /** Keys the network does not handle itself (zoom). */
  readonly otherKey: (event: KeyboardEvent) => void;
}

/**
 * The keys of the focused node: arrows move to the shown partner in that direction (or say why not), Enter or Space
 * toggles the selection, T shows the node's ties with their topics in the panel and announces how many (the selection
 * stays as it was).
 */
export function handleNodeKey(event: KeyboardEvent, context: NodeKeyContext): void {
  const { index, active } = context;
  const t = context.strings;
  const layout = index.view.layout;
  if (event.key.startsWith('Arrow')) {
    event.preventDefault();
    const partners = index.visibleNeighbours(active, context.visibility);
    const candidates = partners.map(({ node }) => ({ node, x: layout.nodes[node]!.x, y: layout.nodes[node]!.y }));
    const next = neighbourToward(layout.nodes[active]!, candidates, event.key as ArrowKey)?.node;
    if (next === undefined) context.announce(partners.length ? t.noPartnerThatWay : t.noTies);
    else context.moveTo(next, active);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    context.select(context.selected === index.view.network.nodes[active]!.id ? null : active);
    context.announce(context.describeNode(active));
  } else if (event.key === 't' || event.key === 'T') {
    event.preventDefault();
    context.listTies(active);
    context.announce(t.tiesListed(index.labels[active]!, index.visibleNeighbours(active, context.visibility).length));
  } else {
    context.otherKey(event);
  }
}
