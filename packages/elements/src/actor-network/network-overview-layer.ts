import { maxOf } from '@floke/core';
import { OVERVIEW_GROUPINGS, type NetworkOverview, type OverviewGroupNode, type OverviewGrouping } from '@floke/core/actor-network';
import { html, svg } from 'lit';
import type { NetworkStrings } from '../base/network-strings.js';

export interface OverviewLayerState {
  readonly overview: NetworkOverview;
  readonly strings: NetworkStrings;
  /** Key of the group that holds the tab stop. */
  readonly active: string | undefined;
  readonly expand: (key: string) => void;
  readonly keydown: (event: KeyboardEvent, group: OverviewGroupNode) => void;
  /** The reader chose another grouping. */
  readonly regroup: (groupBy: OverviewGrouping) => void;
}

/** The groups of an overview (its members when one is expanded are drawn by the detailed view instead). */
export const overviewGroups = (overview: NetworkOverview): OverviewGroupNode[] =>
  overview.nodes.filter((node): node is OverviewGroupNode => node.kind === 'group');

/**
 * The network's overview level, over the detailed drawing: one circle per community (area by members, a label under
 * it, 12 px at 1:1 — the layer scrolls rather than shrinks), lines between groups as thick as the ties they hold.
 * Each group is a button: click, Enter or Space expands it; arrow keys move between groups. Above it, a choice of
 * what the groups are (communities, sectors, levels): one tab stop, arrow keys between the choices.
 */
export function renderOverviewLayer(state: OverviewLayerState) {
  const { overview, strings: t } = state;
  const groups = overviewGroups(overview);
  const heaviest = Math.max(1, maxOf(overview.ties.map((tie) => tie.weight)));
  const active = state.active ?? groups[0]?.key;
  const by = t.overviewGroupings[overview.groupBy].toLocaleLowerCase();
  return html`<div class="overview-layer">
    <fieldset class="overview-grouping">
      <legend>${t.overviewGroupBy}</legend>
      ${OVERVIEW_GROUPINGS.map(
        (groupBy) =>
          html`<label
            ><input
              type="radio"
              name="overview-by"
              value=${groupBy}
              .checked=${groupBy === overview.groupBy}
              @change=${() => state.regroup(groupBy)}
            />${t.overviewGroupings[groupBy]}</label
          >`,
      )}
    </fieldset>
    <svg
      class="overview"
      width=${Math.ceil(overview.width)}
      height=${Math.ceil(overview.height)}
      role="group"
      aria-label=${t.overviewLabel(groups.length, by)}
    >
      <g class="overview-ties" aria-hidden="true">
        ${overview.ties.map((tie) => {
          const a = overview.nodes[tie.source]!;
          const b = overview.nodes[tie.target]!;
          return svg`<line class="tie" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width=${0.75 + 5 * (tie.weight / heaviest)}></line>`;
        })}
      </g>
      ${groups.map(
        (group) => svg`<g
          class="group"
          data-key=${group.key}
          role="button"
          tabindex=${group.key === active ? 0 : -1}
          aria-label=${t.overviewGroup(group.label, group.members.length)}
          @click=${() => state.expand(group.key)}
          @keydown=${(event: KeyboardEvent) => state.keydown(event, group)}
        >
          <circle class="group-circle" cx=${group.x} cy=${group.y} r=${group.radius}></circle>
          <text class="group-count" x=${group.x} y=${group.y + 4} text-anchor="middle">${group.members.length}</text>
          ${group.lines.map(
            (line, i) =>
              svg`<text class="label" x=${group.x} y=${group.y + group.radius + 15 + i * 15} text-anchor="middle">${line}</text>`,
          )}
        </g>`,
      )}
    </svg>
  </div>`;
}

/** The button that goes back from an expanded group to the overview. */
export function renderOverviewBack(label: string, back: () => void) {
  return html`<button type="button" class="overview-back" data-action="overview" @click=${back}>${label}</button>`;
}
