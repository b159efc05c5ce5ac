import { decimalYearAtEndOf, decimalYearOf, parsePartialDate } from '../document/dates.js';
import type { ActorNetwork, NetworkNode, NetworkTie } from './build-network.js';

/**
 * When something held, as partial ISO dates (`2021`, `2021-06`, `2021-06-30`). A missing `start` is open toward the
 * past, a missing `end` toward the future; both missing: always.
 */
export interface NetworkSpan {
  readonly start?: string;
  readonly end?: string;
}

/** An initiative behind a tie, with its own period (or its `date`, as a one-date period). */
export interface TieSpan extends NetworkSpan {
  readonly initiative: string;
}

/**
 * Where a span stands at a date: `current` (it runs at some time within the date), `past` (it ended before the date
 * began) or `future` (it starts after the date ended).
 */
export type TimeStatus = 'current' | 'past' | 'future';

/**
 * A partial date names a span of time: `2023` is all of 2023, `2023-06` all of June 2023, `2023-06-30` that one day.
 * A span runs from the beginning of its start's span to the end of its end's span, so a period ending `2023` runs
 * through 31 December 2023 and one starting `2024-03` from 1 March 2024. At `asOf` a span is `current` when the two
 * overlap (as of `2023`, a period that ended in June 2023 or starts in December 2023 is current), `past` when it
 * ended before `asOf` began (`end: 2023` is past as of `2024` and `2024-01-01`), and `future` when it starts after
 * `asOf` ended. An undated span is always current; a date that does not parse counts as open (the validator reports
 * it), and so does an `asOf` that does not parse.
 */
export function spanStatus(span: NetworkSpan | undefined, asOf: string): TimeStatus {
  const from = decimalYearOf(asOf);
  const until = decimalYearAtEndOf(asOf);
  if (from === undefined || until === undefined || !span) return 'current';
  const end = span.end === undefined ? undefined : decimalYearAtEndOf(span.end);
  if (end !== undefined && end <= from) return 'past';
  const start = decimalYearOf(span.start);
  if (start !== undefined && start >= until) return 'future';
  return 'current';
}

/** Relations that make a tie by themselves, undated: a tie with one of them is current while both ends exist. */
const DIRECT: ReadonlySet<string> = new Set(['collaborates', 'funds', 'informs']);

/**
 * Where each node and tie stands at `asOf`. A node by its own period. A tie is `future` when an end does not exist
 * yet, else `past` when an end has ceased to exist (a former actor ties no one today), else `current` when it has an
 * undated direct relation or any of its initiatives runs at `asOf`, else `past` when any of them ended before, else
 * `future` (all of them start later).
 */
export function networkTimeStatus(
  network: ActorNetwork,
  asOf: string,
): { readonly nodes: readonly TimeStatus[]; readonly ties: readonly TimeStatus[] } {
  const nodes = network.nodes.map((node) => spanStatus(node.period, asOf));
  const index = new Map(network.nodes.map((node, i) => [node.id, i]));
  const ties = network.ties.map((tie) => {
    const ends = [nodes[index.get(tie.source)!], nodes[index.get(tie.target)!]];
    if (ends.includes('future')) return 'future';
    if (ends.includes('past')) return 'past';
    return tieStatus(tie, asOf);
  });
  return { nodes, ties };
}

function tieStatus(tie: NetworkTie, asOf: string): TimeStatus {
  if (tie.periods.length === 0 || tie.types.some((type) => DIRECT.has(type))) return 'current';
  const statuses = tie.periods.map((span) => spanStatus(span, asOf));
  return statuses.includes('current') ? 'current' : statuses.includes('past') ? 'past' : 'future';
}

/**
 * The network as it stood at `asOf`: only the nodes that existed then and the ties that were current (see
 * `networkTimeStatus`). Metrics of this network (`networkMetrics`) tell who brokered then; a former actor is no broker.
 * An `asOf` that does not parse gives the whole network.
 */
export function networkAt(network: ActorNetwork, asOf: string): ActorNetwork {
  if (!parsePartialDate(asOf)) return network;
  const status = networkTimeStatus(network, asOf);
  return {
    mode: network.mode,
    nodes: network.nodes.filter((_, i) => status.nodes[i] === 'current'),
    ties: network.ties.filter((_, i) => status.ties[i] === 'current'),
  };
}

/**
 * The years in which the network changes, ascending: every year in which a node's or an initiative's period starts
 * or ends, and the year after each end (the first in which it is history). What a year picker offers.
 */
export function networkYears(network: ActorNetwork): number[] {
  const years = new Set<number>();
  const add = (span: NetworkSpan | undefined) => {
    const start = span?.start === undefined ? undefined : parsePartialDate(span.start);
    const end = span?.end === undefined ? undefined : parsePartialDate(span.end);
    if (start) years.add(start.year);
    if (end) years.add(end.year).add(end.year + 1);
  };
  network.nodes.forEach((node: NetworkNode) => add(node.period));
  network.ties.forEach((tie) => tie.periods.forEach(add));
  return [...years].sort((a, b) => a - b);
}
