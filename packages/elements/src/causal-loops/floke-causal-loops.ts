import { lazyChunk, type LazyChunk } from '../base/lazy-chunk.js';
import type { WorkshopKit } from './workshop-kit.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import {
  causalLoopDiagramInput,
  loopsGhosts,
  type Ghost,
  placeExtraLoopMarker,
  type CldLink,
  type CldLoopMarker,
  type CldNode,
  type LinkEvidence,
  type Loop,
  type NormalizedDocument,
  type Problem,
  type TextStyle,
  type UiLanguage,
  type WhereToAct,
} from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { controlStyles } from '../base/controls.styles.js';
import { dataMarker } from '../base/data-lang.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { compareStyles, viewFrameStyles } from '../base/view-frame.styles.js';
import { ViewLayoutController } from '../controllers/view-layout.js';
import { ZOOM_STEP, ZoomPanController, zoomChunk, type ViewTransform } from '../controllers/zoom-pan.js';
import { computeDiagram } from './diagram-client.js';
import { causalLoopsStyles, diagramStyles } from './floke-causal-loops.styles.js';
import { renderWhereToAct } from './act-templates.js';
import { LoopIndex } from './loop-index.js';
import { FactorFocusController } from './factor-focus.js';
import { focusOf, loopBox, nodesBox, type FocusSet } from './loop-focus.js';
import { loopPanelStyles } from './loop-panel.styles.js';
import { cycle, renderLoopStepper, stepLoop } from './loop-stepper.js';
import type { LoopTourView } from './loop-tour.js';
import { LoopTourController } from './loop-tour-controller.js';
import { PANEL_PAGE_SIZE, renderLoopLegend, renderLoopPanel, renderLoopTextAlternative } from './loop-templates.js';
import { LOOP_UI_STRINGS } from './loop-ui-strings.js';
import { LoopWords } from './loop-words.js';
import { renderDiagramStage } from './diagram-stage.js';
import { CausalLoopsProperties, type CldArrangement } from './causal-loops-properties.js';
import { fitTransform, openingTransform, type StageSize } from './opening-view.js';
import { workshopPanelStyles } from './workshop-panel.styles.js';
import { exportChunk } from '../base/export-chunk.js';
import { GhostsMemo } from '../base/ghosts-memo.js';
import { ghostIdOf } from '../base/ghost-mark.js';
import { withProgressWord } from '../base/progress-words.js';
import { NoteCounts } from './note-counts.js';
import { workshopMarkStyles } from './workshop-panel.styles.js';
import { workshopToolbarStyles } from '../base/workshop-toolbar.styles.js';

export { CLD_ARRANGEMENTS, VIEW_LOOP_LIMIT, type CldArrangement } from './causal-loops-properties.js';

/** Below this width (CSS px) the loop panel moves under the drawing. */
export const CLD_NARROW_WIDTH = 720;

/** Below this width (CSS px) each loop card draws its loop as a ring. */
export const CLD_RING_WIDTH = 560;

/** Workshop mode's code, loaded when a view first becomes `editable` (see `workshop-kit.ts`). */
const workshopChunk = lazyChunk(() => import('./workshop-kit.js'));
const workshopStrings = (lang: UiLanguage) => workshopChunk.loaded!.WORKSHOP_STRINGS[lang];

/** The view's drawing for `toSVG()`, a chunk loaded after the first draw (see `readyChunks`). */
const drawingChunk = lazyChunk(() => import('./loops-drawing.js'));

