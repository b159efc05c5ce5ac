import { parsePartialDate, sectorKey, type NormalizedDocument, type SectorColorKey, type UiLanguage } from '@floke/core';
import type { NetworkFilter, NetworkMode, NetworkVisibility } from '@floke/core/actor-network';
import { NETWORK_MODES, networkYears } from '@floke/core/actor-network';
import { html, nothing, svg } from 'lit';
import { formatPartialDate } from '../base/format-date.js';
import type { UiStrings } from '../base/strings.js';
import type { NetworkIndex } from './network-index.js';
import { initiativePathData, symbolPathData } from './symbol-path.js';

/** What the filters change: each is undefined for "all". */
export interface NetworkFilterValues {
  readonly mode: NetworkMode;
  readonly levels?: readonly string[] | undefined;
  readonly sectors?: readonly string[] | undefined;
  readonly topic?: string | undefined;
  readonly initiative?: string | undefined;
  /** The `as-of` attribute: a partial date, `all`, or undefined (the document's "now"). */
  readonly asOf?: string | undefined;
  readonly hideHistory: boolean;
}

/**
 * The date the network is shown as of: the `as-of` value when it is a partial date; `all` (or empty): all time
 * (undefined); else (absent or not a date) the document's `views.horizons.now`, if it has one.
 */
export function resolveAsOf(value: string | undefined, model: NormalizedDocument | undefined): string | undefined {
  const text = value?.trim();
  if (text === 'all' || text === '') return undefined;
  if (text !== undefined && parsePartialDate(text)) return text;
  const now = model?.views.horizons.now;
  return now !== undefined && parsePartialDate(now) ? now : undefined;
}

/** The filter core's `filterNetwork` takes for these values, with the date shown (see `resolveAsOf`). */
export function networkFilter(values: NetworkFilterValues, shownAsOf: string | undefined): NetworkFilter {
  return {
    ...(values.levels ? { levels: values.levels } : {}),
    ...(values.sectors ? { sectors: values.sectors.map((s) => (s === 'other' ? '' : s)) } : {}),
    ...(values.topic ? { topics: [values.topic] } : {}),
    ...(values.initiative ? { initiatives: [values.initiative] } : {}),
    ...(shownAsOf !== undefined ? { asOf: shownAsOf, ...(values.hideHistory ? { hideHistory: true } : {}) } : {}),
  };
}

export interface FiltersState {
  /** The filters' current values (the element itself). */
  readonly values: NetworkFilterValues;
  readonly index: NetworkIndex;
  readonly model: NormalizedDocument;
  readonly strings: UiStrings;
  readonly lang: UiLanguage;
  readonly visibility: NetworkVisibility | undefined;
  /** The date shown (see `resolveAsOf`), undefined for all time. */
  readonly shownAsOf: string | undefined;
  readonly change: (values: Partial<NetworkFilterValues>) => void;
}

