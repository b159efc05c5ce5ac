import { relatedAcross, type CrossViewRelation, type InsightView, type NormalizedDocument, type Problem } from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FlokeReadyDetail, FlokeSelectDetail } from '../base/events.js';
import { FlokeElement } from '../base/floke-element.js';
import { renderCancelled, renderPreparing } from '../base/large-document.js';
import type { FlokeView } from '../base/floke-view.js';
import { renderCalmProblems, type ProblemMode } from '../base/calm-problems.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { renderDetails } from './detail-panel.js';
import { EXPLORER_STRINGS, type ExplorerStrings } from './explorer-strings.js';
import { CompareController } from '../controllers/compare.js';
import { EXPLORER_VIEWS, type ExplorerView } from './explorer-views.js';
import { explorerStyles } from './floke-explorer.styles.js';
import { regionAfter, tabAfter } from './region-keys.js';
import { UrlSyncController, type UrlSyncHost } from './url-sync.js';
import { renderExplorerView, type ViewSelection } from './render-view.js';
import { NETWORK_FILTER_KEYS, parseHash, type ExplorerUrlState, type NetworkFilterKey } from './url-state.js';
import { ExplorerWorkshop } from './explorer-workshop.js';
import { EXPLORER_WORKSHOP_STRINGS } from './explorer-workshop-strings.js';
import { workshopToolbarStyles } from '../base/workshop-toolbar.styles.js';
import type { DocumentEditor } from '../controllers/document-editor.js';

const NONE: readonly string[] = [];

/**
 * The four views and the overview over one document, loaded and normalized once and shared by every view, with
 * linked selection: selecting an element in any view selects it in every view where it appears, and the others mark
 * what relates to it (dotted outlines, and a line saying what they are). A detail panel tells about the selection:
 * kind, description, the views it is in, its relations in words, sources, notes and indicators.
 *
 * Regions: the tabs, the view and the detail panel. F6 moves to the next region and Shift+F6 to the previous one;
 * in the tabs, Left/Right (Home/End) switch views; Esc clears the selection. Views not shown stay laid out, so
 * switching back is immediate; after the first view is drawn the others are prepared in the background (`lazy`
 * prepares a view only when it is first shown).
 *
 * With `sync-url`, the view, selection, highlighted loop and network filters live in `location.hash`
 * (`#view=loops&selected=frafall&loop=R1`): a link opens that state, a view switch adds a history entry (Back works),
 * other changes replace it.
 *
 * Workshop mode (`editable`): one editor for every view. The explorer hands it to each view (`sharedEditor`), so an
 * edit made in whichever view is shown changes the explorer's document (`data` holds the new one; the given object is
 * never mutated) and every view follows; one undo history, one draft in IndexedDB, one `floke-change` stream from the
 * explorer. A toolbar above the tabs counts factors, links, loops and actors live, undoes and redoes (also Ctrl/Cmd+Z
 * and Shift+Ctrl/Cmd+Z in any view), downloads and opens JSON, and exports the view shown as SVG or PNG; what was
 * added since the workshop began carries «NY» in every view that marks it.
 *
 * @tagname floke-explorer
 * @summary One document, four linked views, an overview and a detail panel.
 *
 * @event {{id: string | null, kind: string | null}} floke-select - Selection in any view changed by the user (from the view, bubbles, composed).
 * @event {{model: NormalizedDocument, problems: Problem[]}} floke-ready - The view shown first was drawn.
 * @fires {{document: FlokeDocument, patch: JsonPatch, edit: Edit | null, cause: string}} floke-change - Workshop mode
 * changed the document, from whichever view (bubbles, composed); `patch` is RFC 6902.
 *
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart panel - The panel holding a view.
 * @csspart details - The detail panel.
 * @csspart help - The keyboard help line.
 * @csspart workshop - The workshop toolbar (`editable`).
 */
export class FlokeExplorer extends FlokeElement implements UrlSyncHost {
  static override styles = [themeStyles, problemSummaryStyles, workshopToolbarStyles, explorerStyles];

  /** The view shown: `overview`, `iceberg`, `horizons`, `network` or `loops`. */
  @property({ reflect: true }) view: ExplorerView = 'overview';

  /** Keep the view, selection, loop and network filters in `location.hash`, and follow Back and Forward. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Prepare a view only when it is first shown, instead of preparing all in the background after the first. */
  @property({ type: Boolean }) lazy = false;

  /**
   * How problems show (attribute `problems`): `none`, `summary` (one calm line; default) or `full` (the list an
   * editor needs), in the overview and when the document cannot be loaded. A failure to load is always one calm line.
   */
  @property({ attribute: 'problems' }) problemDisplay: ProblemMode = 'summary';

