import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import type { NormalizedDocument } from '@floke/core';
import {
  type ActorNetworkView,
  type NetworkFilter,
  type NetworkMetrics,
  type NetworkMode,
  type NetworkVisibility,
  visibleExtent,
} from '@floke/core/actor-network';
import { NetworkOverviewController } from './network-overview-controller.js';
import { mayNeedOverview, overviewChunk } from './overview-chunk.js';
import { NetworkViewProperties } from './network-properties.js';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { compareStyles, viewFrameStyles } from '../base/view-frame.styles.js';
import { CanvasPaintController } from '../controllers/canvas-paint.js';
import { MatchMediaController } from '../controllers/match-media.js';
import { ViewLayoutController } from '../controllers/view-layout.js';
import { ZOOM_LIMITS, ZOOM_STEP, ZoomPanController, zoomChunk, type ViewTransform } from '../controllers/zoom-pan.js';
import { networkStyles, networkSvgStyles, sectorColorStyles } from './floke-actor-network.styles.js';
import { computeNetworkView, layoutShape } from './network-client.js';
import { modelForWorker } from '../base/worker-client.js';
import { networkFilter, renderNetworkFilters, renderNetworkLegend, resolveAsOf, type NetworkFilterValues } from './network-filters.js';
import { handleNodeKey } from './network-keys.js';
import { renderNetworkStage } from './network-stage.js';
import { NetworkIndex } from './network-index.js';
import { renderHighlightLayers } from './network-highlight.js';
import { renderNetworkTables } from './network-tables.js';
import { dataMarker } from '../base/data-lang.js';
import { NetworkWords } from './network-words.js';
import { fitTransform, NetworkPainter } from './network-painter.js';
import { NodeChangesMemo } from './node-changes.js';
import { NetworkCompareMemo } from './network-compare-memo.js';
import type { DrawnGhost } from './paint-compare-marks.js';
import { renderTieChangeLists } from './tie-change-list.js';
import type { NetworkCompareSvgInput } from '@floke/core';
import type { NetworkChanges } from './paint-change-badges.js';
import { maxOf } from '@floke/core';
import { PointerTarget } from './pointer-target.js';
import type { ScreenBox } from './paint-network.js';
import type { NetworkWorkshopController } from './network-workshop-controller.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { networkWorkshopStyles } from './network-workshop.styles.js';
import { workshopPanelStyles } from '../causal-loops/workshop-panel.styles.js';
import { workshopToolbarStyles } from '../base/workshop-toolbar.styles.js';

/** Zooming in goes at least this far (layout scale), however large the network: far enough to read any tie. */
const MAX_NETWORK_ZOOM = 4;

/** The filters: when one changes, the view refits to what stays visible. */
const FILTER_PROPERTIES = ['levels', 'sectors', 'topic', 'initiative', 'asOf', 'hideHistory'] as const;

/** Below this width of the view, the panel moves under the drawing and the filters fold. */
export const NETWORK_NARROW_WIDTH = 720;

/** The view's drawing for `toSVG()`, a chunk loaded after the first draw (see `readyChunks`). */
const drawingChunk = lazyChunk(() => import('./network-drawing.js'));

/** Workshop mode's code, loaded when a view first becomes `editable` (see `network-workshop-kit.ts`). */
const workshopChunk = lazyChunk(() => import('./network-workshop-kit.js'));

