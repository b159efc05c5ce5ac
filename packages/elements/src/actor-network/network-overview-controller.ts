import { neighbourToward, type Box, type TextWidth } from '@floke/core';
import {
  OVERVIEW_THRESHOLD,
  type ActorNetworkView,
  type NetworkMetrics,
  type NetworkOverview,
  type NetworkVisibility,
  type OverviewGroupNode,
  type OverviewGrouping,
} from '@floke/core/actor-network';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NetworkStrings } from '../base/network-strings.js';
import { overviewChunk } from './overview-chunk.js';
import { overviewGroups, renderOverviewBack, renderOverviewLayer } from './network-overview-layer.js';

export interface OverviewSources {
  readonly view: () => ActorNetworkView | undefined;
  readonly metrics: () => NetworkMetrics | undefined;
  readonly visibility: () => NetworkVisibility | undefined;
  readonly seed: () => number;
  /** The measure group labels wrap with (the view's font), so they fit the boxes the overview keeps apart. */
  readonly textWidth: () => TextWidth | undefined;
  /** A group was opened: show this extent of the detailed drawing (a community's region; none: what is visible). */
  readonly opened: (extent?: Box) => void;
  /** A sector's or level's name in the view's language. */
  readonly groupName: (key: string, groupBy: Exclude<OverviewGrouping, 'community'>) => string;
}

/** The view's properties the overview reads and sets: what it groups by, and the filter a sector or level opens. */
interface OverviewHost extends ReactiveControllerHost, HTMLElement {
  overviewBy: OverviewGrouping;
  sectors?: readonly string[] | undefined;
  levels?: readonly string[] | undefined;
}

/**
 * The overview level of a large network: above `OVERVIEW_THRESHOLD` visible nodes the view opens on its communities
 * (or sectors, or levels: the reader's choice) as groups (core `networkOverview`); opening a community shows the
 * detailed drawing fitted to its region, opening a sector or level filters the drawing to it, and a button goes
 * back. The keyboard works at both levels: arrows between groups, Enter or Space opens one.
 */
export class NetworkOverviewController implements ReactiveController {
  /** The group opened from the overview (its key), if any. */
  opened?: string;
  #active?: string;
  /** Puts the filter back after a sector or level was opened. */
  #restore?: () => void;
  #cache?: {
    visibility: NetworkVisibility;
    view: ActorNetworkView;
    groupBy: OverviewGrouping;
    overview: NetworkOverview | undefined;
  };

  constructor(
    private readonly host: OverviewHost,
    private readonly sources: OverviewSources,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The overview of what the filter shows, when it is large enough to need one. */
  get overview(): NetworkOverview | undefined {
    const [view, visibility, metrics] = [this.sources.view(), this.sources.visibility(), this.sources.metrics()];
    if (!view || !visibility || !metrics) return undefined;
    const groupBy = this.host.overviewBy;
    const cached = this.#cache;
    if (cached?.visibility === visibility && cached.view === view && cached.groupBy === groupBy) return cached.overview;
    const large = visibility.visibleNodeCount > OVERVIEW_THRESHOLD;
    const networkOverview = overviewChunk.loaded?.networkOverview;
    if (large && !networkOverview) {
      // The view loads the chunk with a document that may need it; this covers one that came another way.
      void overviewChunk.load().then(() => this.host.requestUpdate());
      return undefined;
    }
    const overview =
      large && networkOverview
        ? networkOverview(view.network, metrics, {
            groupBy,
            groupName: this.sources.groupName,
            visible: visibility.nodes,
            seed: this.sources.seed(),
            ...(this.sources.textWidth() ? { textWidth: this.sources.textWidth()! } : {}),
          })
        : undefined;
    this.#cache = { visibility, view, groupBy, overview };
    // A filter that leaves few enough actors ends the overview, unless it is the one opening a sector or level set.
    if (!overview && !this.#restore) this.opened = undefined;
    return overview;
  }

  /** Whether the overview is shown now (large network, no group opened). */
  get showing(): boolean {
    return this.overview !== undefined && this.opened === undefined;
  }

  /**
   * Opens a group: the detailed drawing, fitted to its community's region, or filtered to its sector or level (they
   * have no region to zoom to); going back puts the filter as it was.
   */
  open(key: string): void {
    const host = this.host;
    this.opened = key;
    this.#active = key;
    if (host.overviewBy !== 'community') {
      const before = { sectors: host.sectors, levels: host.levels };
      this.#restore = () => Object.assign(host, before);
      if (host.overviewBy === 'sector') host.sectors = [key || 'other'];
      else host.levels = [key];
      this.sources.opened();
      return;
    }
    const extent = this.sources.view()?.layout.communities.find((c) => String(c.community) === key)?.bounds;
    this.host.requestUpdate();
    if (extent) void this.host.updateComplete.then(() => this.sources.opened(extent));
  }

  /** Back to the overview (the filter as it was), focus on the group that was open. */
  back(): void {
    const restore = this.#restore;
    this.#restore = undefined;
    restore?.();
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
    if (this.opened !== undefined) return { back: renderOverviewBack(strings.overviewBack, () => this.back()) };
    const overview = this.overview;
    if (!overview) return {};
    return {
      overview: renderOverviewLayer({
        overview,
        strings,
        active: this.#active,
        expand: (key) => this.open(key),
        keydown: (event, group) => this.#keydown(event, group),
        regroup: (groupBy) => {
          this.#active = undefined;
          this.host.overviewBy = groupBy;
          void this.host.updateComplete.then(() =>
            this.host.shadowRoot?.querySelector<HTMLInputElement>('input[name="overview-by"]:checked')?.focus(),
          );
        },
      }),
    };
  }
}
