import { neighbourToward, type ArrowKey, type NormalizedDocument } from '@floke/core';
import {
  filterNetwork,
  type ActorNetworkView,
  type NetworkFilter,
  type NetworkMode,
  type NetworkVisibility,
} from '@floke/core/actor-network';
import { html, render } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { idListConverter } from '../base/id-list.js';
import { FlokeView } from '../base/floke-view.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { viewFrameStyles } from '../base/view-frame.styles.js';
import { CanvasPaintController } from '../controllers/canvas-paint.js';
import { MatchMediaController } from '../controllers/match-media.js';
import { ViewLayoutController } from '../controllers/view-layout.js';
import { ZOOM_STEP, ZoomPanController, type ViewTransform } from '../controllers/zoom-pan.js';
import { networkStyles, networkSvgStyles, sectorColorStyles } from './floke-actor-network.styles.js';
import { computeNetworkView } from './network-client.js';
import { renderNetworkFilters, renderNetworkLegend } from './network-filters.js';
import { renderNetworkStage } from './network-stage.js';
import { NetworkIndex } from './network-index.js';
import { renderHighlightLayers } from './network-highlight.js';
import { renderNetworkSvg } from './network-svg.js';
import { renderNetworkTables } from './network-tables.js';
import { NetworkWords } from './network-words.js';
import { fitTransform, NetworkPainter } from './network-painter.js';

/** Below this width of the view, the panel moves under the drawing and the filters fold. */
export const NETWORK_NARROW_WIDTH = 720;

type NetworkInputs = readonly [NormalizedDocument, NetworkMode, number];

/**
 * Who works with whom, about what, at which level: actors (and, in two-mode, initiatives) in one band per level,
 * communities side by side, sector by shape and colour, brokers ringed, ties thicker the more initiatives they
 * share. Drawn on a canvas with level-of-detail labels so thousands of actors pan smoothly; an SVG layer on top
 * carries focus, highlights and the accessible names, and the text alternative lists everything as tables.
 *
 * Keys: arrows move to the partner in that direction (each tie is announced), Enter or Space selects, T lists the
 * ties, + − 0 zoom, `/` searches, Esc clears the search, then the selection.
 *
 * @tagname floke-actor-network
 * @summary Actor network by level and sector, with brokers, communities, filters and keyboard navigation.
 *
 * @csspart filters - Mode, level, sector, topic and initiative filters.
 * @csspart diagram - The drawing (canvas and its SVG overlay).
 * @csspart panel - Details of the selected or focused actor.
 * @csspart legend - The legend.
 * @csspart text-alternative - The network as tables.
 *
 * @cssproperty [--floke-network-height=36rem] - Height of the drawing.
 * @cssproperty [--floke-network-height-narrow=26rem] - Height of the drawing in a narrow view.
 * @cssproperty --floke-sector-public - Colour of public actors (likewise `-voluntary`, `-private`, `-research`, `-foundation`, `-social-partners`, `-other`).
 */
export class FlokeActorNetwork extends FlokeView<NetworkInputs, ActorNetworkView> {
  static override styles = [
    themeStyles,
    sectorColorStyles,
    problemSummaryStyles,
    controlStyles,
    viewFrameStyles,
    networkStyles,
    networkSvgStyles,
  ];
  static override narrowWidth = NETWORK_NARROW_WIDTH;

  /** `actors`: initiatives folded into actor–actor ties. `two-mode`: initiatives drawn as nodes. */
  @property({ reflect: true }) mode: NetworkMode = 'actors';

  /** Show only these levels (space-separated ids). No attribute or an empty one: all levels. */
  @property({ converter: idListConverter, reflect: true }) levels?: readonly string[];

  /** Show only actors of these sectors (space-separated ids; `other` for none or unknown). No attribute or an empty one: all. */
  @property({ converter: idListConverter, reflect: true }) sectors?: readonly string[];

  /** Show only ties about this topic. */
  @property({ reflect: true }) topic?: string;