/**
 * Who works with whom, about what, at which level: actors (and, in two-mode, initiatives) in one band per level,
 * communities side by side, sector by shape and colour, brokers ringed, ties thicker the more initiatives they
 * share. Drawn on a canvas with level-of-detail labels so thousands of actors pan smoothly; an SVG layer on top
 * carries focus, highlights and the accessible names, and the text alternative lists everything as tables.
 *
 * As of a date (`as-of`; default: the document's "now"), ties whose initiatives all ended are history (thinner,
 * fainter, listed apart), actors that ceased to exist are struck through, what did not exist yet is hidden, and
 * brokers are those of the network as it stood then. Nothing moves when the date changes.
 *
 * Keys: arrows move to the partner in that direction (each tie is announced), Enter or Space selects, T shows the
 * ties in the panel and announces how many, + − 0 zoom, `/` searches, Esc clears the search, then the selection.
 *
 * @tagname floke-actor-network
 * @summary Actor network by level and sector, with brokers, communities, filters and keyboard navigation.
 *
 * @csspart filters - Mode, level, sector, topic, initiative and date filters.
 * @csspart diagram - The drawing (canvas and its SVG overlay).
 * @csspart panel - Details of the selected or focused actor.
 * @csspart legend - The legend.
 * @csspart text-alternative - The network as tables.
 *
 * Workshop mode (`editable`): a panel under the toolbar adds actors (name, level, sector), renames them, moves them
 * between levels and sectors and removes them; draws ties (the panel's "Ny forbindelse", then a click on the target or
 * a choice in the list of targets) and memberships in initiatives; removes ties; adds dated notes to the selected node
 * or one of its ties; undoes and redoes, saves, opens and exports. Keys on a node: N goes to the new actor's name, K
 * draws a tie (arrows or Tab in the list of targets, Enter; Esc cancels), F2 renames, Delete removes; Ctrl/Cmd+Z
 * undoes, Shift+Ctrl/Cmd+Z redoes. The layout follows each change, started from where the nodes were, so unchanged
 * actors move as little as their bands and communities allow. Nodes added since the workshop began carry "NY".
 *
 * @fires {{document: FlokeDocument, patch: JsonPatch, edit: Edit | null, cause: string}} floke-change - Workshop mode
 * changed the document (bubbles, composed); `patch` is RFC 6902.
 * @csspart workshop - The workshop panel.
 * @csspart new-badge - The "new since the workshop began" tag on a node.
 *
 * @cssproperty [--floke-network-height=36rem] - Height of the drawing.
 * @cssproperty [--floke-network-height-narrow=26rem] - Height of the drawing in a narrow view.
 * @cssproperty --floke-initiative-color - Outline of initiatives' capsules in two-mode.
 * @cssproperty --floke-sector-public - Colour of public actors (likewise `-voluntary`, `-private`, `-research`, `-foundation`, `-social-partners`, `-other`).
 */
export class FlokeActorNetwork extends NetworkViewProperties {
  static override styles = [
    themeStyles,
    sectorColorStyles,
    problemSummaryStyles,
    controlStyles,
    viewFrameStyles,
    compareStyles,
    networkStyles,
    networkSvgStyles,
    workshopToolbarStyles,
    workshopPanelStyles,
    networkWorkshopStyles,
  ];
  static override narrowWidth = NETWORK_NARROW_WIDTH;

