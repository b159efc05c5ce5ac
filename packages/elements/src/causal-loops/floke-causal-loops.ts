import {
  causalGraphOf,
  placeLoopMarker,
  sortLoopsByCode,
  type CausalLoopDiagram,
  type CausalLoopDiagramInput,
  type CldLink,
  type CldLoopMarker,
  type CldNode,
  type Loop,
} from '@floke/core';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { FlokeElement } from '../base/floke-element.js';
import { renderProblemSummary } from '../base/problem-summary.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { handleViewKey, handleZoomKey } from '../base/view-keys.js';
import { joinDrawnLines } from '../base/export-image.js';
import { computeDiagram } from './diagram-client.js';
import { causalLoopsStyles, diagramStyles } from './floke-causal-loops.styles.js';
import { renderDiagram } from './render-diagram.js';

/** Ways to arrange the factors; see `layoutCausalLoops`. */
export const CLD_ARRANGEMENTS = ['auto', 'force', 'circle'] as const;
export type CldArrangement = (typeof CLD_ARRANGEMENTS)[number];

/**
 * Loops the view looks for by default: far more than anyone reads, few enough to hand over from the Worker and
 * list quickly. `findLoops` itself defaults to 10,000; raise `loop-limit` to search further.
 */
export const VIEW_LOOP_LIMIT = 2000;

/** Loops listed in the panel at most; the text alternative and search still cover every factor. */
const PANEL_LIMIT = 300;

/**
 * A causal-loop diagram of the document's `causes` relations: factors, signed links, delays, and every
 * reinforcing (R) and balancing (B) loop found automatically, with a loop panel, keyboard navigation and a
 * text alternative.
 *
 * @tagname floke-causal-loops
 * @summary Causal-loop diagram with automatic loop finding.
 *
 * @csspart diagram - The SVG drawing.
 * @csspart node - A factor (a `g` with a box and its label).
 * @csspart label - A factor's label text.
 * @csspart link - A causal link (curve, arrowhead, polarity glyph, delay mark).
 * @csspart polarity - The `+`/`−` glyph of a link.
 * @csspart loop-marker - The R/B marker of a loop.
 * @csspart legend - The legend.
 * @csspart loop-panel - The list of loops.
 * @csspart toolbar - Search, zoom and export controls.
 * @csspart text-alternative - The diagram as text.
 *
 * @cssproperty [--floke-cld-height=36rem] - Height of the drawing.
 */
export class FlokeCausalLoops extends FlokeElement {
  static override styles = [themeStyles, problemSummaryStyles, controlStyles, diagramStyles, causalLoopsStyles];

  /** The highlighted loop: its id, or its code (`R1`, `B2`). */
  @property({ reflect: true }) loop?: string;

  /** Stop looking for loops after this many. */
  @property({ type: Number, attribute: 'loop-limit' }) loopLimit = VIEW_LOOP_LIMIT;

  /** Only find loops of at most this many links. */
  @property({ type: Number, attribute: 'max-loop-length' }) maxLoopLength?: number;

  /** How to arrange the factors: `auto`, `force` or `circle`. */
  @property() arrangement: CldArrangement = 'auto';

  /** Lay out on the main thread instead of in a Worker. */
  @property({ type: Boolean, attribute: 'no-worker' }) noWorker = false;

  @state() protected diagram?: CausalLoopDiagram;
  /** Loop highlighted by hovering or focusing it in the panel or with the L key. */
  @state() protected hoverLoop?: string;
  /** The active factor: arrow keys move among its neighbours. */
  @state() protected origin?: string;
  /** The factor that holds the roving tabindex. */
  @state() protected tabStop?: string;
  @state() protected searchText = '';
  @state() protected announcement = '';

  @query('svg.diagram') private svgElement?: SVGSVGElement;
  @query('g.viewport') private viewport?: SVGGElement;
  @query('input[type="search"]') private searchInput?: HTMLInputElement;

  #request = 0;
  #zoom?: ZoomBehavior<SVGSVGElement, unknown>;
  #zoomTarget?: SVGSVGElement;
  #neighbourCursor = -1;
  #loopCursor = -1;
  #codes = new Map<string, string>();
  #loopsById = new Map<string, Loop>();
  #nodes = new Map<string, CldNode>();
  #labels = new Map<string, string>();
  // Derived once per diagram: rendering reads them for every factor on every update.
  #sortedLoops: Loop[] = [];
  #loopsByFactor = new Map<string, Loop[]>();
  #degree = new Map<string, { out: number; into: number }>();
  @state() protected textAlternativeOpen = false;
  /** The panels follow the drawing one task later, so no single task blocks the page for long. */
  @state() protected panelsReady = false;