/**
 * A causal-loop diagram of the document's `causes` relations: factors, signed links, delays, and every
 * reinforcing (R) and balancing (B) loop found automatically, with a loop panel, keyboard navigation and a
 * text alternative.
 *
 * Keys: arrows cycle through the factors linked to the active one (each link is announced), Enter or Space selects
 * and makes a factor active, L (Shift+L backwards) cycles the loops through it, N (Shift+N backwards) steps through
 * all loops in the panel's order and centres each, + − 0 zoom, `/` searches, Esc clears the highlight and search,
 * then the selection. L then Enter tours the highlighted loop link by link from the focused factor (also the "Steg for
 * steg" button on each loop card, and `tour-step`); during a tour the arrow keys (PageUp/PageDown in the tour bar) step
 * along the loop and Esc ends the tour.
 *
 * Focus mode: a hovered, focused or selected factor's links and neighbours, or the highlighted loop (painted on top),
 * stay at full strength; the rest fades (`focus-mode` on the drawing, `faded` on marks). Loops are listed in reading
 * order (`rankLoops`) a page at a time; the stepper walks the same order. R and B differ by letter and hue.
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
 * @csspart loop-stepper - The previous/next loop buttons and the current loop.
 * @csspart loop-tour - The loop tour's bar: the step in words, previous/next link and end.
 * @csspart where-to-act - The "where to act" section: levers, then outcomes.
 * @csspart evidence-mark - The "?" badge of an inferred link.
 * @csspart text-alternative - The diagram as text.
 *
 * The drawing opens at 1:1 (labels at their designed size, never shrunk to fit) centred on the named loops; it is as
 * tall as the diagram up to `--floke-cld-height`, and pans and zooms from there ("Vis alt" shows everything).
 *
 * @cssproperty [--floke-cld-height=36rem] - Maximum height of the drawing; beyond it the reader pans.
 *
 * Workshop mode (`editable`): a panel under the toolbar adds, renames and removes factors, draws links and sets their
 * sign, delay, evidence and source, adds notes, undoes and redoes, and saves, opens and exports; keys on a factor: K
 * draws a link (arrows to the target, Enter, then + or −), F2 renames, Delete removes, Alt+arrows move; Ctrl/Cmd+Z
 * undoes, Shift+Ctrl/Cmd+Z redoes. A factor can also be dragged; a link is drawn by dragging from the handle of the
 * selected factor, or with Shift from any factor, to its target (mouse, pen or touch), then choosing + or −. Notes go
 * on the selected factor or one of its links; a mark with notes carries "✎ n". Factors added since the workshop began
 * carry "NY". Inside `<floke-explorer editable>` the view edits through the explorer's editor (`sharedEditor`).
 *
 * @fires {{document: FlokeDocument, patch: JsonPatch, edit: Edit | null, cause: string}} floke-change - Workshop mode
 * changed the document (bubbles, composed); `patch` is RFC 6902.
 * @csspart workshop - The workshop panel.
 * @csspart new-badge - The "new since the workshop began" tag on a factor.
 * @csspart note-badge - The "✎ n" note count on a factor or a link with notes (workshop mode).
 * @csspart link-handle - The handle a link is dragged from, on the selected factor (workshop mode).
 */
export class FlokeCausalLoops extends CausalLoopsProperties {
  static override styles = [
    themeStyles,
    problemSummaryStyles,
    controlStyles,
    viewFrameStyles,
    compareStyles,
    diagramStyles,
    causalLoopsStyles,
    loopPanelStyles,
    workshopToolbarStyles,
    workshopPanelStyles,
    workshopMarkStyles,
  ];
  static override narrowWidth = CLD_NARROW_WIDTH;

  protected readonly frameView = 'loops';

  protected readonly layoutController = new ViewLayoutController(this, {
    inputs: () =>
      this.model ? ([this.model, this.loopLimit, this.maxLoopLength, this.arrangement, this.textStyle.value] as const) : undefined,
    compute: (model: NormalizedDocument, limit: number, maxLength: number | undefined, arrangement: CldArrangement, textStyle: TextStyle) =>
      computeDiagram(
        {
          ...causalLoopDiagramInput(model, { limit, ...(maxLength ? { maxLength } : {}), arrangement, textStyle }),
          // Labels are measured in the view's font (on an OffscreenCanvas in the Worker), with the reader's spacing.
          font: getComputedStyle(this).getPropertyValue('--_font').trim() || 'sans-serif',
        },
        { useWorker: !this.noWorker },
      ),
    laidOut: (diagram) => {
      this.#index = new LoopIndex(diagram);
      this.roving.keepWithin(diagram.layout.nodes.map((n) => n.id));
      // The panels follow the drawing one task later, so no single task blocks the page for long.
      this.panelsReady = false;
      setTimeout(() => (this.panelsReady = true));
    },
  });

