import type { NetworkOverview, NetworkVisibility } from '@floke/core/actor-network';
import { html, nothing } from 'lit';
import type { DataMarker } from '../base/data-lang.js';
import { heading } from '../base/heading.js';
import type { UiStrings } from '../base/strings.js';
import type { NetworkIndex } from './network-index.js';
import { overviewGroups } from './network-overview-layer.js';
import type { NetworkWords } from './network-words.js';

/**
 * The text alternative: actors and ties as tables, built only when opened (thousands of rows cost). As of a date,
 * past ties get their own table and column ("Tidligere samarbeid"), and former actors say so in their name.
 */
export function renderNetworkTables(state: {
  readonly index: NetworkIndex;
  readonly words: NetworkWords;
  readonly strings: UiStrings;
  readonly lang: string;
  readonly visibility: NetworkVisibility | undefined;
  /** The overview level's groups, when the network is large enough to have one: they get their own table first. */
  readonly overview?: NetworkOverview | undefined;
  readonly open: boolean;
  readonly toggle: (open: boolean) => void;
  /** The level of the tables' headings (the view's own plus one). */
  readonly headingLevel: number;
  /** Marks the document's words in the UI's sentences with their own `lang` (see `dataMarker`). */
  readonly data: DataMarker;
  /** Compare mode: the status word after an actor's name (", ny"). */
  readonly changeWord?: (id: string) => string;
  /** Compare mode: the list of gone elements, last. */
  readonly gone?: unknown;
}) {
  const t = state.strings.network;
  const summary = html`<summary>${t.textAlternative}</summary>`;
  const onToggle = (event: Event) => state.toggle((event.target as HTMLDetailsElement).open);
  // One <details> open or closed: swapping it for another element on toggle would drop the focused summary to <body>.
  return html`<details class="text-alternative" part="text-alternative" ?open=${state.open} @toggle=${onToggle}>
    ${summary} ${state.open ? html`${renderTables(state)}${state.gone ?? nothing}` : nothing}
  </details>`;
}

function renderTables(state: Parameters<typeof renderNetworkTables>[0]) {
  const { index, words, visibility } = state;
  const t = state.strings.network;
  const view = index.view;
  const lower = (text: string) => text.toLocaleLowerCase(state.lang);
  const names = (list: readonly { node: number }[]) => list.map((p) => index.labels[p.node] ?? '');
  // The document's words in a tie's sentence: both ends, the initiatives they share, the topics.
  const tieNames = (tie: (typeof view.network.ties)[number]) => [
    index.elementLabel(tie.source),
    index.elementLabel(tie.target),
    ...tie.initiatives.map((id) => index.elementLabel(id)),
    ...tie.topics,
  ];
  const shown = view.network.nodes
    .map((n, i) => ({ n, i }))
    .filter(({ i }) => visibility?.nodes[i])
    .sort((a, b) => a.n.label.localeCompare(b.n.label, state.lang));
  const shownTies = view.network.ties.map((tie, i) => ({ tie, i })).filter(({ i }) => visibility?.ties[i]);
  const ties = shownTies.filter(({ i }) => !visibility?.historic[i]);
  const pastTies = shownTies.filter(({ i }) => visibility?.historic[i]);
  const tieTable = (rows: typeof ties, caption: string, className: string) =>
    html`${heading(state.headingLevel, `${caption} (${rows.length})`, { id: `${className.replace(' ', '-')}-heading` })}
      <table class=${className} aria-labelledby=${`${className.replace(' ', '-')}-heading`}>
        <thead>
          <tr>
            <th scope="col">${caption}</th>
            <th scope="col">${t.weight}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ tie, i }) =>
              html`<tr>
                <td>${state.data(words.tie(i), tieNames(tie))}</td>
                <td>${tie.weight}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  return html`${state.overview ? renderGroupsTable(state.overview, state.strings, state.headingLevel) : nothing}
    ${heading(state.headingLevel, `${t.actorsTable} (${shown.length})`, { id: 'actors-heading' })}
    <table class="actors" aria-labelledby="actors-heading">
      <thead>
        <tr>
          <th scope="col">${t.name}</th>
          <th scope="col">${t.level}, ${lower(t.sector)}</th>
          <th scope="col">${t.partners}</th>
          ${pastTies.length ? html`<th scope="col">${t.pastTies}</th>` : nothing}
          <th scope="col">${t.initiatives}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(({ n, i }) => {
          const shownPartners = index.visibleNeighbours(i, visibility);
          const partners = shownPartners.filter((p) => !visibility?.historic[p.tie]).map((p) => words.label(p.node));
          const past = shownPartners.filter((p) => visibility?.historic[p.tie]).map((p) => words.label(p.node));
          const related = n.kind === 'initiative' ? n.members : n.initiatives;
          return html`<tr data-id=${n.id}>
            <th scope="row">
              ${state.data(words.label(i), [n.label])}${state.changeWord?.(n.id) ?? ''}${index.isBroker[i] ? ` (${lower(t.broker)})` : ''}
            </th>
            <td>${words.where(i)}</td>
            <td>${partners.length}: ${state.data(partners.join(', '), names(shownPartners))}</td>
            ${pastTies.length ? html`<td class="past">${past.length}: ${state.data(past.join(', '), names(shownPartners))}</td>` : nothing}
            <td>
              ${state.data(
                related.map((id) => words.element(id)).join(', '),
                related.map((id) => index.elementLabel(id)),
              )}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${tieTable(ties, t.tiesTable, 'ties')} ${pastTies.length ? tieTable(pastTies, t.pastTies, 'ties past') : nothing}`;
}

/**
 * The overview's groups as a table: name, members, ties inside, and the three groups it has most ties with (by
 * summed weight), so who works with whom reads at the group level too.
 */
function renderGroupsTable(overview: NetworkOverview, strings: UiStrings, headingLevel: number) {
  const t = strings.network;
  const groups = overviewGroups(overview);
  const linked = (node: number) =>
    overview.ties
      .filter((tie) => tie.source === node || tie.target === node)
      .map((tie) => ({ other: tie.source === node ? tie.target : tie.source, weight: tie.weight }))
      .sort((a, b) => b.weight - a.weight || a.other - b.other)
      .slice(0, 3)
      .map(({ other, weight }) => `${(overview.nodes[other] as { label?: string }).label ?? ''} (${weight})`);
  return html`${heading(headingLevel, `${t.groupsTable} (${groups.length})`, { id: 'groups-heading' })}
    <table class="groups" aria-labelledby="groups-heading">
      <thead>
        <tr>
          <th scope="col">${t.groupName}</th>
          <th scope="col">${t.groupMembers}</th>
          <th scope="col">${t.groupInside}</th>
          <th scope="col">${t.groupLinks}</th>
        </tr>
      </thead>
      <tbody>
        ${groups.map(
          (group) =>
            html`<tr data-key=${group.key}>
              <th scope="row">${group.label}</th>
              <td>${group.members.length}</td>
              <td>${group.inside}</td>
              <td>${linked(overview.nodes.indexOf(group)).join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