  /**
   * Workshop mode: edits in any view change the explorer's document, with one undo history, one draft and one
   * `floke-change` stream (see the class description).
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Level of the detail panel's heading (its sections are one deeper); views inside use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * An earlier version of the document as an object (property only): every drawing view then shows what changed (see
   * `compare` on the views). Loaded and normalized once here, shared by the views.
   */
  @property({ attribute: false }) compare?: unknown;

  /** URL of an earlier version of the document (see `compare`). */
  @property({ attribute: 'compare-src' }) compareSrc?: string;

  /** Date of a version the document carries in `versions` to compare with (see `compare-version` on the views). */
  @property({ attribute: 'compare-version' }) compareVersion?: string;

  /** The earlier version, loaded and normalized once for all views. */
  readonly #earlier = new CompareController(this, {
    data: () => this.compare,
    src: () => this.compareSrc,
    version: () => this.compareVersion,
    current: () => this.data,
    model: () => undefined,
    later: () => this.model,
    lang: () => this.uiLanguage,
    maxBytes: () => this.maxBytes,
    timeoutMs: () => this.srcTimeout,
    loadOnly: true,
  });

  /** Every problem, and why a `compare-version` cannot be compared with. */
  override get problems(): readonly Problem[] {
    const version = this.#earlier.versionProblems;
    return version.length ? [...super.problems, ...version] : super.problems;
  }

  /** The highlighted loop in the loop view (its id or code), kept for the URL. */
  @state() private loop?: string;

  /** The network's filters (attribute values), kept for the URL. */
  @state() private filters: Partial<Record<NetworkFilterKey, string>> = {};

  /** Views that have been shown or prepared: they stay mounted. */
  @state() private mounted: ReadonlySet<ExplorerView> = new Set();

  @state() private announcement = '';

  readonly #url = new UrlSyncController(this);

  readonly #workshop = new ExplorerWorkshop(this, (text) => (this.announcement = text));

  /** The editor every view edits through in workshop mode (`editable`): its history, draft and `floke-change`. */
  get editor(): DocumentEditor {
    return this.#workshop.editor;
  }

  /** The model each view last drew. */
  readonly #drawnModels = new Map<ExplorerView, NormalizedDocument>();

  #across?: { model: NormalizedDocument; id: string; networkMode: string; value: Record<InsightView, CrossViewRelation> };

  #observer?: MutationObserver;

  /** The explorer's own texts in its language. */
  get explorerStrings(): ExplorerStrings {
    return EXPLORER_STRINGS[this.uiLanguage];
  }

  /** The view element showing `view`, once it is mounted. */
  viewElement(view: ExplorerView): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-view="${view}"]`);
  }

  /** Shows a view; `selected` stays. Adds a history entry when `sync-url` is on. */
  show(view: ExplorerView): void {
    if (view === this.view) return;
    this.view = view;
    this.announcement = this.explorerStrings.showing(this.explorerStrings.views[view]);
    this.#url.write('push');
  }

  /** Whether `selected` is drawn in `view`, and what there relates to it. */
  relatedIn(view: InsightView): CrossViewRelation | undefined {
    const model = this.model;
    const id = this.selected;
    if (!model || !id || !model.elements.some((e) => e.id === id)) return undefined;
    const networkMode = this.filters.mode === 'two-mode' ? 'two-mode' : 'actors';
    let cached = this.#across;
    if (cached?.model !== model || cached.id !== id || cached.networkMode !== networkMode) {
      cached = this.#across = { model, id, networkMode, value: relatedAcross(model, id, { networkMode }) };
    }
    return cached.value[view];
  }

  urlState(): ExplorerUrlState {
    return {
      view: this.view,
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.loop ? { loop: this.loop } : {}),
      filters: this.filters,
    };
  }

  applyUrlState(url: ExplorerUrlState): void {
    this.view = url.view ?? 'overview';
    this.selected = url.selected;
    this.loop = url.loop;
    this.filters = { ...url.filters };
  }

  protected override get drawn(): boolean {
    return this.model !== undefined && this.#drawnModels.get(this.view) === this.model;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown);
    this.addEventListener('click', this.#onLinkClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
    this.removeEventListener('click', this.#onLinkClick);
    this.#observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl')) this.#url.follow(this.syncUrl);
    if (!this.mounted.has(this.view)) this.mounted = new Set([...this.mounted, this.view]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('selected')) this.#url.write('replace');
    this.#observeViewAttributes();
    // Once the first view is drawn, the others are prepared in the background, so a switch is only a repaint.
    if (!this.lazy && this.drawn && this.mounted.size < EXPLORER_VIEWS.length) {
      setTimeout(() => (this.mounted = new Set(EXPLORER_VIEWS)));
    }
  }

  // ——— Events from the views ———

  #onSelect = (event: CustomEvent<FlokeSelectDetail>) => {
    // The view set its own `selected`; the explorer passes it on. Setting `selected` never emits, so nothing loops.
    this.selected = event.detail.id ?? undefined;
  };

  #onReady = (event: CustomEvent<FlokeReadyDetail>) => {
    // One `floke-ready` leaves the explorer: its own, when the view shown first is drawn.
    event.stopPropagation();
    const view = (event.target as HTMLElement).dataset.view as ExplorerView | undefined;
    if (view) this.#drawnModels.set(view, event.detail.model);
    this.requestUpdate();
  };

  /**
   * The overview's deep links (`#view=loops&loop=R1`) open their view inside the explorer, without leaving the page:
   * the view switch goes into the history with `sync-url`, and focus moves to the view.
   */
  #onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((t): t is HTMLAnchorElement => t instanceof HTMLAnchorElement);
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    const link = parseHash(href);
    if (!link.view) return;
    event.preventDefault();
    if (link.selected !== undefined) this.selected = link.selected;
    if (link.loop !== undefined) this.loop = link.loop;
    this.show(link.view);
    void this.updateComplete.then(() => this.#focusRegion('panel'));
  };

  #onError = (event: Event) => {
    // The explorer reports the document's problems and its readiness itself, once (the details' indicators too).
    event.stopPropagation();
  };

  /** Follows the loop view's highlighted loop and the network's filters, which the reader changes inside them. */
  #observeViewAttributes(): void {
    const loops = this.viewElement('loops');
    const network = this.viewElement('network');
    if (!loops && !network) return;
    this.#observer?.disconnect();
    this.#observer = new MutationObserver(() => this.#readViewAttributes());
    if (loops) this.#observer.observe(loops, { attributes: true, attributeFilter: ['loop'] });
    if (network) this.#observer.observe(network, { attributes: true, attributeFilter: [...NETWORK_FILTER_KEYS] });
  }

  #readViewAttributes(): void {
    // A view not mounted yet keeps what the URL asked of it.
    const loops = this.viewElement('loops');
    const loop = loops ? (loops.getAttribute('loop') ?? undefined) : this.loop;
    const network = this.viewElement('network');
    let filters = this.filters;
    if (network) {
      filters = {};
      for (const key of NETWORK_FILTER_KEYS) {
        const value = network.getAttribute(key);
        if (value === null || (key === 'mode' && value === 'actors')) continue;
        filters[key] = key === 'hide-history' ? '1' : value;
      }
    }
    const changed = loop !== this.loop || JSON.stringify(filters) !== JSON.stringify(this.filters);
    if (!changed) return;
    this.loop = loop;
    this.filters = filters;
    this.#url.write('replace');
  }

  // ——— Keys ———

  #onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (event.key === 'F6') {
      event.preventDefault();
      this.#focusRegion(regionAfter(this.#regionOf(event), event.shiftKey ? -1 : 1));
    } else if (event.key === 'Escape' && this.selected !== undefined && this.#regionOf(event) !== 'panel') {
      event.preventDefault();
      this.#clear();
    }
  };

  #regionOf(event: Event): 'tabs' | 'panel' | 'details' | undefined {
    for (const target of event.composedPath()) {
      if (!(target instanceof HTMLElement)) continue;
      if (target.classList.contains('tabs')) return 'tabs';
      if (target.classList.contains('panel')) return 'panel';
      if (target.classList.contains('details')) return 'details';
    }
    return undefined;
  }

  #focusRegion(region: 'tabs' | 'panel' | 'details'): void {
    const root = this.renderRoot;
    if (region === 'tabs') root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    else if (region === 'panel') root.querySelector<HTMLElement>('.panel.active')?.focus();
    else root.querySelector<HTMLElement>('.details')?.focus();
  }

  #onTabKeydown = (event: KeyboardEvent) => {
    const next = tabAfter(this.view, event.key);
    if (!next) return;
    event.preventDefault();
    this.show(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  #clear(): void {
    if (this.selected === undefined) return;
    this.selected = undefined;
    this.emit('floke-select', { id: null, kind: null });
  }

  /** "Vis i: nettverk": switches view, keeps the selection and puts focus on it there. */
  async #showSelected(view: ExplorerView): Promise<void> {
    this.show(view);
    await this.updateComplete;
    const element = this.viewElement(view) as FlokeView<readonly unknown[], unknown> | null;
    if (!element) return;
    // A view shown for the first time may still be laying out: its marks exist once it is drawn.
    if (this.#drawnModels.get(view) !== this.model)
      await new Promise((resolve) => element.addEventListener('floke-ready', resolve, { once: true }));
    await element.updateComplete;
    if (this.selected) element.focusElement(this.selected);
    if (!element.matches(':focus-within')) this.#focusRegion('panel');
  }

  // ——— Rendering ———

  #selectionIn(view: InsightView): ViewSelection {
    const related = this.relatedIn(view);
    if (!related) return { selected: undefined, related: NONE, relatedTo: undefined };
    return related.appears
      ? { selected: this.selected, related: NONE, relatedTo: undefined }
      : { selected: undefined, related: related.related, relatedTo: this.selected };
  }

  #renderDetails(model: NormalizedDocument, t: ExplorerStrings) {
    const element = this.selected ? model.elements.find((e) => e.id === this.selected) : undefined;
    const across = element && {
      iceberg: this.relatedIn('iceberg')!,
      horizons: this.relatedIn('horizons')!,
      network: this.relatedIn('network')!,
      loops: this.relatedIn('loops')!,
    };
    return html`<div
      class="details"
      part="details"
      role="region"
      aria-label=${t.details}
      tabindex="-1"
      @floke-ready=${this.#onError}
      @floke-error=${this.#onError}
    >
      ${
        element && across
          ? renderDetails({
              model,
              element,
              across,
              strings: t,
              ui: this.uiStrings,
              lang: this.uiLanguage,
              headingLevel: this.headingLevel,
              baseUrl: document.baseURI,
              show: (view) => void this.#showSelected(view),
              clear: () => this.#clear(),
            })
          : html`<p class="empty">${t.nothingSelected}</p>`
      }
    </div>`;
  }

  protected override render() {
    const t = this.explorerStrings;
    const model = this.model;
    if (!model) {
      const problems = renderCalmProblems(this.problems, this.problemDisplay, this.uiStrings, this.uiLanguage, this.headingLevel);
      const status = this.preparing
        ? renderPreparing(this.preparing, this.uiLanguage, () => this.cancelPreparing())
        : this.preparingCancelled
          ? renderCancelled(this.uiLanguage, () => this.retryPreparing())
          : html`<p class="status" role="status">${this.loading ? this.uiStrings.loading : this.uiStrings.noDocument}</p>`;
      return html`${problems} ${status}`;
    }
    return html`
      ${this.editable ? this.#workshop.render(model, this.uiLanguage) : nothing}
      <div class="tabs" part="tabs" role="tablist" aria-label=${t.tabs} @keydown=${this.#onTabKeydown}>
        ${EXPLORER_VIEWS.map(
          (view) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              id=${`tab-${view}`}
              aria-controls=${`panel-${view}`}
              aria-selected=${view === this.view ? 'true' : 'false'}
              tabindex=${view === this.view ? 0 : -1}
              @click=${() => this.show(view)}
            >
              ${t.views[view]}
            </button>`,
        )}
      </div>
      <div class="body">
        <div class="panels" @floke-select=${this.#onSelect} @floke-ready=${this.#onReady} @floke-error=${this.#onError}>
          ${EXPLORER_VIEWS.map(
            (view) =>
              html`<div
                class=${view === this.view ? 'panel active' : 'panel parked'}
                part="panel"
                role="tabpanel"
                id=${`panel-${view}`}
                aria-labelledby=${`tab-${view}`}
                tabindex="-1"
                ?inert=${view !== this.view}
              >
                ${
                  this.mounted.has(view)
                    ? renderExplorerView(view, {
                        model,
                        selected: this.selected,
                        selection: view === 'overview' ? undefined : this.#selectionIn(view),
                        filters: this.filters,
                        loop: this.loop,
                        headingLevel: this.headingLevel + 1,
                        problems: this.problemDisplay,
                        compareModel: this.#earlier.earlier,
                        editor: this.editable ? this.editor : undefined,
                      })
                    : nothing
                }
              </div>`,
          )}
        </div>
        ${this.#renderDetails(model, t)}
      </div>
      <p class="help" part="help">${t.keyboardHelp} ${this.editable ? EXPLORER_WORKSHOP_STRINGS[this.uiLanguage].keys : nothing}</p>
      <div class="sr-only" role="status">${this.announcement}</div>
    `;
  }
}
