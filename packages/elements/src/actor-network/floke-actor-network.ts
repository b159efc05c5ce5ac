import { SECTOR_COLOR_KEYS, SECTOR_COLORS, sectorKey, type SectorColorKey } from '@floke/core';
import {
  NETWORK_MODES,
  filterNetwork,
  type ActorNetworkView,
  type NetworkFilter,
  type NetworkMode,
  type NetworkNodeLayout,
  type NetworkVisibility,
} from '@floke/core/network';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { css, html, nothing, render, svg, unsafeCSS, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { resolvedColor } from '../base/export-image.js';
import { FlokeElement } from '../base/floke-element.js';
import { renderProblemSummary } from '../base/problem-summary.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { handleViewKey, handleZoomKey } from '../base/view-keys.js';
import { observeWidth } from '../base/width-observer.js';
import { networkStyles, networkSvgStyles } from './floke-actor-network.styles.js';
import { computeNetworkView } from './network-client.js';
import { renderNetworkSvg } from './network-svg.js';
import type { NetworkMarks } from './network-marks.js';
import { NodeHitIndex } from './node-hit-index.js';
import { paintNetwork, type NetworkPaint, type ScreenBox, type ViewTransform } from './paint-network.js';
import { symbolPathData } from './symbol-path.js';
import { TieLayer } from './tie-layer.js';

/** Below this width of the view, the panel moves under the drawing. */
export const NETWORK_NARROW_WIDTH = 720;

/** Space-separated attribute ⇄ list of ids; no attribute, or an empty one, means "all". */
const idList = {
  fromAttribute: (value: string | null) => {
    const ids = value?.split(/\s+/).filter(Boolean) ?? [];
    return ids.length ? ids : undefined;
  },
  toAttribute: (value: readonly string[] | undefined) => (value === undefined ? null : value.join(' ')),
};

// Each sector colour can be themed with --floke-sector-<id>; defaults follow the colour scheme.
const sectorColorStyles = css`
  :host {
    ${unsafeCSS(
      SECTOR_COLOR_KEYS.map(
        (key) => `--_sector-${key}: var(--floke-sector-${key}, light-dark(${SECTOR_COLORS.light[key]}, ${SECTOR_COLORS.dark[key]}));`,
      ).join('\n'),
    )}
  }
`;

interface Neighbour {
  readonly node: number;
  readonly tie: number;
}

/**
 * Who works with whom, about what, at which level: actors (and, in two-mode, initiatives) in one band per level,
 * communities side by side, sector by shape and colour, brokers ringed, ties thicker the more initiatives they
 * share. Drawn on a canvas with level-of-detail labels so thousands of actors pan smoothly; an SVG layer on top
 * carries focus, highlights and the accessible names, and the text alternative lists everything as tables.
 *
 * @tagname floke-actor-network
 * @summary Actor network by level and sector, with brokers, communities, filters and keyboard navigation.
 *
 * @csspart toolbar - Search, mode, zoom and export controls.
 * @csspart filters - Level, sector, topic and initiative filters.
 * @csspart diagram - The drawing (canvas and its SVG overlay).
 * @csspart panel - Details of the selected or focused actor.
 * @csspart legend - The legend.
 * @csspart text-alternative - The network as tables.
 *
 * @cssproperty [--floke-network-height=36rem] - Height of the drawing.
 * @cssproperty [--floke-network-height-narrow=26rem] - Height of the drawing in a narrow view.
 * @cssproperty --floke-sector-public - Colour of public actors (likewise `-voluntary`, `-private`, `-research`, `-foundation`, `-social-partners`, `-other`).
 *
 * @fires floke-select - When the user selects an actor or initiative (or clears the selection).
 */
export class FlokeActorNetwork extends FlokeElement {
  static override styles = [themeStyles, sectorColorStyles, problemSummaryStyles, controlStyles, networkStyles, networkSvgStyles];

  /** `actors`: initiatives folded into actor–actor ties. `two-mode`: initiatives drawn as nodes. */
  @property({ reflect: true }) mode: NetworkMode = 'actors';

  /** Show only these levels (space-separated ids). No attribute or an empty one: all levels. */
  @property({ converter: idList, reflect: true }) levels?: string[];

  /** Show only actors of these sectors (space-separated ids; `other` for none or unknown). No attribute or an empty one: all. */
  @property({ converter: idList, reflect: true }) sectors?: string[];

  /** Show only ties about this topic. */
  @property({ reflect: true }) topic?: string;

  /** Show only the members of this initiative. */
  @property({ reflect: true }) initiative?: string;

  /** Seed of the layout and community detection: the same seed draws the same picture. */
  @property({ type: Number }) seed = 1;

  /** Lay out on the main thread instead of in a Worker. */
  @property({ type: Boolean, attribute: 'no-worker' }) noWorker = false;

  @state() protected view?: ActorNetworkView;
  @state() protected hovered = -1;
  /** The node that holds the tab stop: arrow keys move from it. */
  @state() protected active = -1;
  @state() protected keyboardFocus = false;
  @state() protected searchText = '';
  @state() protected announcement = '';
  @state() protected textAlternativeOpen = false;
  @state() protected hostWidth = 0;

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('svg.overlay') private overlay?: SVGSVGElement;
  @query('g.viewport') private viewport?: SVGGElement;
  @query('.stage') private stage?: HTMLDivElement;
  @query('input[type="search"]') private searchInput?: HTMLInputElement;

  #request = 0;
  #index = new Map<string, number>();
  #neighbours: Neighbour[][] = [];
  #sectorOf: SectorColorKey[] = [];
  #isInitiative: boolean[] = [];
  #isBroker: boolean[] = [];
  #labelOrder: number[] = [];
  #labels: string[] = [];
  #elementLabels = new Map<string, string>();
  #hit?: NodeHitIndex;
  #visibility?: NetworkVisibility;
  #transform: ViewTransform = { x: 0, y: 0, k: 1 };
  #zoom?: ZoomBehavior<SVGSVGElement, unknown>;
  #zoomTarget?: SVGSVGElement;
  #stageSize = { width: 0, height: 0 };
  #fitted = false;
  #frame = 0;
  #painted = false;
  #paint?: NetworkPaint;
  readonly #ties = new TieLayer();
  #paintKey = '';
  #stopObserving?: () => void;
  #resizeObserver?: ResizeObserver;
  #schemeQuery?: MediaQueryList;
  /** Labels the last frame drew (for tests and benchmarks of the level of detail). */
  lastLabelCount = 0;

  protected override get drawn(): boolean {
    return this.view !== undefined && this.#painted;
  }

  /** The network, its metrics and layout currently drawn. */
  get network(): ActorNetworkView | undefined {
    return this.view;
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
    const node = this.view?.layout.nodes[this.#index.get(id) ?? -1];
    return node ? { x: node.x, y: node.y } : undefined;
  }

  /** Whether a node is shown under the current filter. */
  isVisible(id: string): boolean {
    const index = this.#index.get(id);
    return index !== undefined && this.#visibility?.nodes[index] === true;
  }

  /** The current pan/zoom. */
  get transform(): ViewTransform {
    return this.#transform;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObserving = observeWidth(this, (width) => (this.hostWidth = width));
    this.addEventListener('keydown', this.#onHostKeydown);
    this.#schemeQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    this.#schemeQuery?.addEventListener('change', this.#onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving?.();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.removeEventListener('keydown', this.#onHostKeydown);
    this.#schemeQuery?.removeEventListener('change', this.#onSchemeChange);
    cancelAnimationFrame(this.#frame);
  }

  #onSchemeChange = () => {
    this.#paintKey = '';
    this.#paint = undefined;
    this.#ties.invalidate();
    this.#schedulePaint();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('model') || changed.has('mode') || changed.has('seed')) void this.#relayout();
    if (changed.has('view') && this.view) this.#derive(this.view);
    if (
      this.view &&
      (changed.has('view') || changed.has('levels') || changed.has('sectors') || changed.has('topic') || changed.has('initiative'))
    ) {
      this.#visibility = filterNetwork(this.view.network, this.filter);
      this.#ties.invalidate();
      if (this.active >= 0 && !this.#visibility.nodes[this.active]) this.active = this.#firstVisible();
      this.#schedulePaint();
    }
  }

  async #relayout(): Promise<void> {
    const model = this.model;
    const request = ++this.#request;
    if (!model) {
      this.view = undefined;
      return;
    }
    const font = getComputedStyle(this).getPropertyValue('--_font').trim() || 'sans-serif';
    // Aim the layout at the drawing's shape: the view's width beside the panel, the stage's height.
    const stageHeight = parseFloat(getComputedStyle(this).fontSize) * 36;
    const stageWidth = this.hostWidth >= NETWORK_NARROW_WIDTH ? this.hostWidth - 330 : this.hostWidth || 800;
    const aspect = Math.min(2.5, Math.max(1, stageWidth / stageHeight));
    const view = await computeNetworkView({ model, mode: this.mode, seed: this.seed, font, aspect }, { useWorker: !this.noWorker });
    if (request !== this.#request) return;
    // Each mode has its own layout (initiatives change who sits where), shown whole.
    this.#fitted = false;
    this.#painted = false;
    this.view = view;
  }

  #derive(view: ActorNetworkView): void {
    const { network, metrics, layout } = view;
    this.#index = new Map(network.nodes.map((n, i) => [n.id, i]));
    this.#neighbours = network.nodes.map(() => []);
    network.ties.forEach((tie, t) => {
      const a = this.#index.get(tie.source)!;
      const b = this.#index.get(tie.target)!;
      this.#neighbours[a]!.push({ node: b, tie: t });
      this.#neighbours[b]!.push({ node: a, tie: t });
    });
    this.#sectorOf = network.nodes.map((n) => sectorKey(n.sector));
    this.#labels = network.nodes.map((n) => n.label);
    this.#elementLabels = new Map(this.model?.elements.map((e) => [e.id, e.label]));
    this.#isInitiative = network.nodes.map((n) => n.kind === 'initiative');
    const brokers = new Set(metrics.brokers);
    this.#isBroker = network.nodes.map((n) => brokers.has(n.id));
    const score = (i: number) => (this.#isBroker[i] ? 1e6 : 0) + (metrics.nodes.get(network.nodes[i]!.id)?.degree ?? 0);
    this.#labelOrder = network.nodes.map((_, i) => i).sort((a, b) => score(b) - score(a) || a - b);
    this.#hit = new NodeHitIndex(layout);
    const selected = this.selected !== undefined ? this.#index.get(this.selected) : undefined;
    this.active = selected ?? this.#labelOrder[0] ?? -1;
    this.hovered = -1;
  }

  /** The label of any element of the document (initiatives are not nodes in actors mode), by id. */
  #elementLabel(id: string): string {
    return this.#elementLabels.get(id) ?? id;
  }

  #firstVisible(): number {
    return this.#labelOrder.find((i) => this.#visibility?.nodes[i]) ?? -1;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.overlay && this.#zoomTarget !== this.overlay) this.#setUpZoom(this.overlay);
    if (this.stage && !this.#resizeObserver) {
      this.#resizeObserver = new ResizeObserver(() => this.#onStageResize());
      this.#resizeObserver.observe(this.stage);
    }
    const key = `${this.getAttribute('data-floke-scheme')}|${this.getAttribute('data-color-scheme')}`;
    if (key !== this.#paintKey && this.view) {
      this.#paintKey = key;
      this.#paint = undefined;
      this.#ties.invalidate();
      this.#schedulePaint();
    }
    if (changed.has('view') && this.view) this.#onStageResize();
  }

  #onStageResize(): void {
    const stage = this.stage;
    if (!stage || !this.canvas) return;
    const width = stage.clientWidth;
    const height = stage.clientHeight;
    if (width === 0 || height === 0) return;
    const ratio = window.devicePixelRatio || 1;
    if (width !== this.#stageSize.width || height !== this.#stageSize.height) {
      this.#stageSize = { width, height };
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    if (!this.#fitted && this.view) {
      this.#fitted = true;
      this.fitToView();
    }
    // Painting marks the view drawn, which updates it: never from inside an update, so in the next frame.
    this.#schedulePaint();
  }

  // ——— Pan and zoom ———

  #setUpZoom(target: SVGSVGElement): void {
    this.#zoomTarget = target;
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.02, 8])
      .filter((event: Event) => event.type !== 'dblclick' && !(event instanceof MouseEvent && event.button !== 0))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { x, y, k } = event.transform;
        this.#transform = { x, y, k };
        this.viewport?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
        this.#schedulePaint();
      });
    select(target).call(this.#zoom);
    if (this.#fitted)
      select(target).call(this.#zoom.transform, zoomIdentity.translate(this.#transform.x, this.#transform.y).scale(this.#transform.k));
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    if (this.overlay && this.#zoom) select(this.overlay).call(this.#zoom.scaleBy, factor);
  }

  /** Sets the pan/zoom directly (screen = layout × k + (x, y)). */
  setTransform(transform: ViewTransform): void {
    if (this.overlay && this.#zoom)
      select(this.overlay).call(this.#zoom.transform, zoomIdentity.translate(transform.x, transform.y).scale(transform.k));
  }

  /** Shows the whole network. */
  fitToView(): void {
    const layout = this.view?.layout;
    const { width, height } = this.#stageSize;
    if (!layout || width === 0) return;
    // A margin so labels at the edges (wider than their boxes when zoomed out) stay inside the drawing.
    const k = Math.min((width - 80) / layout.width, (height - 24) / layout.height, 2);
    this.setTransform({ x: (width - layout.width * k) / 2, y: (height - layout.height * k) / 2, k });
  }

  /** Pans so a node is in view (keyboard focus must never go off screen). */
  #reveal(index: number): void {
    const node = this.view?.layout.nodes[index];
    if (!node) return;
    const { x, y, k } = this.#transform;
    const sx = node.x * k + x;
    const sy = node.y * k + y;
    const { width, height } = this.#stageSize;
    if (sx > 40 && sx < width - 40 && sy > 40 && sy < height - 40) return;
    this.setTransform({ x: width / 2 - node.x * k, y: height / 2 - node.y * k, k });
  }

  // ——— Painting ———

  #schedulePaint(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#paintNow();
    });
  }

  #resolvePaint(): NetworkPaint {
    const color = (name: string) => resolvedColor(this, `var(${name})`);
    return {
      background: color('--_background'),
      band: color('--_surface'),
      text: color('--_text'),
      textSubtle: color('--_text-subtle'),
      tie: color('--_text-subtle'),
      font: getComputedStyle(this).getPropertyValue('--_font').trim() || 'sans-serif',
      sectors: Object.fromEntries(SECTOR_COLOR_KEYS.map((key) => [key, color(`--_sector-${key}`)])) as Record<SectorColorKey, string>,
    };
  }

  /** Paints the canvas now (pan/zoom frames come through here once per animation frame). */
  #paintNow(): void {
    const view = this.view;
    const context = this.canvas?.getContext('2d');
    if (!view || !context || !this.#visibility || this.#stageSize.width === 0) return;
    this.#paint ??= this.#resolvePaint();
    this.lastLabelCount = paintNetwork(
      context,
      view.layout,
      {
        transform: this.#transform,
        width: this.#stageSize.width,
        height: this.#stageSize.height,
        ratio: window.devicePixelRatio || 1,
        ...this.#marks(this.#visibility),
        labelOrder: this.#labelOrder,
        labels: this.#labels,
        dimmed: this.#focusNode() >= 0,
        labelledAbove: this.#highlightSet(),
        reservedLabelBoxes: this.#reservedLabelBoxes(),
      },
      this.#paint,
      this.#ties,
    );
    // A sharper tie bitmap is being drawn a slice per frame: keep painting until it is done.
    if (this.#ties.busy) this.#schedulePaint();
    if (!this.#painted) {
      this.#painted = true;
      this.requestUpdate();
    }
  }

  #marks(visibility: NetworkVisibility): NetworkMarks {
    return {
      visibleNodes: visibility.nodes,
      visibleTies: visibility.ties,
      sectorOf: this.#sectorOf,
      isInitiative: this.#isInitiative,
      isBroker: this.#isBroker,
      bandNames: this.#bandNames(),
    };
  }

  #bandNames(): string[] {
    const levels = new Map(this.model?.views.network.levels.map((l) => [l.id, l.label]));
    return this.view?.layout.bands.map((b) => (b.id === null ? this.uiStrings.network.noLevel : (levels.get(b.id) ?? b.id))) ?? [];
  }

  // ——— Highlight, selection, search ———

  /** The node whose partners are highlighted: hovered, else keyboard-focused, else selected. */
  #focusNode(): number {
    if (this.hovered >= 0) return this.hovered;
    if (this.keyboardFocus && this.active >= 0) return this.active;
    return this.selected !== undefined ? (this.#index.get(this.selected) ?? -1) : -1;
  }

  /** Screen boxes of the labels the highlight layer draws, so canvas labels keep clear of them. */
  #reservedLabelBoxes(): ScreenBox[] {
    const focus = this.#focusNode();
    if (focus < 0) return [];
    const { x, y } = this.#transform;
    return this.#unclutteredLabels(focus, this.#visibleNeighbours(focus)).map(({ box }) => ({
      x0: box.x0 + x,
      x1: box.x1 + x,
      y0: box.y0 + y,
      y1: box.y1 + y,
    }));
  }

  /** The focused node and its visible partners: the highlight layer draws them (and their labels). */
  #highlightSet(): Set<number> {
    const focus = this.#focusNode();
    return focus < 0 ? new Set() : new Set([focus, ...this.#visibleNeighbours(focus).map((n) => n.node)]);
  }

  #visibleNeighbours(index: number): Neighbour[] {
    const visibility = this.#visibility;
    return (this.#neighbours[index] ?? []).filter((n) => visibility?.nodes[n.node] && visibility.ties[n.tie]);
  }

  #matches(): number[] | undefined {
    const text = this.searchText.trim().toLocaleLowerCase();
    if (!text || !this.view) return undefined;
    return this.view.network.nodes.flatMap((n, i) => (this.#visibility?.nodes[i] && n.label.toLocaleLowerCase().includes(text) ? [i] : []));
  }

  #label(index: number): string {
    return this.view?.network.nodes[index]?.label ?? '';
  }

  #where(index: number): string {
    const node = this.view!.network.nodes[index]!;
    const t = this.uiStrings.network;
    const level = this.model?.views.network.levels.find((l) => l.id === node.level)?.label ?? t.noLevel;
    if (node.kind === 'initiative') return `${t.initiativeKind}, ${level.toLocaleLowerCase(this.uiLanguage)}`;
    const sector = this.model?.views.network.sectors.find((s) => s.id === node.sector)?.label ?? t.otherSector;
    return `${level}, ${sector.toLocaleLowerCase(this.uiLanguage)}`;
  }

  /** Accessible name of a node: label first (as drawn), then level, sector, partners, initiatives, broker. */
  describeNode(index: number): string {
    const node = this.view!.network.nodes[index]!;
    const count = node.kind === 'initiative' ? node.members.length : node.initiatives.length;
    return this.uiStrings.network.nodeLabel(node.label, this.#where(index), this.#neighbours[index]!.length, count, this.#isBroker[index]!);
  }

  /** "KS og Hdir: 3 felles satsinger (…); tema: skole". */
  describeTie(tieIndex: number, from?: number): string {
    const view = this.view!;
    const tie = view.network.ties[tieIndex]!;
    const a = this.#index.get(tie.source)!;
    const b = this.#index.get(tie.target)!;
    const [first, second] = from === b ? [b, a] : [a, b];
    const direct = tie.types
      .filter((type) => type !== 'shared-initiative')
      .map((type) => this.uiStrings.relationTypes[type as 'collaborates'] ?? type);
    return this.uiStrings.network.tieSentence(
      this.#label(first),
      this.#label(second),
      tie.weight,
      tie.initiatives.map((id) => this.#elementLabel(id)),
      tie.topics,
      direct,
    );
  }

  #select(index: number | null): void {
    const id = index === null ? null : (this.view?.network.nodes[index]?.id ?? null);
    if (index !== null) this.active = index;
    this.selectElement(id);
    this.#schedulePaint();
  }

  #moveTo(index: number, from?: number): void {
    this.active = index;
    this.#reveal(index);
    const tie = from === undefined ? undefined : this.#neighbours[from]!.find((n) => n.node === index)?.tie;
    this.announcement = tie === undefined ? this.describeNode(index) : this.describeTie(tie, from);
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>('g.node')?.focus());
    this.#schedulePaint();
  }

  override focusElement(id: string): void {
    const index = this.#index.get(id);
    if (index !== undefined && this.#visibility?.nodes[index]) this.#moveTo(index);
  }

  /** The partner in the direction of an arrow key: within ±70° of it, nearest first, angle breaking ties. */
  #partnerToward(from: number, key: string): number | undefined {
    const layout = this.view!.layout;
    const origin = layout.nodes[from]!;
    const direction = { ArrowRight: 0, ArrowDown: Math.PI / 2, ArrowLeft: Math.PI, ArrowUp: -Math.PI / 2 }[key]!;
    let best: number | undefined;
    let bestScore = Infinity;
    for (const { node } of this.#visibleNeighbours(from)) {
      const target = layout.nodes[node]!;
      const angle = Math.atan2(target.y - origin.y, target.x - origin.x);
      const off = Math.abs(Math.atan2(Math.sin(angle - direction), Math.cos(angle - direction)));
      if (off > (70 * Math.PI) / 180) continue;
      const score = Math.hypot(target.x - origin.x, target.y - origin.y) * (1 + off);
      if (score < bestScore) {
        best = node;
        bestScore = score;
      }
    }
    return best;
  }

  #onNodeKeydown(event: KeyboardEvent): void {
    if (this.active < 0 || !this.view) return;
    const t = this.uiStrings.network;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        event.preventDefault();
        const next = this.#partnerToward(this.active, event.key);
        if (next === undefined) {
          this.announcement = this.#visibleNeighbours(this.active).length ? t.noPartnerThatWay : t.noTies;
          return;
        }
        this.#moveTo(next, this.active);
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#select(this.selected === this.view.network.nodes[this.active]!.id ? null : this.active);
        this.announcement = this.describeNode(this.active);
        break;
      case 't':
      case 'T': {
        event.preventDefault();
        const ties = this.#visibleNeighbours(this.active);
        this.#select(this.active);
        this.announcement = [
          t.tiesOf(this.#label(this.active), ties.length),
          ...ties.map((n) => this.describeTie(n.tie, this.active)),
        ].join('. ');
        break;
      }
      default:
        if (!handleZoomKey(event, this)) handleViewKey(event, this, this.searchInput);
    }
  }

  #onHostKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (!event.composedPath().includes(this.searchInput as EventTarget)) handleViewKey(event, this, this.searchInput);
  };

  /** Clears selection, search and highlight (what Esc does). */
  clear(): void {
    this.searchText = '';
    this.hovered = -1;
    if (this.selected !== undefined) this.#select(null);
    this.#schedulePaint();
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      const first = this.#matches()?.[0];
      if (first !== undefined) {
        event.preventDefault();
        this.#moveTo(first);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      this.searchText = '';
      if (this.active >= 0) this.#moveTo(this.active);
    }
  }

  #layoutPoint(event: PointerEvent | MouseEvent): { x: number; y: number } {
    const rect = this.overlay!.getBoundingClientRect();
    const { x, y, k } = this.#transform;
    return { x: (event.clientX - rect.left - x) / k, y: (event.clientY - rect.top - y) / k };
  }

  #onPointerMove(event: PointerEvent): void {
    if (!this.#hit || !this.#visibility || event.buttons !== 0) return;
    const point = this.#layoutPoint(event);
    const index = this.#hit.at(point.x, point.y, this.#visibility.nodes, 4 / this.#transform.k);
    if (index !== this.hovered) {
      this.hovered = index;
      this.#schedulePaint();
    }
  }

  #onPointerLeave(): void {
    if (this.hovered < 0) return;
    this.hovered = -1;
    this.#schedulePaint();
  }

  #onClick(event: MouseEvent): void {
    if (!this.#hit || !this.#visibility || !this.view) return;
    const point = this.#layoutPoint(event);
    const index = this.#hit.at(point.x, point.y, this.#visibility.nodes, 4 / this.#transform.k);
    if (index < 0) return;
    this.#select(this.selected === this.view.network.nodes[index]!.id ? null : index);
  }

  // ——— Rendering ———

  #renderOverlay() {
    const view = this.view!;
    const layout = view.layout;
    const focus = this.#focusNode();
    const partners = focus >= 0 ? this.#visibleNeighbours(focus) : [];
    const matches = this.#matches() ?? [];
    const selected = this.selected !== undefined ? (this.#index.get(this.selected) ?? -1) : -1;
    const node = (i: number) => layout.nodes[i]!;
    // Highlighted labels stay readable however far out the view is zoomed: at least 11 px on screen.
    const scale = Math.max(1, 1 / this.#transform.k);
    const labelOf = (n: NetworkNodeLayout) =>
      n.lines.map(
        (line, k) =>
          svg`<text class="label" x=${n.x} y=${n.y + n.radius + (3 + 10 + k * 13) * scale} text-anchor="middle" style=${`font-size: ${11 * scale}px; stroke-width: ${3 * scale}px`}>${line}</text>`,
      );
    const symbol = (i: number) => {
      const n = node(i);
      return this.#isInitiative[i]
        ? svg`<circle class="initiative-ring" cx=${n.x} cy=${n.y} r=${n.radius - 1.5}></circle>`
        : svg`<path class="symbol" d=${symbolPathData(this.#sectorOf[i]!, n.x, n.y, n.radius)} style=${`fill: var(--_sector-${this.#sectorOf[i]})`}></path>`;
    };
    const active = this.active >= 0 && this.#visibility?.nodes[this.active] ? node(this.active) : undefined;
    return svg`
      ${
        focus >= 0
          ? svg`<g class="highlight" data-focus=${view.network.nodes[focus]!.id}>
              ${partners.map(({ node: j, tie }) => {
                const a = node(focus);
                const b = node(j);
                return svg`<line class="tie highlight" data-partner=${view.network.nodes[j]!.id} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}
                  stroke-width=${1.5 + Math.min(view.network.ties[tie]!.weight, 4)}></line>`;
              })}
              ${[focus, ...partners.map((p) => p.node)].map((i) => symbol(i))}
              ${partners.map(({ node: j }) => svg`<circle class="partner-ring" data-id=${view.network.nodes[j]!.id} cx=${node(j).x} cy=${node(j).y} r=${node(j).radius + 4}></circle>`)}
              ${this.#unclutteredLabels(focus, partners).map(({ index }) => labelOf(node(index)))}
            </g>`
          : nothing
      }
      ${matches.map((i) => svg`<circle class="match-ring" data-match=${view.network.nodes[i]!.id} cx=${node(i).x} cy=${node(i).y} r=${node(i).radius + 6}></circle>`)}
      ${selected >= 0 && this.#visibility?.nodes[selected] ? svg`<circle class="selected-ring" cx=${node(selected).x} cy=${node(selected).y} r=${node(selected).radius + 7}></circle>` : nothing}
      ${
        active
          ? svg`<g class="node" tabindex="0" role="button" data-id=${active.id}
              aria-label=${this.describeNode(this.active)}
              aria-pressed=${this.selected === active.id ? 'true' : 'false'}
              @focus=${() => {
                this.keyboardFocus = true;
                this.#schedulePaint();
              }}
              @blur=${() => {
                this.keyboardFocus = false;
                this.#schedulePaint();
              }}>
              <circle class="focus-ring" cx=${active.x} cy=${active.y} r=${active.radius + 9}></circle>
            </g>`
          : nothing
      }
    `;
  }

  /**
   * The highlighted nodes whose labels fit on screen without overprinting, with their label boxes on screen (relative
   * to the layout origin): the focused one first, then partners by tie weight. (Zoomed in, all fit; zoomed out, the
   * panel and the announcement name the rest.)
   */
  #unclutteredLabels(focus: number, partners: readonly Neighbour[]): { index: number; box: ScreenBox }[] {
    const layout = this.view!.layout;
    const { k } = this.#transform;
    const scale = Math.max(1, 1 / k);
    const ties = this.view!.network.ties;
    const order = [focus, ...[...partners].sort((a, b) => ties[b.tie]!.weight - ties[a.tie]!.weight).map((p) => p.node)];
    const shown: { index: number; box: ScreenBox }[] = [];
    for (const index of order) {
      const n = layout.nodes[index]!;
      // The label's box on screen: as wide as the node's box, its lines 13 px apart.
      const x = n.x * k;
      const y = (n.y + n.radius) * k;
      const half = (n.box.width * scale * k) / 2;
      const box = { x0: x - half, x1: x + half, y0: y, y1: y + (3 + n.lines.length * 13) * scale * k };
      if (shown.some(({ box: p }) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1)) continue;
      shown.push({ index, box });
    }
    return shown;
  }

  #renderPanel() {
    const t = this.uiStrings.network;
    const view = this.view!;
    // Selected, else hovered, else the actor the keyboard is on.
    const focus =
      this.selected !== undefined
        ? this.#index.get(this.selected)
        : this.hovered >= 0
          ? this.hovered
          : this.keyboardFocus && this.active >= 0
            ? this.active
            : undefined;
    if (focus === undefined) {
      const brokers = view.metrics.brokers.map((id) => this.#index.get(id)!).filter((i) => this.#visibility?.nodes[i]);
      return html`<section class="panel" part="panel" aria-label=${t.brokers}>
        <h3>${t.brokers}</h3>
        ${
          brokers.length
            ? html`<ul>
                ${brokers
                  .slice(0, 15)
                  .map((i) => html`<li><button class="link-button" @click=${() => this.#moveTo(i)}>${this.#label(i)}</button></li>`)}
              </ul>`
            : html`<p class="meta">–</p>`
        }
        ${view.metrics.betweennessExact ? nothing : html`<p class="meta">${t.estimated}</p>`}
        ${view.metrics.isolates.length ? html`<p class="meta">${t.isolates(view.metrics.isolates.length)}</p>` : nothing}
      </section>`;
    }
    const node = view.network.nodes[focus]!;
    const partners = this.#visibleNeighbours(focus).sort((a, b) => view.network.ties[b.tie]!.weight - view.network.ties[a.tie]!.weight);
    const related = node.kind === 'initiative' ? node.members : node.initiatives;
    return html`<section class="panel" part="panel" aria-label=${node.label}>
      <h3>${node.label}</h3>
      <p class="meta">${this.#where(focus)}${this.#isBroker[focus] ? ` · ${t.broker}` : ''}</p>
      ${this.selected !== undefined ? html`<button @click=${() => this.#select(null)}>${t.showAll}</button>` : nothing}
      <h4>${node.kind === 'initiative' ? t.members : t.initiatives} (${related.length})</h4>
      ${
        related.length
          ? html`<ul>
              ${related.map((id) => html`<li>${this.#elementLabel(id)}</li>`)}
            </ul>`
          : html`<p class="meta">–</p>`
      }
      <h4>${t.partners} (${partners.length})</h4>
      ${
        partners.length
          ? html`<ul class="partners">
              ${partners.map(
                ({ node: j, tie }) =>
                  html`<li>
                    <button class="link-button" @click=${() => this.#moveTo(j, focus)}>${this.#label(j)}</button>
                    <span class="meta">${this.describeTie(tie, focus).split(': ').slice(1).join(': ')}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="meta">${t.noTies}</p>`
      }
      <h4>${t.topics}</h4>
      <p>${node.topics.length ? node.topics.join(', ') : '–'}</p>
    </section>`;
  }

  #renderFilters() {
    const t = this.uiStrings.network;
    const view = this.view!;
    const model = this.model!;
    const levelIds = view.layout.bands.map((b) => b.id ?? '');
    const levelName = (id: string) => (id === '' ? t.noLevel : (model.views.network.levels.find((l) => l.id === id)?.label ?? id));
    const sectorIds = [
      ...new Set([
        ...model.views.network.sectors.map((s) => s.id),
        ...(view.network.nodes.some((n) => n.kind === 'actor' && sectorKey(n.sector) === 'other') ? ['other'] : []),
      ]),
    ];
    const sectorName = (id: string) =>
      id === 'other' ? t.otherSector : (model.views.network.sectors.find((s) => s.id === id)?.label ?? id);
    const toggle = (all: readonly string[], current: readonly string[] | undefined, id: string, on: boolean) => {
      const next = new Set(current ?? all);
      if (on) next.add(id);
      else next.delete(id);
      return next.size === all.length ? undefined : all.filter((x) => next.has(x));
    };
    const topics = [...new Set(view.network.ties.flatMap((tie) => tie.topics))].sort((a, b) => a.localeCompare(b, this.uiLanguage));
    const initiatives = model.elements
      .filter((e) => e.kind === 'initiative')
      .sort((a, b) => a.label.localeCompare(b.label, this.uiLanguage));
    const controls = html`<div class="filters" part="filters">
      <fieldset>
        <legend>${t.levels}</legend>
        ${levelIds.map(
          (id) =>
            html`<label
              ><input
                type="checkbox"
                data-level=${id}
                .checked=${this.levels === undefined || this.levels.includes(id)}
                @change=${(e: Event) => (this.levels = toggle(levelIds, this.levels, id, (e.target as HTMLInputElement).checked))}
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
                .checked=${this.sectors === undefined || this.sectors.includes(id)}
                @change=${(e: Event) => (this.sectors = toggle(sectorIds, this.sectors, id, (e.target as HTMLInputElement).checked))}
              />${this.#legendSymbol(id as SectorColorKey)}${sectorName(id)}</label
            >`,
        )}
      </fieldset>
      <label class="field"
        >${t.topic}
        <select data-filter="topic" @change=${(e: Event) => (this.topic = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.topic}>${t.all}</option>
          ${topics.map((topic) => html`<option value=${topic} ?selected=${this.topic === topic}>${topic}</option>`)}
        </select></label
      >
      <label class="field"
        >${t.initiative}
        <select data-filter="initiative" @change=${(e: Event) => (this.initiative = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.initiative}>${t.all}</option>
          ${initiatives.map((i) => html`<option value=${i.id} ?selected=${this.initiative === i.id}>${i.label}</option>`)}
        </select></label
      >
      <p class="status" role="status">${t.visible(this.#visibility?.visibleNodeCount ?? 0, view.network.nodes.length)}</p>
    </div>`;
    // In a narrow view the filters fold away behind one line, so the drawing is in sight without scrolling far.
    if (!this.#narrow) return controls;
    const active = [this.levels, this.sectors, this.topic, this.initiative].filter((f) => f !== undefined).length;
    return html`<details class="filters-disclosure">
      <summary>
        ${t.filters}${active ? ` (${active})` : ''}:
        ${t.visible(this.#visibility?.visibleNodeCount ?? 0, view.network.nodes.length).toLocaleLowerCase(this.uiLanguage)}
      </summary>
      ${controls}
    </details>`;
  }

  get #narrow(): boolean {
    return this.hostWidth > 0 && this.hostWidth < NETWORK_NARROW_WIDTH;
  }

  #legendSymbol(sector: SectorColorKey | 'initiative') {
    return html`<svg class="legend-symbol" width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
      ${
        sector === 'initiative'
          ? svg`<circle class="initiative-ring" r="5"></circle>`
          : svg`<path class="symbol" d=${symbolPathData(sector, 0, 0, 6)} style=${`fill: var(--_sector-${sector})`}></path>`
      }
    </svg>`;
  }

  #renderLegend() {
    const t = this.uiStrings.network;
    return html`<ul class="legend" part="legend" aria-label=${t.legend}>
      ${
        this.view!.network.nodes.some((n) => n.kind === 'initiative')
          ? html`<li>${this.#legendSymbol('initiative')} ${t.legendInitiative}</li>`
          : nothing
      }
      <li>
        <svg class="legend-symbol" width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
          <circle r="5" style="fill: var(--_text-subtle)"></circle>
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

  #renderTextAlternative() {
    const t = this.uiStrings.network;
    const summary = html`<summary>${t.textAlternative}</summary>`;
    const onToggle = (event: Event) => (this.textAlternativeOpen = (event.target as HTMLDetailsElement).open);
    // Built when opened: thousands of rows should not be paid for up front.
    if (!this.textAlternativeOpen)
      return html`<details class="text-alternative" part="text-alternative" @toggle=${onToggle}>${summary}</details>`;
    const view = this.view!;
    const shown = view.network.nodes
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => this.#visibility?.nodes[i])
      .sort((a, b) => a.n.label.localeCompare(b.n.label, this.uiLanguage));
    const ties = view.network.ties.map((tie, i) => ({ tie, i })).filter(({ i }) => this.#visibility?.ties[i]);
    return html`<details class="text-alternative" part="text-alternative" open @toggle=${onToggle}>
      ${summary}
      <table class="actors">
        <caption>
          ${t.actorsTable} (${shown.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.name}</th>
            <th scope="col">${t.level}, ${t.sector.toLocaleLowerCase(this.uiLanguage)}</th>
            <th scope="col">${t.partners}</th>
            <th scope="col">${t.initiatives}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(({ n, i }) => {
            const partners = this.#visibleNeighbours(i).map((p) => this.#label(p.node));
            const related = n.kind === 'initiative' ? n.members : n.initiatives;
            return html`<tr data-id=${n.id}>
              <th scope="row">${n.label}${this.#isBroker[i] ? ` (${t.broker.toLocaleLowerCase(this.uiLanguage)})` : ''}</th>
              <td>${this.#where(i)}</td>
              <td>${partners.length}: ${partners.join(', ')}</td>
              <td>${related.map((id) => this.#elementLabel(id)).join(', ')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <table class="ties">
        <caption>
          ${t.tiesTable} (${ties.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.tiesTable}</th>
            <th scope="col">${t.weight}</th>
          </tr>
        </thead>
        <tbody>
          ${ties.map(
            ({ tie, i }) =>
              html`<tr>
                <td>${this.describeTie(i)}</td>
                <td>${tie.weight}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  protected override render() {
    const t = this.uiStrings;
    const n = t.network;
    const problems = renderProblemSummary(this.problems, t, this.uiLanguage);
    if (!this.model)
      return html`${problems}
        <p class="status" role="status">${this.loading ? t.loading : t.noDocument}</p>`;
    if (!this.view)
      return html`${problems}
        <p class="status" role="status">${n.laying}</p>`;
    const view = this.view;
    const matches = this.#matches();
    const actors = view.network.nodes.filter((node) => node.kind === 'actor').length;
    const narrow = this.#narrow;
    const { x, y, k } = this.#transform;
    return html`
      ${problems}
      <div class="toolbar" part="toolbar">
        <label class="field"
          >${n.search}
          <input
            type="search"
            .value=${this.searchText}
            placeholder=${n.searchHint}
            @input=${(e: Event) => (this.searchText = (e.target as HTMLInputElement).value)}
            @keydown=${this.#onSearchKeydown}
        /></label>
        ${matches ? html`<span class="status" role="status">${n.matches(matches.length)}</span>` : nothing}
        <label class="field"
          >${n.mode}
          <select data-control="mode" @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as NetworkMode)}>
            ${NETWORK_MODES.map((mode) => html`<option value=${mode} ?selected=${this.mode === mode}>${n.modes[mode]}</option>`)}
          </select></label
        >
        <button @click=${() => this.zoomBy(1.25)} aria-label=${n.zoomIn}>+</button>
        <button @click=${() => this.zoomBy(0.8)} aria-label=${n.zoomOut}>−</button>
        <button @click=${() => this.fitToView()}>${n.fit}</button>
        <button @click=${() => this.downloadSvg()}>${n.exportSvg}</button>
      </div>
      ${this.#renderFilters()}
      <div class=${narrow ? 'layout narrow' : 'layout'}>
        <div class="stage" part="diagram">
          <canvas aria-hidden="true"></canvas>
          <svg
            class=${this.hovered >= 0 ? 'overlay hovering' : 'overlay'}
            role="group"
            aria-roledescription=${n.roleDescription}
            aria-label=${n.diagramLabel(actors, view.network.nodes.length - actors, view.network.ties.length)}
            aria-describedby="keyboard-help"
            @keydown=${this.#onNodeKeydown}
            @pointermove=${this.#onPointerMove}
            @pointerleave=${this.#onPointerLeave}
            @click=${this.#onClick}
          >
            <g class="viewport" transform=${`translate(${x},${y}) scale(${k})`}>${this.#renderOverlay()}</g>
          </svg>
        </div>
        ${this.#renderPanel()}
      </div>
      <p class="help" id="keyboard-help">${n.keyboardHelp}</p>
      ${this.#renderLegend()} ${this.#renderTextAlternative()}
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    `;
  }

  // ——— Export ———

  protected override get exportSource() {
    const view = this.view;
    if (!view || !this.#visibility) return undefined;
    this.#paint ??= this.#resolvePaint();
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(
      renderNetworkSvg(view.layout, {
        ...this.#marks(this.#visibility),
        sectorFill: this.#paint.sectors,
      }),
      element,
    );
    return { svg: element, css: networkSvgStyles.cssText, width: view.layout.width, height: view.layout.height, name: 'actor-network' };
  }
}