  /** Show only the members of this initiative. */
  @property({ reflect: true }) initiative?: string;

  /** Seed of the layout and community detection: the same seed draws the same picture. */
  @property({ type: Number }) seed = 1;

  /** Lay out on the main thread instead of in a Worker. */
  @property({ type: Boolean, attribute: 'no-worker' }) noWorker = false;

  protected readonly frameView = 'network';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () => (this.model ? ([this.model, this.mode, this.seed] as const) : undefined),
    compute: (model: NormalizedDocument, mode: NetworkMode, seed: number) => {
      const style = getComputedStyle(this);
      const font = style.getPropertyValue('--_font').trim() || 'sans-serif';
      // Aim the layout at the drawing's shape: the view's width beside the panel, the stage's height.
      const stageHeight = parseFloat(style.fontSize) * 36;
      const stageWidth = this.width >= NETWORK_NARROW_WIDTH ? this.width - 330 : this.width || 800;
      const aspect = Math.min(2.5, Math.max(1, stageWidth / stageHeight));
      return computeNetworkView({ model, mode, seed, font, aspect }, { useWorker: !this.noWorker });
    },
    laidOut: (view) => {
      this.#index = new NetworkIndex(view, this.model!);
      const selected = this.selected !== undefined ? this.#index.index.get(this.selected) : undefined;
      this.active = selected ?? this.#index.labelOrder[0] ?? -1;
      this.#hovered = -1;
      // Each layout (each mode has its own) is shown whole.
      this.#fitted = false;
      this.#canvas.reset();
      this.#painter.ties.invalidate();
    },
  });

  readonly #zoom = new ZoomPanController(this, {
    fit: (): ViewTransform =>
      this.layout && this.#canvas.size.width > 0 ? fitTransform(this.layout.layout, this.#canvas.size) : this.#zoom.transform,
    onZoom: ({ x, y, k }) => {
      this.viewport?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
      this.#canvas.schedule();
      if (this.#focusNode() >= 0) this.#renderHighlight();
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

  /** Repaints the canvas when the system colour scheme flips. */
  protected readonly colorScheme = new MatchMediaController(this, '(prefers-color-scheme: dark)', () => this.#repaintTheme());

  /** The node that holds the tab stop: arrow keys move from it. */
  @state() protected active = -1;
  @state() protected keyboardFocus = false;
  @state() protected announcement = '';
  @state() protected textAlternativeOpen = false;

  @query('canvas') private canvasElement?: HTMLCanvasElement;
  @query('svg.overlay') private overlay?: SVGSVGElement;
  @query('g.viewport') private viewport?: SVGGElement;
  @query('.stage') private stage?: HTMLDivElement;
  @query('.panel-host') private panelHost?: HTMLDivElement;

  #index?: NetworkIndex;
  /** Hovered node: not reactive, so a hover repaints the highlight and the panel, not the whole view. */
  #hovered = -1;
  #fitted = false;
  #themeKey = '';
  readonly #painter = new NetworkPainter(this);
  #visibilityCache?: { key: readonly unknown[]; visibility: NetworkVisibility };

  protected override get drawn(): boolean {
    return this.layout !== undefined && this.#canvas.painted;
  }

  /** The network, its metrics and layout currently drawn. */
  get network(): ActorNetworkView | undefined {
    return this.layout;
  }

  /** The current filter, as the core `filterNetwork` takes it. */
  get filter(): NetworkFilter {
    return {
      ...(this.levels ? { levels: this.levels } : {}),
      ...(this.sectors ? { sectors: this.sectors.map((s) => (s === 'other' ? '' : s)) } : {}),
      ...(this.topic ? { topics: [this.topic] } : {}),
      ...(this.initiative ? { initiatives: [this.initiative] } : {}),
    };
  }

  /** Layout position (symbol centre) of a node, or undefined when it is not in the network. */
  positionOf(id: string): { x: number; y: number } | undefined {
    const node = this.layout?.layout.nodes[this.#index?.index.get(id) ?? -1];
    return node ? { x: node.x, y: node.y } : undefined;
  }

  /** Whether a node is shown under the current filter. */
  isVisible(id: string): boolean {
    const index = this.#index?.index.get(id);
    return index !== undefined && this.#visibility?.nodes[index] === true;
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

  /** "KS og Hdir: 3 felles satsinger (…); tema: skole". */
  describeTie(tieIndex: number, from?: number): string {
    return this.#words?.tie(tieIndex, from) ?? '';
  }

  get #words(): NetworkWords | undefined {
    return this.#index && this.model ? new NetworkWords(this.#index, this.model, this.uiStrings, this.uiLanguage) : undefined;
  }

  /** Which nodes and ties the filter shows, computed once per layout and filter. */
  get #visibility(): NetworkVisibility | undefined {
    const view = this.layout;
    if (!view) return undefined;
    const key = [view, this.levels, this.sectors, this.topic, this.initiative];
    const cached = this.#visibilityCache;
    if (cached && key.every((value, i) => Object.is(value, cached.key[i]))) return cached.visibility;
    const visibility = filterNetwork(view.network, this.filter);
    this.#visibilityCache = { key, visibility };
    this.#painter.ties.invalidate();
    return visibility;
  }

  protected searchItems() {
    const view = this.layout;
    const visibility = this.#visibility;
    return view ? view.network.nodes.filter((_, i) => visibility?.nodes[i]) : [];
  }

  protected override hasActiveState(): boolean {
    return super.hasActiveState() || this.#hovered >= 0;
  }

  protected override clearActiveState(): void {
    super.clearActiveState();
    this.#setHovered(-1);
  }

  override focusElement(id: string): void {
    const index = this.#index?.index.get(id);
    if (index !== undefined && this.#visibility?.nodes[index]) this.#moveTo(index);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const visibility = this.#visibility;
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
    this.#renderHighlight();
  }

  #repaintTheme(): void {
    this.#painter.invalidateTheme();
    this.#canvas.schedule();
  }

  #paint(context: CanvasRenderingContext2D, size: { width: number; height: number }, ratio: number): boolean {
    const index = this.#index;
    const visibility = this.#visibility;
    if (!index || !visibility) return false;
    const frame = { index, visibility, transform: this.#zoom.transform, focus: this.#focusNode(), bandNames: this.#words!.bandNames() };
    return this.#painter.paint(context, size, ratio, frame);
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
        visibility: this.#visibility,
        transform: this.#zoom.transform,
        focus: this.#focusNode(),
        hovered: this.#hovered,
        active: this.active,
        keyboardFocus: this.keyboardFocus,
        selected: this.selected,
        matches: this.search.matches,
      },
      {
        focused: (focused) => {
          this.keyboardFocus = focused;
          this.#canvas.schedule();
        },
        moveTo: (node, from) => this.#moveTo(node, from),
        clearSelection: () => this.#select(null),
      },
    );
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
    this.#zoom.reveal(view.layout.nodes[node]!, this.#canvas.size);
    const tie = from === undefined ? undefined : this.#index.neighbours[from]!.find((n) => n.node === node)?.tie;
    this.announcement = tie === undefined ? this.describeNode(node) : this.describeTie(tie, from);
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('g.node')?.focus());
    this.#canvas.schedule();
  }

  #onNodeKeydown(event: KeyboardEvent): void {
    const view = this.layout;
    const index = this.#index;
    if (this.active < 0 || !view || !index) return;
    const t = this.uiStrings.network;
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      const partners = index.visibleNeighbours(this.active, this.#visibility);
      const origin = view.layout.nodes[this.active]!;
      const candidates = partners.map(({ node }) => ({ node, x: view.layout.nodes[node]!.x, y: view.layout.nodes[node]!.y }));
      const next = neighbourToward(origin, candidates, event.key as ArrowKey)?.node;
      if (next === undefined) this.announcement = partners.length ? t.noPartnerThatWay : t.noTies;
      else this.#moveTo(next, this.active);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(this.selected === view.network.nodes[this.active]!.id ? null : this.active);
      this.announcement = this.describeNode(this.active);
    } else if (event.key === 't' || event.key === 'T') {
      event.preventDefault();
      const ties = index.visibleNeighbours(this.active, this.#visibility);
      this.#select(this.active);
      this.announcement = [
        t.tiesOf(index.labels[this.active]!, ties.length),
        ...ties.map((n) => this.describeTie(n.tie, this.active)),
      ].join('. ');
    } else {
      this.#zoom.handleKey(event);
    }
  }

  #nodeAt(event: MouseEvent): number {
    if (!this.#index || !this.#visibility || !this.overlay) return -1;
    const rect = this.overlay.getBoundingClientRect();
    const { x, y, k } = this.#zoom.transform;
    const point = { x: (event.clientX - rect.left - x) / k, y: (event.clientY - rect.top - y) / k };
    return this.#index.hit.at(point.x, point.y, this.#visibility.nodes, 4 / k);
  }

  #onPointerMove(event: PointerEvent): void {
    if (event.buttons === 0) this.#setHovered(this.#nodeAt(event));
  }

  #onClick(event: MouseEvent): void {
    const node = this.#nodeAt(event);
    if (node < 0 || !this.layout) return;
    this.#select(this.selected === this.layout.network.nodes[node]!.id ? null : node);
    // Focus follows the pointer's choice, so Esc and the arrow keys work from here.
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('g.node')?.focus());
  }

  // ——— Rendering ———

  protected override render() {
    const view = this.layout;
    const index = this.#index;
    if (!this.model || !view || !index) return this.renderWaiting(this.uiStrings.network.laying);
    const t = this.uiStrings;
    const n = t.network;
    const visibility = this.#visibility;
    const actors = view.network.nodes.filter((node) => node.kind === 'actor').length;
    return this.renderFrame({
      filters: renderNetworkFilters({
        index,
        model: this.model,
        strings: t,
        lang: this.uiLanguage,
        visibility,
        narrow: this.narrow,
        mode: this.mode,
        levels: this.levels,
        sectors: this.sectors,
        topic: this.topic,
        initiative: this.initiative,
        change: (values) => Object.assign(this, values),
      }),
      zoom: { zoomBy: (f) => this.zoomBy(f), fit: () => this.fitToView(), step: ZOOM_STEP },
      legend: renderNetworkLegend(index, t),
      body: renderNetworkStage({
        narrow: this.narrow,
        roleDescription: n.roleDescription,
        label: n.diagramLabel(actors, view.network.nodes.length - actors, view.network.ties.length),
        keydown: (event) => this.#onNodeKeydown(event),
        pointermove: (event) => this.#onPointerMove(event),
        pointerleave: () => this.#setHovered(-1),
        click: (event) => this.#onClick(event),
      }),
      after: html`<p class="help" id="keyboard-help">${n.keyboardHelp}</p>
        ${renderNetworkTables({
          index,
          words: this.#words!,
          strings: t,
          lang: this.uiLanguage,
          visibility,
          open: this.textAlternativeOpen,
          toggle: (open) => (this.textAlternativeOpen = open),
        })}
        <p class="sr-only" aria-live="polite">${this.announcement}</p>`,
    });
  }

  protected override get exportSource() {
    const view = this.layout;
    const visibility = this.#visibility;
    if (!view || !visibility || !this.#index) return undefined;
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const marks = this.#painter.marks(this.#index, visibility, this.#words!.bandNames());
    render(renderNetworkSvg(view.layout, { ...marks, sectorFill: this.#painter.colors.sectors }), element);
    return { svg: element, css: networkSvgStyles.cssText, width: view.layout.width, height: view.layout.height, name: 'actor-network' };
  }
}