  protected override get drawn(): boolean {
    return this.diagram !== undefined && this.panelsReady;
  }

  /** Every loop found, in code order (R1 …, then B1 …). */
  get loops(): readonly Loop[] {
    return this.#sortedLoops;
  }

  /** The code (R1, B2 …) of a loop. */
  codeOf(loopId: string): string | undefined {
    return this.#codes.get(loopId);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('model') || changed.has('loopLimit') || changed.has('maxLoopLength') || changed.has('arrangement')) {
      void this.#relayout();
    }
    if (changed.has('diagram') && this.diagram) {
      this.panelsReady = false;
      setTimeout(() => (this.panelsReady = true));
      this.#codes = new Map(this.diagram.codes);
      this.#loopsById = new Map(this.diagram.loops.map((loop) => [loop.id, loop]));
      this.#nodes = new Map(this.diagram.layout.nodes.map((node) => [node.id, node]));
      this.#sortedLoops = sortLoopsByCode(this.diagram.loops, this.#codes);
      this.#loopsByFactor = new Map();
      for (const loop of this.#sortedLoops) {
        for (const member of loop.members) {
          const list = this.#loopsByFactor.get(member);
          if (list) list.push(loop);
          else this.#loopsByFactor.set(member, [loop]);
        }
      }
      this.#degree = new Map(this.diagram.layout.nodes.map((node) => [node.id, { out: 0, into: 0 }]));
      for (const link of this.diagram.layout.links) {
        this.#degree.get(link.from)!.out++;
        this.#degree.get(link.to)!.into++;
      }
      if (!this.tabStop || !this.#nodes.has(this.tabStop)) this.tabStop = this.diagram.layout.nodes[0]?.id;
    }
  }