  protected readonly frameView = 'network';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () => (this.model ? ([this.model, this.mode, this.seed] as const) : undefined),
    compute: (model: NormalizedDocument, mode: NetworkMode, seed: number) =>
      computeNetworkView(
        {
          model: modelForWorker(model),
          mode,
          seed,
          ...layoutShape(this, this.width, NETWORK_NARROW_WIDTH),
          ...this.workshop?.layoutHint(mode),
        },
        { useWorker: !this.noWorker },
      ),
    laidOut: (view) => {
      this.#index = new NetworkIndex(view, this.model!);
      this.#index.showAsOf(this.filter.asOf, this.seed);
      const selected = this.selected !== undefined ? this.#index.index.get(this.selected) : undefined;
      this.active = selected ?? this.#index.labelOrder[0] ?? -1;
      this.#hovered = -1;
      // Each layout (each mode has its own) is shown whole.
      this.#fitted = false;
      this.#canvas.reset();
      this.#painter.ties.invalidate();
    },
  });

  /** d3-zoom loads with the first document, and the overview's code with a large one (see `documentChunks`). */
  protected override documentChunks(): readonly LazyChunk<unknown>[] {
    return mayNeedOverview(this.model ?? this.data) ? [zoomChunk, overviewChunk] : [zoomChunk];
  }

  readonly #zoom = new ZoomPanController(this, {
    // What the filter leaves visible fills the view; zooming out stops there, zooming in where symbols are large.
    fit: (): ViewTransform => {
      const visibility = this.visibility;
      if (!this.layout || this.#canvas.size.width === 0) return this.#zoom.transform;
      const extent = visibility ? visibleExtent(this.layout.layout, visibility.nodes) : undefined;
      return fitTransform(this.layout.layout, this.#canvas.size, extent, this.#bandGutter());
    },
    scaleExtent: (fitScale) => [fitScale, Math.max(fitScale * ZOOM_LIMITS.in, MAX_NETWORK_ZOOM)],
    onZoom: ({ x, y, k }) => {
      this.viewport?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
      this.#canvas.schedule();
      if (this.#focusNode() >= 0 || this.editable) this.#renderHighlight();
    },
  });

  readonly #canvas = new CanvasPaintController(this, {
    paint: (context, size, ratio) => this.#paint(context, size, ratio),
    resized: () => {
      if (!this.#fitted && this.#index) {
        this.#fitted = true;
        this.#zoom.fit();
      }
    },
  });

  /** Repaints the canvas when the system colour scheme flips, or forced colours come or go. */
  protected readonly colorScheme = new MatchMediaController(this, '(prefers-color-scheme: dark)', () => this.#repaintTheme());
  protected readonly forcedColorsQuery = new MatchMediaController(this, '(forced-colors: active)', () => this.#repaintTheme());

  /** Above `OVERVIEW_THRESHOLD` visible nodes: the overview level, and which group is open. */
  protected readonly overviewLevel = new NetworkOverviewController(this, {
    view: () => this.layout,
    metrics: () => this.#index?.metrics,
    visibility: () => this.visibility,
    seed: () => this.seed,
    textWidth: () => this.labelMeasure(),
    groupName: (key, groupBy) => this.#words?.groupName(key, groupBy) ?? key,
    opened: (extent) => {
      if (extent) this.#zoom.setTransform(fitTransform(this.layout!.layout, this.#canvas.size, extent, this.#bandGutter()));
      this.#focusDrawing();
    },
  });

  /** The node that holds the tab stop: arrow keys move from it. */
  @state() protected active = -1;
  @state() protected keyboardFocus = false;
  /** The node whose ties T put in the panel. */
  @state() protected listed = -1;
  @state() protected announcement = '';
  @state() protected textAlternativeOpen = false;

  @query('canvas') private canvasElement?: HTMLCanvasElement;
  @query('svg.overlay') private overlay?: SVGSVGElement;
  @query('g.viewport') private viewport?: SVGGElement;
  @query('.stage') private stage?: HTMLDivElement;
  @query('.panel-host') private panelHost?: HTMLDivElement;
  @query('.side') private sideColumn?: HTMLDivElement;

  #workshop?: NetworkWorkshopController;

  /**
   * Workshop mode (`editable`): the editor (undo, drafts, files), the gestures and the panel. Undefined until the view
   * is first editable: its code is a chunk of its own, which `scheduleUpdate` waits for.
   */
  get workshop(): NetworkWorkshopController | undefined {
    return this.#workshop;
  }

  /** Made in `willUpdate` (before the controllers' `hostUpdate`) once the chunk is there: the editor is a controller. */
  #makeWorkshop(): void {
    if (this.#workshop || !this.editable || !workshopChunk.loaded) return;
    this.#workshop = new workshopChunk.loaded.NetworkWorkshopController(this, {
      announce: (text) => (this.announcement = text),
      select: (id) => this.selectElement(id),
      focusDrawing: () => this.#focusDrawing(),
    });
  }

  /** The editor edits go to: `sharedEditor`, else the view's own (undefined until the view is first editable). */
  get editor(): DocumentEditor | undefined {
    return this.sharedEditor ?? this.#workshop?.editor;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Becoming editable (before or after a document) loads the workshop first: every draw in workshop mode has it.
    if (this.editable && !workshopChunk.loaded)
      return workshopChunk.load().then(
        () => super.scheduleUpdate(),
        () => super.scheduleUpdate(),
      );
    return super.scheduleUpdate();
  }

  #index?: NetworkIndex;
  /** Hovered node: not reactive, so a hover repaints the highlight and the panel, not the whole view. */
  #hovered = -1;
  #fitted = false;
  #themeKey = '';
  readonly #painter = new NetworkPainter(this);

  protected override get drawn(): boolean {
    return this.layout !== undefined && this.#canvas.painted;
  }

  /** The network, its metrics and layout currently drawn. */
  get network(): ActorNetworkView | undefined {
    return this.layout;
  }

  /** Metrics of the network as shown: as it stood at the date shown (brokers, isolates), else of all time. */
  get metrics(): NetworkMetrics | undefined {
    return this.layout && this.visibility ? this.#index?.metrics : undefined;
  }

  /** The current filter, as the core `filterNetwork` takes it (`asOf` resolved: see the `as-of` attribute). */
  get filter(): NetworkFilter {
    return networkFilter(this, resolveAsOf(this.asOf, this.model));
  }

  /** Layout position (symbol centre) of a node, or undefined when it is not in the network. */
  positionOf(id: string): { x: number; y: number } | undefined {
    const node = this.layout?.layout.nodes[this.#index?.index.get(id) ?? -1];
    return node ? { x: node.x, y: node.y } : undefined;
  }

  /** Whether a node is shown under the current filter. */
  isVisible(id: string): boolean {
    const index = this.#index?.index.get(id);
    return index !== undefined && this.visibility?.nodes[index] === true;
  }

  /** The current pan/zoom (screen = layout × k + (x, y)). */
  get transform(): ViewTransform {
    return this.#zoom.transform;
  }

  /** Sets the pan/zoom directly. */
  setTransform(transform: ViewTransform): void {
    this.#zoom.setTransform(transform);
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.#zoom.zoomBy(factor);
  }

  /** Shows the whole network. */
  fitToView(): void {
    this.#zoom.fit();
  }

  /** Accessible name of a node (by index in the network). */
  describeNode(index: number): string {
    return this.#words?.node(index) ?? '';
  }

  /** "KS og Hdir: 3 felles satsinger (…); tema: skole", preceded by "Tidligere samarbeid: " when it is history. */
  describeTie(tieIndex: number, from?: number): string {
    return this.#words?.announceTie(tieIndex, from) ?? '';
  }

  get #words(): NetworkWords | undefined {
    const [index, model, t] = [this.#index, this.model, this.uiStrings];
    if (!index || !model) return undefined;
    const workshop = this.editable ? this.workshop : undefined;
    const Words = workshop ? workshopChunk.loaded!.NetworkWorkshopWords : NetworkWords;
    const words = new Words(index, model, t, this.uiLanguage, this.visibility, this.filter.asOf);
    return workshop ? workshop.words(words, index) : words;
  }

  /** Focus to the node that holds the drawing's tab stop, once drawn. */
  #focusDrawing(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('svg.overlay g.node')?.focus());
  }

  /** Room for the band names left of the fitted drawing (they are painted at x 8, semibold). */
  #bandGutter(): number {
    const measure = this.labelMeasure('600');
    const names = this.#words?.bandNames() ?? [];
    return measure ? 18 + Math.max(0, maxOf(names.map((name) => measure(name, 12)))) : 0;
  }

  /** What the filter shows, per index into `network`: nodes, ties, and which are history (`historic`, `former`). */
  get visibility(): NetworkVisibility | undefined {
    const filter = this.filter;
    const key = [this.levels, this.sectors, this.topic, this.initiative, filter.asOf, this.hideHistory];
    return this.#index?.visibleUnder(filter, key, this.seed);
  }

  protected searchItems() {
    const view = this.layout;
    const visibility = this.visibility;
    return view ? view.network.nodes.filter((_, i) => visibility?.nodes[i]) : [];
  }

  protected override clearActiveState(): void {
    super.clearActiveState();
    this.#setHovered(-1);
  }

  override focusElement(id: string): void {
    const index = this.#index?.index.get(id);
    if (index !== undefined && this.visibility?.nodes[index]) this.#moveTo(index);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#makeWorkshop();
    super.willUpdate(changed);
    const visibility = this.visibility;
    if (this.#index && visibility && this.active >= 0 && !visibility.nodes[this.active]) this.active = this.#index.firstVisible(visibility);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#zoom.attach(this.overlay);
    this.#canvas.bind(this.stage, this.canvasElement);
    const themeKey = `${this.getAttribute('data-floke-scheme')}|${this.getAttribute('data-color-scheme')}`;
    if (themeKey !== this.#themeKey && this.layout) {
      this.#themeKey = themeKey;
      this.#repaintTheme();
    }
    this.#canvas.measure();
    // Compare mode's diff arrived (or went): the canvas paints its badges anew.
    if (this.comparison.diff !== this.#paintedDiff) {
      this.#paintedDiff = this.comparison.diff;
      this.#canvas.schedule();
    }
    // After a filter, show what stays visible, moving the view and never the nodes.
    if (this.#fitted && FILTER_PROPERTIES.some((name) => changed.has(name))) this.#zoom.fit(true);
    this.#renderHighlight();
  }

  #repaintTheme(): void {
    this.#painter.invalidateTheme();
    this.#canvas.schedule();
  }

  #paint(context: CanvasRenderingContext2D, size: { width: number; height: number }, ratio: number): boolean {
    const index = this.#index;
    const visibility = this.visibility;
    if (!index || !visibility) return false;
    const selected = this.selected !== undefined ? (index.index.get(this.selected) ?? -1) : -1;
    const frame = {
      index,
      visibility,
      transform: this.#zoom.transform,
      focus: this.#focusNode(),
      selected,
      bandNames: this.#words!.bandNames(),
      reserved: (this.workshop?.tags(index, visibility, this.#zoom.transform) ?? []).map((tag) => tag.box),
      changes: this.#changes(),
      compareMarks: this.comparison.active ? this.#compareMemo.get(index.view.layout, this.comparison.diff) : undefined,
    };
    return this.#painter.paint(context, size, ratio, frame);
  }

  #changesMemo = new NodeChangesMemo();
  #compareMemo = new NetworkCompareMemo();
  #paintedDiff?: unknown;

  /** Compare mode: each node's status by layout index, for the canvas's badges. */
  #changes(): NetworkChanges | undefined {
    if (!this.comparison.active || !this.layout) return undefined;
    return this.#changesMemo.get(
      this.layout.network.nodes,
      this.comparison.diff,
      (id) => this.changeStatus(id),
      this.compareStrings.status.new,
    );
  }

  /** The node whose partners are highlighted: hovered, else keyboard-focused, else selected. */
  #focusNode(): number {
    if (this.#hovered >= 0) return this.#hovered;
    if (this.keyboardFocus && this.active >= 0) return this.active;
    return this.selected !== undefined ? (this.#index?.index.get(this.selected) ?? -1) : -1;
  }

  /** Draws the overlay and the panel on their own: a hover or a zoom frame does not re-render the view. */
  #renderHighlight(): void {
    const index = this.#index;
    const words = this.#words;
    if (!index || !words || !this.viewport || !this.panelHost || !this.overlay) return;
    renderHighlightLayers(
      { overlay: this.overlay, viewport: this.viewport, panel: this.panelHost, host: this },
      {
        index,
        words,
        strings: this.uiStrings,
        visibility: this.visibility,
        transform: this.#zoom.transform,
        focus: this.#focusNode(),
        hovered: this.#hovered,
        active: this.active,
        keyboardFocus: this.keyboardFocus,
        selected: this.selected,
        listed: this.listed,
        matches: this.search.matches,
        related: this.relatedSet,
        headingLevel: this.headingLevel + 1,
        data: dataMarker(this.model, this.uiLanguage),
        changeWord: (id) => this.listWords(id),
      },
      {
        focused: (focused, next) => {
          // Tabbing on into the legend and the panel keeps the panel on this node: re-rendering it as focus arrives
          // there would drop focus to <body>.
          if (!focused && next instanceof Node && this.sideColumn?.contains(next)) return;
          this.keyboardFocus = focused;
          this.#canvas.schedule();
        },
        moveTo: (node, from) => this.#moveTo(node, from),
        clearSelection: () => {
          // The button goes with the selection: focus goes back to the node, not to <body>.
          this.#select(null);
          this.#focusDrawing();
        },
      },
    );
    const workshop = this.workshop;
    workshop?.renderTags(this.overlay, workshop.tags(index, this.visibility, this.#zoom.transform));
  }

  #setHovered(node: number): void {
    if (node === this.#hovered) return;
    this.#hovered = node;
    this.#renderHighlight();
    this.#canvas.schedule();
  }

  // ——— Selection and keyboard ———

  #select(node: number | null): void {
    const id = node === null ? null : (this.layout?.network.nodes[node]?.id ?? null);
    if (node !== null) this.active = node;
    this.selectElement(id);
    this.#canvas.schedule();
  }

  #moveTo(node: number, from?: number): void {
    const view = this.layout;
    if (!view || !this.#index) return;
    this.active = node;
    this.listed = -1;
    this.#zoom.reveal(view.layout.nodes[node]!, this.#canvas.size);
    const tie = from === undefined ? undefined : this.#index.neighbours[from]!.find((n) => n.node === node)?.tie;
    this.announcement = tie === undefined ? this.describeNode(node) : this.describeTie(tie, from);
    this.#focusDrawing();
    this.#canvas.schedule();
  }

  #onNodeKeydown(event: KeyboardEvent): void {
    if (this.active < 0 || !this.#index) return;
    if (this.editable && this.workshop?.workshop.keydown(event, this.layout!.network.nodes[this.active]!.id)) return;
    handleNodeKey(event, {
      index: this.#index,
      visibility: this.visibility,
      active: this.active,
      selected: this.selected,
      strings: this.uiStrings.network,
      describeNode: (node) => this.describeNode(node),
      describeTie: (tie, from) => this.describeTie(tie, from),
      moveTo: (node, from) => this.#moveTo(node, from),
      select: (node) => this.#select(node),
      listTies: (node) => (this.listed = node),
      announce: (text) => (this.announcement = text),
      otherKey: (e) => this.#zoom.handleKey(e),
    });
  }

  /**
   * Focus left the legend or the panel, which kept telling of the node focus came from (see `focused`): unless focus
   * went back to the node or stays beside it, the panel goes back to what it shows without keyboard focus.
   */
  #onSideFocusout(): void {
    // Looked at after the event: a panel render that removes the focused button sends focusout in mid-update, and
    // where focus goes next (back to the node, say) is known only once that render is done.
    setTimeout(() => {
      const now = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
      if (!this.keyboardFocus || (now && (this.sideColumn?.contains(now) || this.overlay?.contains(now)))) return;
      this.keyboardFocus = false;
      this.#canvas.schedule();
    });
  }

  #nodeAt(event: MouseEvent): number {
    const visible = this.visibility?.nodes;
    if (!this.#index || !visible || !this.overlay) return -1;
    const rect = this.overlay.getBoundingClientRect();
    return this.#pointer.nodeAt(event.clientX - rect.left, event.clientY - rect.top, {
      transform: this.#zoom.transform,
      hit: this.#index.hit,
      visible,
      hovered: this.#hovered,
      labelAt: (x, y) => this.#painter.labelAt(x, y),
    });
  }
  readonly #pointer = new PointerTarget();

  /** The labels drawn now, by node id, with their boxes (CSS px from the drawing's top left): for tests. */
  get drawnLabels(): { id: string; box: ScreenBox }[] {
    return this.#painter.labelBoxes.map(({ index, box }) => ({ id: this.layout!.network.nodes[index]!.id, box }));
  }

  /** Compare mode's badges drawn now, by node id, with their status and boxes (as `drawnLabels`): for tests. */
  get drawnChangeBadges(): { id: string; status: 'new' | 'changed'; box: ScreenBox }[] {
    return this.#painter.changeBadges.map(({ index, status, box }) => ({ id: this.layout!.network.nodes[index]!.id, status, box }));
  }

  /** Compare mode's marks for the export, as the canvas paints them (undefined when not comparing). */
  #compareExport(): NetworkCompareSvgInput | undefined {
    const changes = this.#changes();
    const marks = this.comparison.active && this.#index ? this.#compareMemo.get(this.#index.view.layout, this.comparison.diff) : undefined;
    if (!changes || !marks) return undefined;
    const gone = this.compareStrings.status.gone;
    const actor = this.uiStrings.kinds.actor ?? 'actor';
    return { marks, status: changes.status, newWord: changes.newWord, ghostLabel: (label) => `${actor} ${label}, ${gone}` };
  }

  /** Compare mode: the ties gained and lost, by their actors' names (gone ones by their earlier names). */
  #tieChangeLists() {
    const diff = this.comparison.active ? this.comparison.diff : undefined;
    if (!diff) return nothing;
    const names = new Map([...diff.elements.removed, ...this.model!.elements].map((e) => [e.id, e.label]));
    return renderTieChangeLists(diff, (id) => names.get(id) ?? id, this.uiLanguage, this.headingLevel + 1);
  }

  /** Compare mode's ghosts of gone actors drawn now, with their boxes on screen: for tests. */
  get drawnGhosts(): readonly DrawnGhost[] {
    return this.#painter.ghosts;
  }

  /** Compare mode's gained and lost ties drawn now, by their ends' ids: for tests. */
  get drawnTieChanges(): { status: 'gained' | 'lost'; source: string; target: string }[] {
    const nodes = this.layout!.network.nodes;
    return this.#painter.tieChanges.map((t) => ({ status: t.status, source: nodes[t.source]!.id, target: nodes[t.target]!.id }));
  }

  #onPointerMove(event: PointerEvent): void {
    if (event.buttons === 0) this.#setHovered(this.#nodeAt(event));
  }

  #onClick(event: MouseEvent): void {
    const node = this.#nodeAt(event);
    if (node < 0 || !this.layout) return;
    if (this.editable && this.workshop?.workshop.click(this.layout.network.nodes[node]!.id)) return;
    this.#select(this.selected === this.layout.network.nodes[node]!.id ? null : node);
    // Focus follows the pointer's choice, so Esc and the arrow keys work from here.
    this.#focusDrawing();
  }

  // ——— Rendering ———

  protected override render() {
    const view = this.layout;
    const index = this.#index;
    if (!this.model || !view || !index) return this.renderWaiting(this.uiStrings.network.laying);
    const t = this.uiStrings;
    const n = t.network;
    const visibility = this.visibility;
    const actors = view.network.nodes.filter((node) => node.kind === 'actor').length;
    const filters = {
      index,
      model: this.model,
      strings: t,
      lang: this.uiLanguage,
      visibility,
      values: this,
      shownAsOf: this.filter.asOf,
      change: (values: Partial<NetworkFilterValues>) => Object.assign(this, values),
    };
    return this.renderFrame({
      menu: renderNetworkFilters(filters),
      filters: this.workshop?.panel(index, () => this.downloadSvg()) ?? nothing,
      zoom: { zoomBy: (f) => this.zoomBy(f), fit: () => this.fitToView(), step: ZOOM_STEP },
      legend: nothing,
      body: renderNetworkStage({
        ...this.overviewLevel.render(n),
        narrow: this.narrow,
        legend: renderNetworkLegend(filters),
        roleDescription: n.roleDescription,
        label: n.diagramLabel(actors, view.network.nodes.length - actors, view.network.ties.length),
        keydown: (event) => this.#onNodeKeydown(event),
        pointermove: (event) => this.#onPointerMove(event),
        pointerleave: () => this.#setHovered(-1),
        click: (event) => this.#onClick(event),
        sideFocusout: () => this.#onSideFocusout(),
      }),
      after: html`<p class="help" id="keyboard-help">${n.keyboardHelp} ${this.workshop?.keys ?? ''}</p>
        ${renderNetworkTables({
          index,
          words: this.#words!,
          strings: t,
          lang: this.uiLanguage,
          visibility,
          overview: this.overviewLevel.overview,
          open: this.textAlternativeOpen,
          toggle: (open) => (this.textAlternativeOpen = open),
          headingLevel: this.headingLevel + 1,
          data: dataMarker(this.model, this.uiLanguage),
          changeWord: (id) => this.listWords(id),
          gone: html`${this.renderGoneText()}${this.#tieChangeLists()}`,
        })}
        <p class="sr-only" aria-live="polite">${this.announcement}</p>`,
    });
  }

  protected override readonly badgesChanges = true;

  protected override readyChunks(): readonly LazyChunk<unknown>[] {
    return [...super.readyChunks(), drawingChunk];
  }

  protected override get exportSource() {
    const networkViewDrawing = drawingChunk.loaded?.networkViewDrawing;
    if (!networkViewDrawing) return undefined;
    const view = this.layout;
    const visibility = this.visibility;
    if (!view || !visibility || !this.#index || !this.#words) return undefined;
    const drawing = networkViewDrawing(this.#index, visibility, this.#words.bandNames(), this.#painter.colors.sectors, {
      focus: this.#focusNode(),
      selected: this.selected,
      matches: this.search.matches,
      related: this.relatedSet,
      compare: this.#compareExport(),
    });
    return { drawing, css: this.exportCss(networkSvgStyles.cssText), name: 'actor-network' };
  }
}