  /** d3-zoom loads with the first document (see `FlokeElement.documentChunks`). */
  protected override documentChunks(): readonly LazyChunk<unknown>[] {
    return this.editable ? [zoomChunk, workshopChunk] : [zoomChunk];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#makeWorkshop();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Becoming editable before a document is given also loads the workshop (its draft offer needs no drawing).
    if (this.editable && !workshopChunk.loaded)
      return workshopChunk.load().then(
        () => super.scheduleUpdate(),
        () => super.scheduleUpdate(),
      );
    return super.scheduleUpdate();
  }

  readonly #zoom = new ZoomPanController(this, {
    fit: (): ViewTransform => (this.layout && this.#stage ? fitTransform(this.layout.layout, this.#stage) : this.#zoom.transform),
    onZoom: ({ x, y, k }) => this.viewport?.setAttribute('transform', `translate(${x},${y}) scale(${k})`),
    // In workshop mode a press on a factor moves it or draws a link from it; it does not pan.
    ignore: (event) => this.editable && (event.type === 'mousedown' || event.type === 'touchstart') && this.#factorOf(event) !== undefined,
  });

  /** The document's problems, and `diagram-capped` when the diagram shows only the strongest part of the graph. */
  override get problems(): readonly Problem[] {
    const capped = this.layout?.problems ?? [];
    return capped.length ? [...super.problems, ...capped] : super.problems;
  }

  /** Loop highlighted by hovering or focusing it in the panel, or with the L key. */
  @state() protected hoverLoop?: string;
  /** The active factor: arrow keys move among its neighbours. */
  @state() protected origin?: string;
  @state() protected announcement = '';
  @state() protected textAlternativeOpen = false;
  @state() protected panelsReady = false;
  /** Page of the loop panel (from 0). */
  @state() protected panelPage = 0;

  @query('svg.diagram') private svgElement?: SVGSVGElement;

  /** Workshop mode's controllers, made once its chunk has loaded (the first time the view is `editable`). */
  #kit?: WorkshopKit;

  /**
   * Workshop mode's edits, undo and redo, draft and files (see `editable`): an enclosing explorer's, else the view's
   * own (undefined until the view is first editable: the workshop's code is a chunk of its own).
   */
  get editor(): DocumentEditor | undefined {
    return this.sharedEditor ?? this.#kit?.editor;
  }

  #makeWorkshop(): WorkshopKit | undefined {
    if (this.#kit || !this.editable || !workshopChunk.loaded) return this.#kit;
    this.#kit = workshopChunk.loaded.createWorkshop(this, {
      announce: (text) => (this.announcement = text),
      select: (id) => this.selectElement(id),
      nodes: () => this.layout?.layout.nodes ?? [],
      scale: () => this.#zoom.transform.k,
      renameField: () => this.renderRoot.querySelector<HTMLInputElement>('input.rename'),
      viewport: () => this.viewport,
      factorAt: (x, y) => (this.renderRoot as ShadowRoot).elementFromPoint(x, y)?.closest<SVGGElement>('g.node')?.dataset.id,
    });
    return this.#kit;
  }
  /** A drag just ended: the click that follows it is not a selection. */
  #dragged = false;
  @query('g.viewport') private viewport?: SVGGElement;

  #index?: LoopIndex;
  readonly #tours = new LoopTourController(this, {
    index: () => this.#index,
    words: () => this.#words,
    ui: () => this.#ui,
    named: () => this.model?.views.loops.named ?? [],
    onDrawing: () => this.svgElement?.contains(this.shadowRoot?.activeElement ?? null) ?? false,
    announce: (text) => (this.announcement = text),
    clearHover: () => (this.hoverLoop = undefined),
    centre: (part) => {
      const stage = this.#stage;
      if (!this.layout || !stage) return false;
      this.#zoom.centreOn(loopBox(this.layout.layout, part), stage);
      return true;
    },
  });
  /** The hovered and the keyboard-focused factor: focus mode shows their neighbourhood. */
  readonly #factorFocus = new FactorFocusController(this, (event) => this.#factorOf(event));
  /** The layout the view last opened on (see `openingTransform`), by size and focus: a new language keeps the pan. */
  #opened?: string;
  #neighbourCursor = -1;
  #loopCursor = -1;
  /** The factor whose loops `#loopCursor` goes through. */
  #loopFactor?: string;

  protected override get drawn(): boolean {
    return this.layout !== undefined && this.panelsReady;
  }

  get #words(): LoopWords | undefined {
    return this.#index && new LoopWords(this.#index, this.uiStrings, this.uiLanguage);
  }

  get #ui() {
    return LOOP_UI_STRINGS[this.uiLanguage];
  }

  /** The loops the panel lists and the stepper walks, in reading order. */
  get rankedLoops(): readonly Loop[] {
    return this.#index?.ranked(this.#selectedFactor) ?? [];
  }

  get #selectedFactor(): string | undefined {
    return this.selected && this.#index?.nodes.has(this.selected) ? this.selected : undefined;
  }

  /** Highlights the next (1) or previous (−1) loop in reading order, centres it and announces it. */
  stepLoop(step: 1 | -1): void {
    const loops = this.rankedLoops;
    const next = stepLoop(loops, this.highlightedLoop?.id, step);
    if (!next || !this.layout || !this.#words) return;
    this.hoverLoop = undefined;
    this.loop = this.codeOf(next.loop.id) ?? next.loop.id;
    this.panelPage = Math.floor(next.position / PANEL_PAGE_SIZE);
    this.announcement = this.#ui.stepAnnouncement(next.position + 1, loops.length, this.#words.loop(next.loop));
    this.#zoom.centreOn(loopBox(this.layout.layout, next.loop), this.#stage ?? this.layout.layout);
  }

  /** The loop being toured and the link shown: the `loop` attribute's loop at `tour-step`. */
  get tour(): LoopTourView | undefined {
    return this.#tours.tour;
  }

  /** Tours a loop (id or code) link by link, from the link leaving `from` (else the first), and announces the step. */
  startTour(loopKey: string, from?: string): void {
    this.#tours.start(loopKey, from);
  }

  /** Moves the tour one link on (1) or back (−1), and announces it; focus follows when it is on the drawing. */
  stepTour(step: 1 | -1): void {
    this.#tours.step(step);
  }

  /** Ends the tour (the loop stays highlighted); focus goes to the factor the tour was at, never to <body>. */
  endTour(): void {
    this.#tours.end();
  }

  /** What stays at full strength: the highlighted loop, else the hovered, focused or selected factor's neighbourhood. */
  get #focus(): FocusSet | undefined {
    return this.layout && focusOf(this.layout.layout, this.highlightedLoop, this.#factorFocus.factor ?? this.#selectedFactor);
  }

  /** Every loop found, in code order (R1 …, then B1 …). */
  get loops(): readonly Loop[] {
    return this.#index?.sortedLoops ?? [];
  }

  /** Levers (drivers first) and outcomes of the diagram: MICMAC influence and dependence, see `whereToAct` in core. */
  get whereToAct(): WhereToAct | undefined {
    return this.layout?.whereToAct;
  }

  /** The code (R1, B2 …) of a loop. */
  codeOf(loopId: string): string | undefined {
    return this.#index?.codes.get(loopId);
  }

  /** The loop highlighted now: hovered or focused first, else the `loop` attribute. */
  get highlightedLoop(): Loop | undefined {
    const key = this.hoverLoop ?? this.loop;
    return key === undefined ? undefined : this.#index?.loop(key);
  }

  /** "R2 Siloen låser seg: … (forsterkende) — alle lenkene er belagt i kilder". */
  describeLoop(loop: Loop): string {
    return this.#words?.loop(loop) ?? '';
  }

  /** "Mer frafall øker utenforskap, med forsinkelse", with " (antatt, …)" after an inferred link. */
  describeLink(link: { from: string; to: string; polarity: '+' | '-'; delay: boolean; evidence?: LinkEvidence }): string {
    return this.#words?.link(link) ?? '';
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.#zoom.zoomBy(factor);
  }

  /** Shows the whole diagram. */
  fitToView(): void {
    this.#zoom.fit();
  }

  protected searchItems() {
    return this.layout?.layout.nodes ?? [];
  }

  protected override hasActiveState(): boolean {
    return (
      super.hasActiveState() ||
      this.hoverLoop !== undefined ||
      this.loop !== undefined ||
      this.origin !== undefined ||
      this.tourStep != null
    );
  }

  protected override clearActiveState(): void {
    super.clearActiveState();
    this.hoverLoop = undefined;
    this.loop = undefined;
    this.tourStep = undefined;
    this.origin = undefined;
    this.#neighbourCursor = -1;
    this.#loopCursor = -1;
  }

  override focusElement(id: string): void {
    // A gone factor's ghost (compare mode) is revealed and focused like a factor.
    const node = this.#index?.nodes.get(id) ?? this.#ghostList.find((g) => g.id === id);
    if (!node) return;
    const stage = this.#stage;
    if (stage) this.#zoom.reveal(node, stage, 16, node);
    super.focusElement(id);
  }

  protected override toggleSelection(id: string): void {
    super.toggleSelection(id);
    this.panelPage = 0;
    this.origin = this.selected;
    this.#neighbourCursor = -1;
    this.#loopCursor = -1;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#zoom.attach(this.svgElement);
    this.#open();
    this.#tours.reveal();
    this.#showLoop();
    this.#showRelated();
  }

  /** The loop set by `loop` last brought into view, with the layout it was shown on. */
  #shownLoop?: { loop: string; layout: unknown };

  /**
   * A loop set from outside (`loop`, a story step, a deep link) is what the reader came to see: pan, and zoom out when
   * it needs it, so the whole loop is in sight, as stepping to a loop does. Once per loop and layout; a tour centres on
   * its own link instead.
   */
  #showLoop(): void {
    const layout = this.layout?.layout;
    const stage = this.#stage;
    const loop = this.loop === undefined ? undefined : this.#index?.loop(this.loop);
    if (!layout || !stage || !loop || this.tour) return;
    if (this.#shownLoop?.loop === loop.id && this.#shownLoop.layout === layout) return;
    this.#shownLoop = { loop: loop.id, layout };
    // Labels stay at 12 px or more on screen (WCAG 1.4.4): a loop too large for that is centred instead.
    this.#zoom.centreOn(loopBox(layout, loop), stage, 24, 12 / layout.fontSize);
  }

  /** The related set last brought into view, with the layout it was shown on. */
  #shownRelated?: { related: readonly string[]; layout: unknown };

  /**
   * Factors related to a selection made elsewhere (the explorer's other views) are what the reader came to see: pan,
   * and zoom out when they need it, so every one is in sight. Once per related set and layout; the reader's own pan and
   * zoom afterwards stand.
   */
  #showRelated(): void {
    const layout = this.layout?.layout;
    const stage = this.#stage;
    if (!layout || !stage || this.related.length === 0) return;
    if (this.#shownRelated?.related === this.related && this.#shownRelated.layout === layout) return;
    this.#shownRelated = { related: this.related, layout };
    const box = nodesBox(layout, this.relatedSet);
    // Labels stay at 12 px or more on screen (WCAG 1.4.4): a set too wide for that is centred instead.
    if (box) this.#zoom.centreOn(box, stage, 24, 12 / layout.fontSize);
  }

  /** The drawing's size on screen (CSS px), once it has one. */
  get #stage(): StageSize | undefined {
    const svg = this.svgElement;
    return svg && svg.clientWidth > 0 && svg.clientHeight > 0 ? { width: svg.clientWidth, height: svg.clientHeight } : undefined;
  }

  /** Opens a new layout at 1:1 on its named loops; later renders of the same layout keep the reader's pan and zoom. */
  #open(): void {
    const layout = this.layout?.layout;
    const stage = this.#stage;
    if (!layout || !stage) return;
    const key = JSON.stringify([layout.width, layout.height, layout.focus]);
    if (key === this.#opened) return;
    this.#opened = key;
    this.#zoom.setTransform(openingTransform(layout, stage));
  }

  // ——— Keyboard and pointer ———

  #factorOf(event: Event): string | undefined {
    const node = event.composedPath().find((t) => t instanceof SVGGElement && t.classList.contains('node')) as SVGGElement | undefined;
    return node?.dataset.id;
  }

  #onNodeKeydown(event: KeyboardEvent): void {
    const id = this.#factorOf(event);
    const index = this.#index;
    const words = this.#words;
    if (!id || !index || !words) return;
    if (this.editable && this.#kit?.workshop.keydown(event, id)) return;
    const lHighlight = this.#loopFactor === id && this.#loopCursor >= 0 ? this.hoverLoop : undefined;
    if (this.#tours.handleKey(event, id, lHighlight)) return;
    if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      const origin = this.origin ?? id;
      this.origin = origin;
      const steps = index.linkSteps(origin);
      if (steps.length === 0) return;
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      this.#neighbourCursor = cycle(this.#neighbourCursor, step, steps.length);
      const next = steps[this.#neighbourCursor]!;
      this.announcement = words.link(next.link);
      this.focusElement(next.other);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggleSelection(id);
      this.announcement = words.factor(index.nodes.get(id)!);
    } else if ((event.key === 'n' || event.key === 'N') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.stepLoop(event.shiftKey ? -1 : 1);
    } else if (event.key === 'l' || event.key === 'L') {
      event.preventDefault();
      const loops = index.loopsThrough(id);
      if (loops.length === 0) {
        this.announcement = this.uiStrings.cld.noLoops;
        return;
      }
      if (this.#loopFactor !== id) this.#loopCursor = -1;
      this.#loopFactor = id;
      this.#loopCursor = cycle(this.#loopCursor, event.shiftKey ? -1 : 1, loops.length);
      const loop = loops[this.#loopCursor]!;
      this.hoverLoop = loop.id;
      this.announcement = words.loop(loop);
    } else {
      this.#zoom.handleKey(event);
    }
  }

  #onDiagramClick(event: MouseEvent): void {
    const id = this.#factorOf(event) ?? ghostIdOf(event);
    if (this.#dragged || (id && this.editable && this.#kit?.workshop.click(id))) this.#dragged = false;
    else if (id) this.toggleSelection(id);
  }

  #onPointerDown(event: PointerEvent): void {
    this.#dragged = false;
    const id = this.#factorOf(event);
    const node = id && this.renderRoot.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`);
    if (this.editable && node) this.#kit?.workshop.pointerdown(event, id, node);
  }

  // ——— Rendering ———

  protected override render() {
    const diagram = this.layout;
    const index = this.#index;
    const words = this.#words;
    if (!this.model || !diagram || !index || !words) return this.renderWaiting(this.uiStrings.cld.laying);
    const t = this.uiStrings;
    const { layout } = diagram;
    const tour = this.tour;
    const loop = tour?.loop ?? this.highlightedLoop;
    const matches = this.search.matches;
    const factor = this.#selectedFactor;
    // A tour has its own emphasis (the current link); focus mode would fade the rest of the loop away.
    const focus = tour ? undefined : this.#focus;
    const ui = this.#ui;
    const factorFocus = this.#factorFocus;
    const data = dataMarker(this.model, this.uiLanguage);
    const kit = this.#kit;
    const drawing = renderDiagramStage(
      layout,
      {
        ...(loop ? { highlight: { loopId: loop.id, members: new Set(loop.members), links: new Set(loop.links) } } : {}),
        ...(matches ? { matches: new Set(matches) } : {}),
        focus,
        tour: tour?.current,
        selected: this.selected,
        related: this.relatedSet,
        tabStop: this.roving.tabStop,
        codes: index.codes,
        extraMarker: loop && placeExtraLoopMarker(layout, loop),
        nodeLabel: (node: CldNode) => this.#notes.named(node.id, this.#nodeLabel(node)),
        marks: this.marks(this.#ghostList),
        linkLabel: (link: CldLink) => this.#notes.named(link.id, words.link(link)),
        markerLabel: (marker: CldLoopMarker) => words.loop(index.loopsById.get(marker.loopId)!),
        ...(this.editable && kit
          ? {
              newSince: { has: (id: string) => this.editor?.isNew(id) ?? false, badge: workshopStrings(this.uiLanguage).newBadge },
              notes: (id: string) => this.#notes.of(id),
              linkHandle: kit.workshop.linkFrom === undefined ? this.#selectedFactor : undefined,
            }
          : {}),
      },
      {
        className: `diagram${focus ? ' focus-mode' : ''}${loop ? ` loop-${loop.polarity}` : ''}`,
        label: t.cld.diagramLabel(layout.nodes.length, layout.links.length, diagram.loops.length),
        roleDescription: t.cld.roleDescription,
        keydown: this.#onNodeKeydown,
        click: this.#onDiagramClick,
        pointerDown: this.#onPointerDown,
        pointerMove: (event: PointerEvent) => this.#kit?.workshop.pointermove(event),
        pointerUp: (event: PointerEvent) => (this.#dragged = this.#kit?.workshop.pointerup(event) ?? false),
        pointerCancel: () => this.#kit?.workshop.pointercancel(),
        pointerOver: factorFocus.pointerOver,
        pointerLeave: factorFocus.pointerLeave,
        focusChange: factorFocus.focusChange,
      },
    );
    const panel = this.panelsReady
      ? renderLoopPanel({
          strings: t,
          ui,
          loops: this.rankedLoops,
          page: this.panelPage,
          setPage: (page) => (this.panelPage = page),
          rings: this.width > 0 && this.width < CLD_RING_WIDTH,
          index,
          words,
          factor,
          chosen: this.loop,
          highlighted: loop?.id,
          hover: (id) => (this.hoverLoop = id),
          choose: (id) => (this.loop = this.loop === id ? undefined : id),
          tour: (id) => this.#tours.startFromPanel(id),
          data,
          showAll: () => {
            // The button goes with the selection: focus goes back to the factor that was selected, not to <body>.
            const factor = this.selected;
            this.origin = undefined;
            this.selectElement(null);
            if (factor) void this.updateComplete.then(() => this.focusElement(factor));
          },
        })
      : nothing;
    return this.renderFrame({
      zoom: { zoomBy: (f) => this.zoomBy(f), fit: () => this.fitToView(), step: ZOOM_STEP },
      legend: this.panelsReady ? renderLoopLegend(t, ui) : nothing,
      ...(this.editable ? { filters: this.#renderWorkshop(diagram.loops.length) } : {}),
      body: html`<div class=${this.narrow ? 'layout narrow' : 'layout'}>
        ${drawing}
        <div class="side">
          ${tour ? this.#tours.renderBar(tour) : nothing}
          ${
            this.panelsReady
              ? html`${renderLoopStepper({ strings: ui, words, loops: this.rankedLoops, current: loop?.id, step: (s) => this.stepLoop(s) })}
                ${renderWhereToAct({ strings: t, index, words, selected: this.selected, select: (id) => this.toggleSelection(id), data })}
                ${panel}`
              : nothing
          }
        </div>
      </div>`,
      after: html`<p class="help" id="keyboard-help">
          ${t.cld.keyboardHelp} ${ui.stepKeys} ${ui.tourKeys}
          ${this.editable && kit ? `${workshopStrings(this.uiLanguage).keys} ${kit.workshop.loopT.dragHelp}` : nothing}
        </p>
        ${layout.unresolvedLinks.length ? html`<p class="status">${t.cld.unresolved(layout.unresolvedLinks.length)}</p>` : nothing}
        ${
          this.panelsReady
            ? renderLoopTextAlternative(diagram, {
                strings: t,
                index,
                words,
                lang: this.uiLanguage,
                changeWord: (id: string) => this.listWords(id),
                gone: this.renderGoneText(),
                open: this.textAlternativeOpen,
                toggle: (open) => (this.textAlternativeOpen = open),
                headingLevel: this.headingLevel + 1,
                data,
              })
            : nothing
        }
        <p class="sr-only" aria-live="polite">${data(this.announcement, index.dataNames)}</p>`,
    });
  }

  #renderWorkshop(loops: number) {
    const model = this.model!;
    const kit = this.#kit;
    if (!kit) return nothing;
    return workshopChunk.loaded!.renderWorkshopPanel({
      workshop: kit.workshop,
      editor: this.editor ?? kit.editor,
      ...(this.#selectedFactor ? { selected: this.#selectedFactor } : {}),
      counts: { factors: this.layout?.layout.nodes.length ?? 0, links: this.layout?.layout.links.length ?? 0, loops },
      sources: model.sources.map((s) => ({ id: s.id, title: s.title })),
      lang: this.uiLanguage,
      shared: this.sharedEditor !== undefined,
      exportSvg: () => this.downloadSvg(),
      exportPng: () => void this.toPNG().then((png) => exportChunk.loaded!.downloadBlob(png, `${model.id ?? 'floke'}-causal-loops.png`)),
    });
  }

  /** Notes per mark, and their count in a mark's accessible name in workshop mode ("…, 2 notater"). */
  readonly #notes = new NoteCounts(
    () => this.model,
    () => (this.editable ? this.#kit?.workshop.loopT.notes : undefined),
  );

  protected override readonly badgesChanges = true;
  protected override readonly badgesProgress = true;
  protected override readonly drawsGhosts = true;

  protected override readyChunks(): readonly LazyChunk<unknown>[] {
    return [...super.readyChunks(), drawingChunk];
  }

  protected override get exportSource() {
    const loopsViewDrawing = drawingChunk.loaded?.loopsViewDrawing;
    if (!loopsViewDrawing) return undefined;
    const index = this.#index;
    const words = this.#words;
    if (!this.layout || !index || !words) return undefined;
    const matches = this.search.matches;
    const drawing = loopsViewDrawing(this.layout, index, words, this.uiStrings, {
      loop: this.highlightedLoop,
      factor: this.#factorFocus.factor ?? this.#selectedFactor,
      selected: this.selected,
      related: this.relatedSet,
      matches: matches ? new Set(matches) : undefined,
      marks: this.marks(this.#ghostList),
      nodeLabel: (node) => this.#nodeLabel(node),
    });
    return { drawing, css: this.exportCss(diagramStyles.cssText), name: 'causal-loops' };
  }

  /** A factor's accessible name: the view's words, then "ny" / "endret" and the progress words. */
  #nodeLabel(node: CldNode): string {
    const name = withProgressWord(this.model!, node.id, this.uiLanguage, this.#words!.factor(node));
    return this.withChangeWord(node.id, name);
  }

  #ghosts = new GhostsMemo();

  /** Compare mode: gone factors among their former neighbours (see `loopsGhosts`). */
  get #ghostList(): readonly Ghost[] {
    const earlier = this.comparison.earlier;
    const layout = this.layout;
    const gone = this.comparison.gone;
    if (!this.comparison.active || !earlier || !layout || !gone.length) return [];
    return this.#ghosts.get([earlier, layout, gone], () => {
      const measure = this.labelMeasure();
      return loopsGhosts(
        earlier,
        layout.layout,
        gone.map((g) => g.id),
        ...(measure ? [measure] : []),
      );
    });
  }
}
