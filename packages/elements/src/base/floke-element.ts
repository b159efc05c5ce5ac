import { makeLoadingProblem, resolveUiLanguage, type NormalizedDocument, type Problem, type UiLanguage } from '@floke/core';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dispatchFlokeEvent, type FlokeEventDetail, type FlokeEventName } from './events.js';
import { inheritedAttribute } from './inherited-attribute.js';
import type { LazyChunk } from './lazy-chunk.js';
import { loadNormalize, loadedDrawingModel, loadedNormalize, type Normalize } from './lazy-normalize.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './load-limits.js';
import { mergeStrings, type StringOverrides } from './merge-strings.js';
import { isLargeDocument } from './large-document-check.js';
import { largeDocumentChunk, needsLargeDocumentCode } from './large-document-chunk.js';
import { problemsChunk } from './problems-chunk.js';
import type { ModelJob, PreparingProgress } from './model-client.js';
import { wholeNumberAttribute } from './number-attribute.js';
import { commonStrings, commonStringsChunk } from './common-strings.js';
import type { CommonUiStrings, UiStrings } from './strings.js';

const OBSERVED_INHERITED = ['lang', 'data-color-scheme'] as const;

/**
 * The base every Floke view extends: it loads the document (`data` or `src`), validates and normalizes it,
 * resolves the language and colour scheme from the page, and emits Floke's typed events.
 *
 * @event {{model: NormalizedDocument, problems: Problem[]}} floke-ready - The document was drawn (bubbles, composed).
 * @event {{problems: Problem[]}} floke-error - Loading failed or the document has errors; valid parts still render (bubbles, composed).
 * @event {{id: string | null, kind: string | null}} floke-select - The user selected an element, or cleared the selection (bubbles, composed).
 *
 * @csspart problems - The region listing the document's problems.
 * @csspart preparing - While a large document is prepared in the Worker: its progress (a status) and the Cancel button.
 * @csspart scope - What the view draws of a document too large to draw whole ("Showing the 2,000 strongest of …").
 *
 * @cssproperty [--floke-color-background=var(--ds-color-neutral-background-default)] - Background.
 * @cssproperty [--floke-color-surface=var(--ds-color-neutral-surface-tinted)] - Panels and chips.
 * @cssproperty [--floke-color-text=var(--ds-color-neutral-text-default)] - Text.
 * @cssproperty [--floke-color-text-subtle=var(--ds-color-neutral-text-subtle)] - Secondary text.
 * @cssproperty [--floke-color-border=var(--ds-color-neutral-border-default)] - Lines and outlines.
 * @cssproperty [--floke-color-accent=var(--ds-color-accent-base-default)] - Selection and highlights.
 * @cssproperty [--floke-color-accent-text=var(--ds-color-accent-text-subtle)] - Accent text.
 * @cssproperty [--floke-color-danger-text=var(--ds-color-danger-text-subtle)] - Error text.
 * @cssproperty [--floke-color-danger-surface=var(--ds-color-danger-surface-tinted)] - Error background.
 * @cssproperty [--floke-color-warning-text=var(--ds-color-warning-text-subtle)] - Warning text.
 * @cssproperty [--floke-color-warning-surface=var(--ds-color-warning-surface-tinted)] - Warning background.
 * @cssproperty [--floke-color-focus=var(--ds-color-focus-outer)] - Focus ring.
 * @cssproperty [--floke-font-family=var(--ds-font-family)] - Typeface.
 * @cssproperty [--floke-border-radius=var(--ds-border-radius-md)] - Corner radius.
 * @cssproperty [--floke-spacing=var(--ds-size-4)] - Base spacing.
 * @cssproperty [--floke-motion-duration=150ms] - Transition length; 0 under `prefers-reduced-motion`.
 */
