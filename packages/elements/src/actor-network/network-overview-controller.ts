import { neighbourToward, type Box, type TextWidth } from '@floke/core';
import {
  networkOverview,
  OVERVIEW_THRESHOLD,
  type ActorNetworkView,
  type NetworkMetrics,
  type NetworkOverview,
  type NetworkVisibility,
  type OverviewGroupNode,
} from '@floke/core/actor-network';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NetworkStrings } from '../base/network-strings.js';
import { overviewGroups, renderOverviewBack, renderOverviewLayer } from './network-overview-layer.js';

export interface OverviewSources {
  readonly view: () => ActorNetworkView | undefined;
  readonly metrics: () => NetworkMetrics | undefined;
  readonly visibility: () => NetworkVisibility | undefined;
  readonly seed: () => number;
  /** The measure group labels wrap with (the view's font), so they fit the boxes the overview keeps apart. */
  readonly textWidth: () => TextWidth | undefined;
  /** A group was opened: show this extent of the detailed drawing (the community's region). */
  readonly opened: (extent: Box) => void;
}

/**
 * The overview level of a large network: above `OVERVIEW_THRESHOLD` visible nodes the view opens on its communities
 * as groups (core `networkOverview`); opening one shows the detailed drawing fitted to that community's region, and
 * a button goes back. The keyboard works at both levels: arrows between groups, Enter or Space opens one.
 */
export class NetworkOverviewController implements ReactiveController {
  /** The group opened from the overview (its key), if any. */
  opened?: string;
  #active?: string;
  #cache?: { visibility: NetworkVisibility; view: ActorNetworkView; overview: NetworkOverview | undefined };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sources: OverviewSources,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The overview of what the filter shows, when it is large enough to need one. */
  get overview(): NetworkOverview | undefined {
    const [view, visibility, metrics] = [this.sources.view(), this.sources.visibility(), this.sources.metrics()];
    if (!view || !visibility || !metrics) return undefined;
    const cached = this.#cache;
    if (cached?.visibility === visibility && cached.view === view) return cached.overview;
    const overview =
      visibility.visibleNodeCount > OVERVIEW_THRESHOLD
        ? networkOverview(view.network, metrics, {
            visible: visibility.nodes,
            seed: this.sources.seed(),
            ...(this.sources.textWidth() ? { textWidth: this.sources.textWidth()! } : {}),
          })
        : undefined;
    this.#cache = { visibility, view, overview };
    if (!overview) this.opened = undefined;
    return overview;
  }

  /** Whether the overview is shown now (large network, no group opened). */
  get showing(): boolean {
    return this.overview !== undefined && this.opened === undefined;
  }

  /** Opens a group: the detailed drawing, fitted to its community's region. */
  open(key: string): void {
    const extent = this.sources.view()?.layout.communities.find((c) => String(c.community) === key)?.bounds;
    this.opened = key;
    this.#active = key;
    this.host.requestUpdate();
    if (extent) void this.host.updateComplete.then(() => this.sources.opened(extent));
  }

  /** Back to the overview, focus on the group that was open. */
  back(): void {
    this.opened = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.#focusGroup(this.#active));
  }

  #keydown(event: KeyboardEvent, group: OverviewGroupNode): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.open(group.key);
      return;
    }
    if (!event.key.startsWith('Arrow') || !this.overview) return;
    event.preventDefault();
    const others = overviewGroups(this.overview).filter((g) => g.key !== group.key);
    const next = neighbourToward(group, others, event.key as 'ArrowUp');
    if (!next) return;
    this.#active = next.key;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.#focusGroup(next.key));
  }

  #focusGroup(key: string | undefined): void {
    if (key === undefined) return;
    this.host.shadowRoot?.querySelector<SVGGElement>(`svg.overview g.group[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  /** The overview layer and the way back, for the stage. */
  render(strings: NetworkStrings) {
    const overview = this.overview;
    if (!overview) return {};
    if (this.opened !== undefined) return { back: renderOverviewBack(strings.overviewBack, () => this.back()) };
    return {
      overview: renderOverviewLayer({
        overview,
        strings,
        active: this.#active,
        expand: (key) => this.open(key),
        keydown: (event, group) => this.#keydown(event, group),
      }),
    };
  }
}
