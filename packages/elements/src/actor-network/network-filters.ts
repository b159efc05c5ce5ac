import { sectorKey, type NormalizedDocument, type SectorColorKey } from '@floke/core';
import type { NetworkMode, NetworkVisibility } from '@floke/core/actor-network';
import { NETWORK_MODES } from '@floke/core/actor-network';
import { html, nothing, svg } from 'lit';
import type { UiStrings } from '../base/strings.js';
import type { NetworkIndex } from './network-index.js';
import { symbolPathData } from './symbol-path.js';

/** What the filters change: each is undefined for "all". */
export interface NetworkFilterValues {
  readonly mode: NetworkMode;
  readonly levels: readonly string[] | undefined;
  readonly sectors: readonly string[] | undefined;
  readonly topic: string | undefined;
  readonly initiative: string | undefined;
}

export interface FiltersState extends NetworkFilterValues {
  readonly index: NetworkIndex;
  readonly model: NormalizedDocument;
  readonly strings: UiStrings;
  readonly lang: string;
  readonly visibility: NetworkVisibility | undefined;
  readonly narrow: boolean;
  readonly change: (values: Partial<NetworkFilterValues>) => void;
}

/** A sector's symbol (or an initiative's ring) for the legend and the filters. */
export function legendSymbol(sector: SectorColorKey | 'initiative') {
  return html`<svg class="legend-symbol" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
    ${
      sector === 'initiative'
        ? svg`<circle class="initiative-ring" r="5"></circle>`
        : svg`<path class=${`symbol sector-${sector}`} d=${symbolPathData(sector, 0, 0, 6)}></path>`
    }
  </svg>`;
}

/** Toggles one id in an "all unless listed" filter; all ticked again means undefined (no filter). */
export function toggleId(all: readonly string[], current: readonly string[] | undefined, id: string, on: boolean): string[] | undefined {
  const next = new Set(current ?? all);
  if (on) next.add(id);
  else next.delete(id);
  return next.size === all.length ? undefined : all.filter((x) => next.has(x));
}

/** The network's filters in the toolbar: mode, levels, sectors, topic, initiative, and how many are shown. */
export function renderNetworkFilters(state: FiltersState) {
  const t = state.strings.network;
  const { index, model } = state;
  const network = index.view.network;
  const levelIds = index.view.layout.bands.map((b) => b.id ?? '');
  const levelName = (id: string) => (id === '' ? t.noLevel : (model.views.network.levels.find((l) => l.id === id)?.label ?? id));
  const sectorIds = [
    ...new Set([
      ...model.views.network.sectors.map((s) => s.id),
      ...(network.nodes.some((n) => n.kind === 'actor' && sectorKey(n.sector) === 'other') ? ['other'] : []),
    ]),
  ];
  const sectorName = (id: string) => (id === 'other' ? t.otherSector : (model.views.network.sectors.find((s) => s.id === id)?.label ?? id));
  const topics = [...new Set(network.ties.flatMap((tie) => tie.topics))].sort((a, b) => a.localeCompare(b, state.lang));
  const initiatives = model.elements.filter((e) => e.kind === 'initiative').sort((a, b) => a.label.localeCompare(b.label, state.lang));
  const visible = t.visible(state.visibility?.visibleNodeCount ?? 0, network.nodes.length);
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  const controls = html`<div class="filters" part="filters">
    <label class="field"
      >${t.mode}
      <select data-control="mode" @change=${(e: Event) => state.change({ mode: (e.target as HTMLSelectElement).value as NetworkMode })}>
        ${NETWORK_MODES.map((mode) => html`<option value=${mode} ?selected=${state.mode === mode}>${t.modes[mode]}</option>`)}
      </select></label
    >
    <fieldset>
      <legend>${t.levels}</legend>
      ${levelIds.map(
        (id) =>
          html`<label
            ><input
              type="checkbox"
              data-level=${id}
              .checked=${state.levels === undefined || state.levels.includes(id)}
              @change=${(e: Event) => state.change({ levels: toggleId(levelIds, state.levels, id, checked(e)) })}
            />${levelName(id)}</label
          >`,
      )}
    </fieldset>
    <fieldset>
      <legend>${t.sectors}</legend>
      ${sectorIds.map(
        (id) =>
          html`<label
            ><input
              type="checkbox"
              data-sector=${id}
              .checked=${state.sectors === undefined || state.sectors.includes(id)}
              @change=${(e: Event) => state.change({ sectors: toggleId(sectorIds, state.sectors, id, checked(e)) })}
            />${legendSymbol(id as SectorColorKey)}${sectorName(id)}</label
          >`,
      )}
    </fieldset>
    <label class="field"
      >${t.topic}
      <select data-filter="topic" @change=${(e: Event) => state.change({ topic: (e.target as HTMLSelectElement).value || undefined })}>
        <option value="" ?selected=${!state.topic}>${t.all}</option>
        ${topics.map((topic) => html`<option value=${topic} ?selected=${state.topic === topic}>${topic}</option>`)}
      </select></label
    >
    <label class="field"
      >${t.initiative}
      <select
        data-filter="initiative"
        @change=${(e: Event) => state.change({ initiative: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="" ?selected=${!state.initiative}>${t.all}</option>
        ${initiatives.map((i) => html`<option value=${i.id} ?selected=${state.initiative === i.id}>${i.label}</option>`)}
      </select></label
    >
    <p class="status" role="status">${visible}</p>
  </div>`;
  // In a narrow view the filters fold away behind one line, so the drawing is in sight without scrolling far.
  if (!state.narrow) return controls;
  const active = [state.levels, state.sectors, state.topic, state.initiative].filter((f) => f !== undefined).length;
  return html`<details class="filters-disclosure">
    <summary>${t.filters}${active ? ` (${active})` : ''}: ${visible.toLocaleLowerCase(state.lang)}</summary>
    ${controls}
  </details>`;
}

/** The legend: initiatives (two-mode), brokers, tie weight. Sectors are named by the sector filter's symbols. */
export function renderNetworkLegend(index: NetworkIndex, strings: UiStrings) {
  const t = strings.network;
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${index.view.network.nodes.some((n) => n.kind === 'initiative') ? html`<li>${legendSymbol('initiative')} ${t.legendInitiative}</li>` : nothing}
    <li>
      <svg class="legend-symbol" width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
        <circle class="broker-dot" r="5"></circle>
        <circle class="broker-ring" r="8.5"></circle>
      </svg>
      ${t.legendBroker}
    </li>
    <li>
      <svg class="legend-symbol" width="36" height="14" aria-hidden="true">
        <line class="tie" x1="2" y1="4" x2="34" y2="4" stroke-width="1"></line>
        <line class="tie" x1="2" y1="11" x2="34" y2="11" stroke-width="3"></line>
      </svg>
      ${t.legendWeight}
    </li>
  </ul>`;
}