/** A sector's symbol (or an initiative's ring) for the legend and the filters. */
export function legendSymbol(sector: SectorColorKey | 'initiative') {
  return html`<svg class="legend-symbol" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
    ${
      sector === 'initiative'
        ? svg`<path class="initiative-mark" d=${initiativePathData(0, 0, 7)}></path>`
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

/** How many filters narrow the network now (the date counts when it is not the default). */
function activeFilterCount(values: NetworkFilterValues): number {
  return [values.levels, values.sectors, values.topic, values.initiative, values.asOf].filter((f) => f !== undefined).length;
}

/**
 * The network's filter menu, one control in the toolbar's row: "Filter (1)" opens a panel over the drawing with mode,
 * levels, topic, initiative and date (sectors are filtered in the legend beside the drawing), followed by how many
 * nodes are shown. Esc, or Tab past its end, closes the panel and leaves the focus on "Filter".
 */
export function renderNetworkFilters(state: FiltersState) {
  const t = state.strings.network;
  const { index, model } = state;
  const network = index.view.network;
  // Large networks repeat the bands in every tier of community cells: one checkbox per level.
  const levelIds = [...new Set(index.view.layout.bands.map((b) => b.id ?? ''))];
  const levelName = (id: string) => (id === '' ? t.noLevel : (model.views.network.levels.find((l) => l.id === id)?.label ?? id));
  const topics = [...new Set(network.ties.flatMap((tie) => tie.topics))].sort((a, b) => a.localeCompare(b, state.lang));
  const initiatives = model.elements.filter((e) => e.kind === 'initiative').sort((a, b) => a.label.localeCompare(b.label, state.lang));
  const visible = t.visible(state.visibility?.visibleNodeCount ?? 0, network.nodes.length);
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  const active = activeFilterCount(state.values);
  return html`<details class="filter-menu" part="filters" @keydown=${closeOnEscape} @focusout=${closeWhenFocusLeaves}>
      <summary>${t.filters}${active ? ` (${active})` : ''}</summary>
      <div class="filters filter-panel">
        <label class="field"
          >${t.mode}
          <select data-control="mode" @change=${(e: Event) => state.change({ mode: (e.target as HTMLSelectElement).value as NetworkMode })}>
            ${NETWORK_MODES.map((mode) => html`<option value=${mode} ?selected=${state.values.mode === mode}>${t.modes[mode]}</option>`)}
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
                  .checked=${state.values.levels === undefined || state.values.levels.includes(id)}
                  @change=${(e: Event) => state.change({ levels: toggleId(levelIds, state.values.levels, id, checked(e)) })}
                />${levelName(id)}</label
              >`,
          )}
        </fieldset>
        <label class="field"
          >${t.topic}
          <select data-filter="topic" @change=${(e: Event) => state.change({ topic: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!state.values.topic}>${t.all}</option>
            ${topics.map((topic) => html`<option value=${topic} ?selected=${state.values.topic === topic}>${topic}</option>`)}
          </select></label
        >
        <label class="field"
          >${t.initiative}
          <select
            data-filter="initiative"
            @change=${(e: Event) => state.change({ initiative: (e.target as HTMLSelectElement).value || undefined })}
          >
            <option value="" ?selected=${!state.values.initiative}>${t.all}</option>
            ${initiatives.map((i) => html`<option value=${i.id} ?selected=${state.values.initiative === i.id}>${i.label}</option>`)}
          </select></label
        >
        ${renderAsOf(state)}
      </div>
    </details>
    <span class="status" role="status">${visible}</span>`;
}

/** Esc inside the open menu closes it (and nothing else: the view's own Esc is not triggered). */
function closeOnEscape(event: KeyboardEvent) {
  const menu = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !menu.open) return;
  event.preventDefault();
  event.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')!.focus();
}

/** The panel lies over the drawing: once the focus has left the menu, it closes. */
function closeWhenFocusLeaves(event: FocusEvent) {
  const menu = event.currentTarget as HTMLDetailsElement;
  const next = event.relatedTarget as Node | null;
  if (menu.open && next && !menu.contains(next)) menu.open = false;
}

/**
 * The date filter ("Per dato"): all time, or one of the years in which something starts or ends (and the date
 * shown, e.g. the document's "now", marked as such); and, as of a date, whether to hide the past. Not shown for a
 * network without dates.
 */