export abstract class FlokeElement extends LitElement {
  /**
   * The function every Floke element normalizes a document with. Replaceable, so a test or a host page can count or
   * trace normalizations (the explorer normalizes once per document for all its views). The default is core's
   * `normalize`, loaded on first use (see `lazy-normalize.ts`); elements call it only once it has loaded. A document
   * above `LARGE_DOCUMENT_ITEMS` is normalized in the Worker instead, with core's `normalize`.
   */
  static normalize: Normalize = (input, options) => {
    const normalize = loadedNormalize();
    if (!normalize) throw new Error('[floke] normalize() was called before it loaded');
    return normalize(input, options);
  };

  /** The Floke document as an object. Property only. Setting it replaces any document loaded from `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a Floke JSON document. A new value aborts the previous request. */
  @property() src?: string;

  /** Largest document, in bytes, that `src` may load. */
  @property({ attribute: 'max-bytes', converter: wholeNumberAttribute('max-bytes', DEFAULT_MAX_BYTES) }) maxBytes = DEFAULT_MAX_BYTES;

  /** Milliseconds `src` may take to load before the view reports `fetch-failed`. */
  @property({ attribute: 'src-timeout', converter: wholeNumberAttribute('src-timeout', DEFAULT_TIMEOUT_MS) }) srcTimeout =
    DEFAULT_TIMEOUT_MS;

  /** Id of the selected element. */
  @property({ reflect: true }) selected?: string;

  /**
   * Overrides of the built-in UI texts, in the view's language: any text, or part of a group
   * (`{iceberg: {keyboardHelp: '…'}}` keeps the iceberg's other texts). Property only.
   */
  @property({ attribute: false }) strings?: StringOverrides<UiStrings>;

  /**
   * The document as the view draws it: normalized from `data` or `src`, or given already normalized (property only),
   * e.g. by `<floke-explorer>`, which shares one model among its views. A model given here is drawn as it is: the view
   * neither loads nor normalizes again, until `data` or `src` is set. Undefined until a document is given.
   */
  @property({ attribute: false }) model?: NormalizedDocument;

  /** Problems from loading `src` (network, size, JSON syntax). */
  @state() protected loadProblems: readonly Problem[] = [];

  @state() protected loading = false;

  /**
   * How far preparing a large document (`LARGE_DOCUMENT_ITEMS`) in the Worker has come; undefined when none is being
   * prepared. The view shows it with a Cancel button.
   */
  @state() protected preparing?: PreparingProgress;

  /** Whether the reader cancelled preparing the current document. */
  @state() protected preparingCancelled = false;

  #job?: ModelJob;
  #stopListening?: () => void;

  /** The language tag the view inherits (its own `lang` or the nearest ancestor's). */
  @state() protected inheritedLang = '';

  #abort?: AbortController;
  #observer?: MutationObserver;

  /** The UI language (nb, nn or en) this view speaks. */
  get uiLanguage(): UiLanguage {
    return resolveUiLanguage(this.inheritedLang, resolveUiLanguage(this.model?.language));
  }

  #stringsCache?: { lang: UiLanguage; overrides: StringOverrides<UiStrings> | undefined; strings: CommonUiStrings };

  /**
   * The built-in texts of this view in `lang`, before `strings` is applied; undefined while that language's chunk is
   * loading (see `stringChunks`). Views that need more add theirs.
   */
  protected builtInStrings(lang: UiLanguage): CommonUiStrings | undefined {
    return commonStrings(lang);
  }

  /** The chunks holding this view's texts in `lang` (Bokmål needs none); the view renders once they have loaded. */
  protected stringChunks(lang: UiLanguage): readonly LazyChunk<unknown>[] {
    const chunk = commonStringsChunk(lang);
    return chunk ? [chunk] : [];
  }