  async #relayout(): Promise<void> {
    const model = this.model;
    const request = ++this.#request;
    if (!model) {
      this.diagram = undefined;
      return;
    }
    const graph = causalGraphOf(model);
    const factorIds = new Set(graph.nodes);
    this.#labels = new Map(model.elements.filter((e) => factorIds.has(e.id)).map((e) => [e.id, e.label]));
    const input: CausalLoopDiagramInput = {
      graph,
      labels: [...this.#labels],
      positions: model.elements
        .filter((e) => factorIds.has(e.id) && e.position)
        .map((e) => [e.id, { x: e.position!.x, y: e.position!.y }] as const),
      named: model.views.loops.named.map((loop) => ({ members: [...loop.members], label: loop.label })),
      limit: this.loopLimit,
      ...(this.maxLoopLength ? { maxLength: this.maxLoopLength } : {}),
      arrangement: this.arrangement,
    };
    const diagram = await computeDiagram(input, { useWorker: !this.noWorker });
    if (request === this.#request) this.diagram = diagram;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.svgElement && this.#zoomTarget !== this.svgElement) this.#setUpZoom(this.svgElement);
  }

  #setUpZoom(target: SVGSVGElement): void {
    this.#zoomTarget = target;
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.25, 8])
      .filter((event: Event) => !(event.type === 'dblclick'))
      .on('zoom', (event: { transform: { toString(): string } }) => this.viewport?.setAttribute('transform', event.transform.toString()));
    select(target).call(this.#zoom);
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    if (this.svgElement && this.#zoom) select(this.svgElement).call(this.#zoom.scaleBy, factor);
  }

  /** Shows the whole diagram. */
  fitToView(): void {
    if (this.svgElement && this.#zoom) select(this.svgElement).call(this.#zoom.transform, zoomIdentity);
  }

  // ——— Highlight, selection, search ———

  /** The loop to highlight: hovered/focused first, else the `loop` attribute. */
  get highlightedLoop(): Loop | undefined {
    const key = this.hoverLoop ?? this.loop;
    if (!key) return undefined;
    return this.#loopsById.get(key) ?? this.diagram?.loops.find((loop) => this.#codes.get(loop.id) === key);
  }

  #matches(): Set<string> | undefined {
    const text = this.searchText.trim().toLocaleLowerCase();
    if (!text || !this.diagram) return undefined;
    return new Set(this.diagram.layout.nodes.filter((n) => n.label.toLocaleLowerCase().includes(text)).map((n) => n.id));
  }

  #loopTitle(loop: Loop): string {
    const code = this.#codes.get(loop.id) ?? loop.polarity;
    if (!loop.name) return code;
    return loop.name.startsWith(code) ? loop.name : `${code} ${loop.name}`;
  }

  #loopPath(loop: Loop): string {
    const names = loop.members.map((id) => this.#labels.get(id) ?? id);
    return [...names, names[0]].join(' → ');
  }

  /** "R2 Siloen låser seg: … (forsterkende)". */
  describeLoop(loop: Loop): string {
    return this.uiStrings.cld.loopSentence(this.#loopTitle(loop), this.#loopPath(loop), loop.polarity, loop.hasDelay);
  }

  /** "Mer frafall øker utenforskap, med forsinkelse". */
  describeLink(link: { from: string; to: string; polarity: '+' | '-'; delay: boolean }): string {
    return this.uiStrings.cld.linkSentence(
      this.#labels.get(link.from) ?? link.from,
      this.#labels.get(link.to) ?? link.to,
      link.polarity,
      link.delay,
    );
  }

  #neighbours(id: string): string[] {
    const links = this.diagram?.layout.links ?? [];
    const out = links.filter((l) => l.from === id && l.to !== id).map((l) => l.to);
    const into = links.filter((l) => l.to === id && l.from !== id).map((l) => l.from);
    return [...new Set([...out, ...into])];
  }

  #loopsThrough(id: string): readonly Loop[] {
    return this.#loopsByFactor.get(id) ?? [];
  }

  #focusNode(id: string): void {
    this.tabStop = id;
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`);
      target?.focus();
    });
  }

  override focusElement(id: string): void {
    if (this.#nodes.has(id)) this.#focusNode(id);
  }

  #selectFactor(id: string | null): void {
    this.origin = id ?? undefined;
    this.#neighbourCursor = -1;
    this.#loopCursor = -1;
    this.selectElement(id);
  }

  #onNodeKeydown(event: KeyboardEvent): void {
    const node = (event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('node')) as SVGGElement | undefined)
      ?.dataset.id;
    if (!node) return;
    const t = this.uiStrings.cld;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp': {
        event.preventDefault();
        const origin = this.origin ?? node;
        if (!this.origin) this.origin = origin;
        const neighbours = this.#neighbours(origin);
        if (neighbours.length === 0) return;
        const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
        this.#neighbourCursor = (this.#neighbourCursor + step + neighbours.length) % neighbours.length;
        const next = neighbours[this.#neighbourCursor]!;
        const link = this.diagram!.layout.links.find((l) => (l.from === origin && l.to === next) || (l.from === next && l.to === origin))!;
        this.announcement = this.describeLink(link);
        this.#focusNode(next);
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#selectFactor(node);
        this.announcement = this.#nodeLabel(this.#nodes.get(node)!);
        break;
      case 'l':
      case 'L': {
        event.preventDefault();
        const loops = this.#loopsThrough(node);
        if (loops.length === 0) {
          this.announcement = t.noLoops;
          return;
        }
        this.#loopCursor = (this.#loopCursor + (event.shiftKey ? -1 : 1) + loops.length) % loops.length;
        const loop = loops[this.#loopCursor]!;
        this.hoverLoop = loop.id;
        this.announcement = this.describeLoop(loop);
        break;
      }
      default:
        if (!handleZoomKey(event, this)) handleViewKey(event, this, this.searchInput);
    }
  }

  /** Clears highlight, selection and search (what Esc does). */
  clear(): void {
    const hadSelection = this.selected !== undefined;
    this.hoverLoop = undefined;
    this.loop = undefined;
    this.searchText = '';
    this.origin = undefined;
    this.#neighbourCursor = -1;
    this.#loopCursor = -1;
    if (hadSelection) this.#selectFactor(null);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      const first = [...(this.#matches() ?? [])][0];
      if (first) {
        event.preventDefault();
        this.origin = first;
        this.#focusNode(first);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      this.searchText = '';
      if (this.tabStop) this.#focusNode(this.tabStop);
    }
  }

  // ——— Rendering ———

  #nodeLabel(node: CldNode): string {
    // Starts with the label exactly as drawn (label in name, WCAG 2.5.3), hyphenated breaks included.
    const drawnLabel = joinDrawnLines(node.lines);
    const degree = this.#degree.get(node.id) ?? { out: 0, into: 0 };
    return this.uiStrings.cld.factorLabel(drawnLabel, degree.out, degree.into, this.#loopsThrough(node.id).length);
  }

  #extraMarker(loop: Loop | undefined): CldLoopMarker | undefined {
    if (!loop || !this.diagram || this.diagram.layout.markers.some((m) => m.loopId === loop.id)) return undefined;
    const { nodes, links, markers } = this.diagram.layout;
    const obstacles = [
      ...nodes,
      ...links.map((l) => ({ x: l.glyph.x, y: l.glyph.y, width: 18, height: 18 })),
      ...markers.map((m) => ({ x: m.x, y: m.y, width: 2 * m.radius, height: 2 * m.radius })),
    ];
    return placeLoopMarker(loop, this.#nodes, obstacles);
  }

  #renderLegend() {
    const t = this.uiStrings.cld;
    const sample = (dashed: boolean, glyph: string) => svg`
      <svg width="46" height="20" aria-hidden="true">
        <line x1="2" y1="10" x2="36" y2="10" class="link-line" stroke-dasharray=${dashed ? '7 4' : 'none'}></line>
        <g class="glyph" transform="translate(36,10)"><circle r="8"></circle><text dy="0.35em" text-anchor="middle">${glyph}</text></g>
      </svg>`;
    return html`
      <ul class="legend" part="legend" aria-label=${t.legend}>
        <li>${sample(false, '+')}${t.legendPositive}</li>
        <li>${sample(true, '−')}${t.legendNegative}</li>
        <li>
          <svg width="20" height="20" aria-hidden="true">
            <g class="delay" transform="translate(10,10)">
              <line x1="-3" y1="-8" x2="-3" y2="8"></line>
              <line x1="3" y1="-8" x2="3" y2="8"></line>
            </g>
          </svg>
          ${t.legendDelay}
        </li>
        <li><strong>R</strong> ${t.legendReinforcing}</li>
        <li><strong>B</strong> ${t.legendBalancing}</li>
      </ul>
    `;
  }

  #renderLoopPanel() {
    const t = this.uiStrings.cld;
    const focus = this.selected && this.#nodes.has(this.selected) ? this.selected : undefined;
    const loops = focus ? this.#loopsThrough(focus) : this.loops;
    const heading = focus ? t.loopsThrough(this.#labels.get(focus) ?? focus, loops.length) : t.loopsHeading(loops.length);
    const highlighted = this.highlightedLoop?.id;
    return html`
      <section class="panel" part="loop-panel" aria-label=${heading}>
        <p class="panel-heading">${heading}</p>
        ${focus ? html`<p><button @click=${() => this.#selectFactor(null)}>${t.showAllLoops}</button></p>` : nothing}
        ${this.diagram && !this.diagram.complete ? html`<p class="status">${t.incomplete(this.diagram.limit)}</p>` : nothing}
        ${loops.length === 0 ? html`<p>${t.noLoops}</p>` : nothing}
        <ul class="loops">
          ${loops.slice(0, PANEL_LIMIT).map(
            (loop) => html`
              <li>
                <button
                  class="loop-button"
                  data-loop-id=${loop.id}
                  aria-pressed=${this.loop === loop.id || this.loop === this.#codes.get(loop.id) ? 'true' : 'false'}
                  aria-current=${highlighted === loop.id ? 'true' : nothing}
                  @mouseenter=${() => (this.hoverLoop = loop.id)}
                  @mouseleave=${() => (this.hoverLoop = undefined)}
                  @focus=${() => (this.hoverLoop = loop.id)}
                  @blur=${() => (this.hoverLoop = undefined)}
                  @click=${() => (this.loop = this.loop === loop.id ? undefined : loop.id)}
                >
                  <span class="loop-code">${this.#codes.get(loop.id)}</span>
                  ${loop.name && !loop.name.startsWith(this.#codes.get(loop.id) ?? '\u0000') ? loop.name : (loop.name?.replace(/^[RB]\d+\s*/, '') ?? '')}
                  (${loop.polarity === 'R' ? t.reinforcing : t.balancing}${loop.hasDelay ? `, ${t.withDelay}` : ''})
                  <span class="loop-path">${this.#loopPath(loop)}</span>
                </button>
              </li>
            `,
          )}
        </ul>
      </section>
    `;
  }

  #renderTextAlternative() {
    const t = this.uiStrings.cld;
    const summary = html`<summary>${t.textAlternative}</summary>`;
    const onToggle = (event: Event) => (this.textAlternativeOpen = (event.target as HTMLDetailsElement).open);
    // Its content is built when opened: a diagram with thousands of loops should not pay for it up front.
    if (!this.textAlternativeOpen) {
      return html`<details class="text-alternative" part="text-alternative" @toggle=${onToggle}>${summary}</details>`;
    }
    const layout = this.diagram!.layout;
    const byLabel = [...layout.nodes].sort((a, b) => a.label.localeCompare(b.label, this.uiLanguage));
    return html`
      <details class="text-alternative" part="text-alternative" open @toggle=${onToggle}>
        ${summary}
        <h3>${t.factorsHeading}</h3>
        <ul class="factor-list">
          ${byLabel.map((node) => {
            const out = layout.links.filter((l) => l.from === node.id);
            return html`<li data-id=${node.id}>
              <strong>${node.label}</strong>
              ${
                out.length
                  ? html`<ul>
                      ${out.map((l) => html`<li data-link-id=${l.id}>${this.describeLink(l)}</li>`)}
                    </ul>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
        <h3>${t.loopsHeadingPlain}</h3>
        ${this.diagram && !this.diagram.complete ? html`<p class="status">${t.incomplete(this.diagram.limit)}</p>` : nothing}
        <ol class="loop-list">
          ${this.loops.map((loop) => html`<li data-loop-id=${loop.id}>${this.describeLoop(loop)}</li>`)}
        </ol>
      </details>
    `;
  }

  protected override render() {
    const t = this.uiStrings;
    const problems = renderProblemSummary(this.problems, t, this.uiLanguage);
    if (!this.model)
      return html`${problems}
        <p class="status" role="status">${this.loading ? t.loading : t.noDocument}</p>`;
    if (!this.diagram)
      return html`${problems}
        <p class="status" role="status">${t.cld.laying}</p>`;
    const { layout } = this.diagram;
    const loop = this.highlightedLoop;
    const highlight = loop ? { loopId: loop.id, members: new Set(loop.members), links: new Set(loop.links) } : undefined;
    const matches = this.#matches();
    const diagramState = {
      ...(highlight ? { highlight } : {}),
      ...(matches ? { matches } : {}),
      selected: this.selected,
      tabStop: this.tabStop,
      codes: this.#codes,
      extraMarker: this.#extraMarker(loop),
      nodeLabel: (node: CldNode) => this.#nodeLabel(node),
      linkLabel: (link: CldLink) => this.describeLink(link),
      markerLabel: (marker: CldLoopMarker) => this.describeLoop(this.#loopsById.get(marker.loopId)!),
    };
    return html`
      ${problems}
      <div class="toolbar" part="toolbar">
        <label>
          ${t.cld.search}
          <input
            type="search"
            .value=${this.searchText}
            placeholder=${t.cld.searchHint}
            @input=${(e: Event) => (this.searchText = (e.target as HTMLInputElement).value)}
            @keydown=${this.#onSearchKeydown}
          />
        </label>
        ${matches ? html`<span class="status" role="status">${t.cld.matches(matches.size)}</span>` : nothing}
        <button @click=${() => this.zoomBy(1.25)} aria-label=${t.cld.zoomIn}>+</button>
        <button @click=${() => this.zoomBy(0.8)} aria-label=${t.cld.zoomOut}>−</button>
        <button @click=${() => this.fitToView()}>${t.cld.fit}</button>
        <button @click=${() => this.downloadSvg()}>${t.cld.exportSvg}</button>
      </div>
      <div class="layout">
        <div class="stage">
          <svg
            class="diagram"
            part="diagram"
            viewBox=${`0 0 ${layout.width} ${layout.height}`}
            style=${`aspect-ratio: ${layout.width} / ${layout.height}`}
            role="group"
            aria-roledescription=${t.cld.roleDescription}
            aria-label=${t.cld.diagramLabel(layout.nodes.length, layout.links.length, this.diagram.loops.length)}
            aria-describedby="keyboard-help"
            @keydown=${this.#onNodeKeydown}
            @click=${this.#onDiagramClick}
          >
            <g class="viewport">${renderDiagram(layout, diagramState)}</g>
          </svg>
        </div>
        ${this.panelsReady ? this.#renderLoopPanel() : nothing}
      </div>
      <p class="help" id="keyboard-help">${t.cld.keyboardHelp}</p>
      ${layout.unresolvedLinks.length ? html`<p class="status">${t.cld.unresolved(layout.unresolvedLinks.length)}</p>` : nothing}
      ${this.panelsReady ? html`${this.#renderLegend()} ${this.#renderTextAlternative()}` : nothing}
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    `;
  }

  #onDiagramClick(event: MouseEvent): void {
    const node = (event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('node')) as SVGGElement | undefined)
      ?.dataset.id;
    if (node) {
      this.tabStop = node;
      this.#selectFactor(this.selected === node ? null : node);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onHostKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onHostKeydown);
  }

  #onHostKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const inSearch = event.composedPath().includes(this.searchInput as EventTarget);
    if (!inSearch) handleViewKey(event, this, this.searchInput);
  };

  // ——— Export ———

  protected override get exportSource() {
    if (!this.svgElement || !this.diagram) return undefined;
    return {
      svg: this.svgElement,
      css: diagramStyles.cssText,
      width: this.diagram.layout.width,
      height: this.diagram.layout.height,
      name: 'causal-loops',
    };
  }
}