function renderAsOf(state: FiltersState) {
  const t = state.strings.network;
  const now = resolveAsOf(undefined, state.model);
  const dates = new Set(networkYears(state.index.view.network).map(String));
  for (const date of [state.shownAsOf, now]) if (date !== undefined) dates.add(date);
  if (dates.size === 0) return nothing;
  const name = (date: string) => {
    const text = formatPartialDate(date, state.lang, 'long');
    return date === now ? t.now(text) : text;
  };
  return html`<label class="field"
      >${t.asOf}
      <select data-filter="as-of" @change=${(e: Event) => state.change({ asOf: (e.target as HTMLSelectElement).value })}>
        <option value="all" ?selected=${state.shownAsOf === undefined}>${t.allTime}</option>
        ${[...dates].sort().map((date) => html`<option value=${date} ?selected=${state.shownAsOf === date}>${name(date)}</option>`)}
      </select></label
    >${
      state.shownAsOf === undefined
        ? nothing
        : html`<label
            ><input
              type="checkbox"
              data-filter="hide-history"
              .checked=${state.values.hideHistory}
              @change=${(e: Event) => state.change({ hideHistory: (e.target as HTMLInputElement).checked })}
            />${t.hideHistory}</label
          >`
    }`;
}

/**
 * The legend beside the drawing, doubling as the sector filter: each sector's symbol and name is a checkbox; then
 * node size, initiatives (two-mode), brokers, tie weight, and, when the date shown has any, past ties and former
 * actors.
 */
export function renderNetworkLegend(state: FiltersState) {
  const t = state.strings.network;
  const { index, model, visibility } = state;
  const network = index.view.network;
  const sectorIds = [
    ...new Set([
      ...model.views.network.sectors.map((s) => s.id),
      ...(network.nodes.some((n) => n.kind === 'actor' && sectorKey(n.sector) === 'other') ? ['other'] : []),
    ]),
  ];
  const sectorName = (id: string) => (id === 'other' ? t.otherSector : (model.views.network.sectors.find((s) => s.id === id)?.label ?? id));
  const shows = (flags: readonly boolean[] | undefined, shown: readonly boolean[] | undefined) =>
    flags?.some((flag, i) => flag && shown?.[i]) === true;
  return html`<div class="network-legend" part="legend">
    <fieldset class="sector-legend">
      <legend>${t.sectors}</legend>
      ${sectorIds.map(
        (id) =>
          html`<label
            ><input
              type="checkbox"
              data-sector=${id}
              .checked=${state.values.sectors === undefined || state.values.sectors.includes(id)}
              @change=${(e: Event) =>
                state.change({ sectors: toggleId(sectorIds, state.values.sectors, id, (e.target as HTMLInputElement).checked) })}
            />${legendSymbol(id as SectorColorKey)}${sectorName(id)}</label
          >`,
      )}
    </fieldset>
    <ul class="legend" aria-label=${t.legend}>
      <li>
        <svg class="legend-symbol" width="36" height="22" viewBox="0 -11 36 22" aria-hidden="true">
          <circle class="legend-size" cx="6" cy="0" r="4"></circle>
          <circle class="legend-size" cx="24" cy="0" r="9"></circle>
        </svg>
        ${t.legendSize}
      </li>
      ${network.nodes.some((n) => n.kind === 'initiative') ? html`<li>${legendSymbol('initiative')} ${t.legendInitiative}</li>` : nothing}
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
      <li>
        <svg class="legend-symbol" width="36" height="14" aria-hidden="true">
          <line class="leader" x1="2" y1="7" x2="34" y2="7"></line>
        </svg>
        ${t.legendLeader}
      </li>
      ${
        shows(visibility?.historic, visibility?.ties)
          ? html`<li>
              <svg class="legend-symbol" width="36" height="14" aria-hidden="true">
                <line class="tie past" x1="2" y1="7" x2="34" y2="7" stroke-width="1"></line>
              </svg>
              ${t.legendPast}
            </li>`
          : nothing
      }
      ${
        shows(visibility?.former, visibility?.nodes)
          ? html`<li>
              <svg class="legend-symbol" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
                <path class="symbol former sector-public" d=${symbolPathData('public', 0, 0, 6)}></path>
                <line class="strike" x1="-7" y1="7" x2="7" y2="-7"></line>
              </svg>
              ${t.legendFormer}
            </li>`
          : nothing
      }
    </ul>
  </div>`;
}