  /**
   * The languages the next render may speak: the current one, and the one a raw document's `language` will give once
   * it is normalized (when the page sets none), so that render does not wait for, or miss, its texts.
   */
  #comingLanguages(): UiLanguage[] {
    const data = this.data;
    const declared = data !== null && typeof data === 'object' ? (data as { language?: unknown }).language : undefined;
    const coming = resolveUiLanguage(this.inheritedLang, resolveUiLanguage(typeof declared === 'string' ? declared : undefined));
    return coming === this.uiLanguage ? [coming] : [this.uiLanguage, coming];
  }

  /**
   * The UI texts in the view's language, with `strings` applied (built once per language and override). The actor
   * network's group (`network`) is in the views that draw the network only.
   */
  get uiStrings(): CommonUiStrings {
    const lang = this.uiLanguage;
    const cache = this.#stringsCache;
    if (cache && cache.lang === lang && cache.overrides === this.strings) return cache.strings;
    const builtIn = this.builtInStrings(lang);
    // Asked before the language's chunk arrived (renders never are: they wait for it): Bokmål, not kept.
    if (!builtIn) return mergeStrings(this.builtInStrings('nb')!, this.strings);
    const strings = mergeStrings(builtIn, this.strings);
    this.#stringsCache = { lang, overrides: this.strings, strings };
    return strings;
  }

  /** Every problem: loading first, then the document's. */
  get problems(): readonly Problem[] {
    return [...this.loadProblems, ...(this.model?.problems ?? [])];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInherited();
    // Moved in the DOM (disconnected, then connected again) while `src` was loading: load it again.
    if (this.#interrupted !== undefined && this.#interrupted === this.src) void this.#load(this.src);
    this.#interrupted = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    if (this.loading) this.#interrupted = this.src;
    this.#abort?.abort();
  }

  /** The `src` whose load a disconnection aborted. */
  #interrupted?: string;

  /** Emits a Floke event; bubbles and crosses shadow roots unless told otherwise. */
  protected emit<K extends FlokeEventName>(name: K, detail: FlokeEventDetail<K>, options: EventInit = {}): boolean {
    return dispatchFlokeEvent(this, name, detail, options);
  }

  /** Selects an element (or clears with `null`) as the user did it: updates `selected` and emits `floke-select`. */
  protected selectElement(id: string | null): void {
    this.selected = id ?? undefined;
    const element = id === null ? undefined : this.model?.elements.find((e) => e.id === id);
    this.emit('floke-select', { id, kind: element?.kind ?? null });
  }

  /** Moves keyboard focus to the element with `id` in this view. */
  focusElement(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  /**
   * Holds the update while the normalizer loads, the first time a raw document (`data`, or `src` once fetched) is to
   * be drawn: `updateComplete` then resolves after the document is normalized, as it did when this was synchronous.
   * A view given only a `model` never waits and never loads the normalizer.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const hasDocument = this.data !== undefined || this.model !== undefined;
    const needed = [
      ...this.#comingLanguages().flatMap((lang) => this.stringChunks(lang)),
      ...(needsLargeDocumentCode(this.data, this.model) ? [largeDocumentChunk] : []),
      // A raw document may have problems (the normalizer finds them): their display comes along.
      ...(this.data !== undefined || this.problems.length > 0 ? [problemsChunk] : []),
      ...(hasDocument ? this.documentChunks() : []),
    ];
    const chunks = needed.filter((chunk) => !chunk.loaded);
    const normalizer = this.data !== undefined && !loadedNormalize();
    if (!normalizer && chunks.length === 0) return super.scheduleUpdate();
    // Loaded side by side; a chunk that fails leaves its part out (a view without d3 does not pan), never the drawing.
    const waits = chunks.map((chunk) => chunk.load().catch(() => undefined));
    if (normalizer)
      waits.push(
        loadNormalize().catch((error: unknown) => {
          this.#normalizeError = error instanceof Error ? error.message : String(error);
        }),
      );
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  /**
   * The lazy chunks (`lazyChunk`) this view draws a document with, beside the normalizer: the first update with a
   * document (`data` or `model`) waits for them, so a page that imports the element but has no document yet does not
   * load them, and one that has does not see the view drawn half.
   */
  protected documentChunks(): readonly LazyChunk<unknown>[] {
    return [];
  }

  /** Why the normalizer did not load, for `willUpdate` to report. */
  #normalizeError?: string;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src) {
      void this.#load(this.src);
    } else if (changed.has('data') && !this.#settingFromFetch) {
      // A document set by hand wins over a fetch still in flight, and clears the fetch's problems.
      this.#abort?.abort();
      this.loading = false;
      this.loadProblems = [];
    }
    // A model set from outside (shared) is drawn as given; `data` set later takes over again.
    if (changed.has('model') && this.model !== this.#normalized) this.#shared = true;
    if (changed.has('data')) this.#shared = false;
    if (changed.has('data') || (changed.has('inheritedLang') && !this.#shared)) {
      if (this.data !== undefined && !loadedNormalize()) {
        // The normalizer's chunk did not load (a bundle copied without its chunks, the network): the document cannot
        // be validated, so it is not drawn, and the view says why.
        const detail = this.#normalizeError ?? 'not loaded';
        this.loadProblems = [...this.loadProblems, makeLoadingProblem('fetch-failed', '', { url: 'normalizer.js', detail })];
        this.model = this.#normalized = undefined;
        return;
      }
      const lang = this.inheritedLang || undefined;
      this.#leaveJob();
      this.preparingCancelled = false;
      if (isLargeDocument(this.data)) {
        this.model = this.#normalized = undefined;
        this.#prepare(this.data, lang);
      } else {
        this.model = this.#normalized =
          this.data === undefined ? undefined : loadedDrawingModel()!(FlokeElement.normalize(this.data, { lang })); // loaded with normalize (checked above)
      }
    }
  }

  /**
   * Prepares a large document in the Worker, shared with every view given the same object: the model arrives later,
   * and `preparing` says how far it has come meanwhile.
   */
  #prepare(data: object, lang: string | undefined): void {
    const code = largeDocumentChunk.loaded;
    if (!code) {
      // Its chunk did not load (scheduleUpdate waited for it): said like a normalizer that did not load.
      this.loadProblems = [makeLoadingProblem('fetch-failed', '', { url: 'large-document-code.js', detail: 'not loaded' })];
      return;
    }
    const job = code.prepareLargeModel(data, lang);
    this.#job = job;
    this.preparing = job.progress;
    this.#stopListening = job.onProgress((progress) => (this.preparing = progress));
    job.model.then(
      (model) => {
        // Each view takes the shared model in a task of its own: in one, their first renders would add up.
        setTimeout(() => {
          if (this.#job !== job) return;
          this.#leaveJob();
          this.model = this.#normalized = model;
        });
      },
      (error: unknown) => {
        if (this.#job !== job) return;
        this.#leaveJob();
        if (error instanceof code.PreparingCancelled) {
          // Said in the view and through floke-error; not listed among the document's problems (nothing to fix there).
          this.preparingCancelled = true;
          this.emit('floke-error', { problems: [makeLoadingProblem('load-cancelled', '')] });
        } else {
          this.loadProblems = [
            makeLoadingProblem('layout-failed', '', {
              view: this.localName,
              detail: error instanceof Error ? error.message : String(error),
            }),
          ];
        }
      },
    );
  }

  /** Stops following the job preparing a large document (the job goes on for the other views that share it). */
  #leaveJob(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#job = undefined;
    this.preparing = undefined;
  }

  /**
   * Stops preparing a large document (the Cancel button): the Worker's job ends for every view that shares it, and
   * each says so (with a Try again button, `retryPreparing()`) and reports `load-cancelled` through `floke-error`.
   */
  cancelPreparing(): void {
    this.#job?.cancel();
  }

  /** Prepares the current document again after a cancel (the Try again button). */
  retryPreparing(): void {
    if (!this.preparingCancelled || !isLargeDocument(this.data)) return;
    this.preparingCancelled = false;
    this.#prepare(this.data, this.inheritedLang || undefined);
  }

  protected override updated(changed: PropertyValues): void {
    // A language no one foresaw (a shared model's), or problems that came another way: render again once their
    // code is there.
    const missing = [...this.stringChunks(this.uiLanguage), ...(this.problems.length > 0 ? [problemsChunk] : [])].filter(
      (chunk) => !chunk.loaded,
    );
    if (missing.length > 0) void Promise.all(missing.map((chunk) => chunk.load())).then(() => this.requestUpdate());
    if (changed.has('model') || changed.has('loadProblems')) this.#announce();
    this.#announceReady();
  }

  #settingFromFetch = false;

  /** The model this element normalized itself, and whether the current one was given from outside instead. */
  #normalized?: NormalizedDocument;
  #shared = false;

  async #load(url: string): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    // Fetch the document and the normalizer side by side (scheduleUpdate waits for it; a failure is reported there).
    loadNormalize().catch(() => undefined);
    try {
      // Fetching (and parsing, with its syntax-error positions) is a chunk of its own: views given `data` never load it.
      const { loadDocument } = await import('./load-document.js');
      const result = await loadDocument(url, { signal: abort.signal, maxBytes: this.maxBytes, timeoutMs: this.srcTimeout });
      if (abort.signal.aborted) return;
      this.loadProblems = result.problems;
      this.#settingFromFetch = true;
      this.data = result.document;
      await this.updateComplete;
    } catch (error) {
      // Anything unforeseen is still a failure to load, reported like the others (never an unhandled rejection).
      if (!abort.signal.aborted) {
        this.loadProblems = [
          makeLoadingProblem('fetch-failed', '', { url, detail: error instanceof Error ? error.message : String(error) }),
        ];
      }
    } finally {
      this.#settingFromFetch = false;
      if (this.#abort === abort) this.loading = false;
    }
  }

  /** Whether the view has finished drawing the current model. Views that draw asynchronously override it. */
  protected get drawn(): boolean {
    return true;
  }

  #announcedModel?: NormalizedDocument;

  #announce(): void {
    const errors = this.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) this.emit('floke-error', { problems: errors });
  }

  /**
   * Chunks loaded after the view's first draw of a document, never delaying it, and before `floke-ready` (the
   * export's code: `toSVG()` works from `floke-ready` on).
   */
  protected readyChunks(): readonly LazyChunk<unknown>[] {
    return [];
  }

  /** Emits `floke-ready` once per model, when the view has drawn it and its `readyChunks` are there. */
  #announceReady(afterChunks = false): void {
    if (!this.model || !this.drawn || this.#announcedModel === this.model) return;
    const missing = afterChunks ? [] : this.readyChunks().filter((chunk) => !chunk.loaded);
    if (missing.length > 0) {
      // A chunk that fails to load costs its feature (an empty toSVG), not the event.
      const model = this.model;
      void Promise.all(missing.map((chunk) => chunk.load().catch(() => undefined))).then(() => {
        if (this.model === model) this.#announceReady(true);
      });
      return;
    }
    this.#announcedModel = this.model;
    this.emit('floke-ready', { model: this.model, problems: this.problems });
  }

  /** Follows `lang` and `data-color-scheme` of the element or its nearest ancestor, and their changes. */
  #readInherited(): void {
    this.#observer?.disconnect();
    this.#observer = new MutationObserver(() => this.#readInherited());
    const owners = new Set<Element>([this]);
    for (const attribute of OBSERVED_INHERITED) {
      const { value, owner } = inheritedAttribute(this, attribute);
      if (owner) owners.add(owner);
      if (attribute === 'lang') this.inheritedLang = value ?? '';
      else if (owner !== this) this.#reflectScheme(value);
    }
    for (const owner of owners) this.#observer.observe(owner, { attributes: true, attributeFilter: [...OBSERVED_INHERITED] });
  }

  #reflectScheme(value: string | null): void {
    if (value === 'light' || value === 'dark' || value === 'auto') this.setAttribute('data-floke-scheme', value);
    else this.removeAttribute('data-floke-scheme');
  }
}
