import { makeLoadingProblem, type NormalizedDocument, type Problem, type UiLanguage } from '@floke/core';
import { loadNormalize, loadedMaterializeVersion, loadedNormalize } from '../base/lazy-normalize.js';
import type { DiffSummary, DocumentDiff, ElementRef } from '@floke/core/diff';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How an element of the later version compares with the earlier one: new, or changed (absent: unchanged). */
export type ChangeStatus = 'new' | 'changed';

export interface CompareOptions {
  /** The earlier version as a document object (the view's `compare`). */
  data(): unknown;
  /** URL of the earlier version (the view's `compare-src`); `data` wins when both are given. */
  src(): string | undefined;
  /** The earlier version already normalized (the view's `compareModel`, e.g. shared by the explorer); wins over both. */
  model(): NormalizedDocument | undefined;
  /**
   * Date of a version the drawn document carries in `versions` (the view's `compare-version`): compared with when no
   * other earlier version is given.
   */
  version?(): string | undefined;
  /** The drawn document as given (the view's `data`), for `version`; default: the source of `later()`. */
  current?(): unknown;
  /** Limits for loading `src`, as the view's own `src`. */
  maxBytes(): number;
  timeoutMs(): number;
  /** The version the view draws. */
  later(): NormalizedDocument | undefined;
  lang(): UiLanguage;
  /** Only load and normalize the earlier version, without diffing (the explorer, which hands it to its views). */
  readonly loadOnly?: boolean;
}

type DiffModule = typeof import('../base/compare-code.js');

/** The diff code, the panel and its texts, loaded once, on the first comparison: pages that never compare do not load it. */
let diffModule: Promise<DiffModule> | undefined;
const loadDiff = () => (diffModule ??= import('../base/compare-code.js'));

/**
 * Compare mode, shared by every view: when an earlier version is given, it diffs it against the drawn one (off the
 * first render: the diff module loads lazily) and tells the view each element's status, what is gone, and the
 * changes in words. The layout never reads it, so unchanged elements stay where they are.
 */
export class CompareController implements ReactiveController {
  #pair?: readonly [NormalizedDocument, NormalizedDocument];
  #diff?: DocumentDiff;
  #status = new Map<string, ChangeStatus>();
  #summary?: { lang: UiLanguage; diff: DocumentDiff; summary: DiffSummary };
  #module?: DiffModule;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CompareOptions,
  ) {
    host.addController(this);
  }

  #normalizedFrom?: { data: unknown; lang: UiLanguage; model: NormalizedDocument };
  #src?: string;
  #fetched?: { src: string; document?: unknown; problems: readonly Problem[] };
  #abort?: AbortController;
  #fromVersion?: { current: unknown; date: string; lang: UiLanguage; model?: NormalizedDocument; problems: readonly Problem[] };

  /** Problems of the earlier version: loading or making it, or in the document itself. */
  get problems(): readonly Problem[] {
    const made = this.#versionDate() ? (this.#fromVersion?.problems ?? []) : [];
    return [...(this.#fetched?.problems ?? []), ...made, ...(this.#earlier()?.problems ?? [])];
  }

  /**
   * Why the version `compare-version` names cannot be compared with (no such date, a patch that does not apply): no
   * diff is shown then, so the view lists these among its own problems.
   */
  get versionProblems(): readonly Problem[] {
    return this.#versionDate() && this.#earlier() === undefined ? (this.#fromVersion?.problems ?? []) : [];
  }

  /** The version date to compare with: only when no earlier document is given otherwise. */
  #versionDate(): string | undefined {
    if (this.options.model() || this.options.data() !== undefined || this.options.src()) return undefined;
    return this.options.version?.() || undefined;
  }

  /** The drawn document's dated version, made and normalized once per document, date and language. */
  #versionModel(date: string): NormalizedDocument | undefined {
    const current = this.options.current?.() ?? this.options.later()?.source;
    if (current === undefined) return undefined;
    const lang = this.options.lang();
    const known = this.#fromVersion;
    if (known?.current === current && known.date === date && known.lang === lang) return known.model;
    const normalize = loadedNormalize();
    const materializeVersion = loadedMaterializeVersion();
    if (!normalize || !materializeVersion) {
      // The normalizer (with materializeVersion) is a lazy chunk: compare once it has loaded.
      void loadNormalize().then(() => this.host.requestUpdate());
      return undefined;
    }
    const made = materializeVersion(current, date);
    this.#fromVersion = made.ok
      ? { current, date, lang, model: normalize(made.document, { lang }), problems: [] }
      : { current, date, lang, problems: made.problems };
    return this.#fromVersion.model;
  }

  /** The earlier version as normalized, from whichever input is given. */
  #earlier(): NormalizedDocument | undefined {
    const given = this.options.model();
    if (given) return given;
    const date = this.#versionDate();
    if (date) return this.#versionModel(date);
    const data = this.options.data() ?? (this.#fetched?.src === this.options.src() ? this.#fetched?.document : undefined);
    if (data === undefined) return undefined;
    const lang = this.options.lang();
    if (this.#normalizedFrom?.data !== data || this.#normalizedFrom.lang !== lang) {
      const normalize = loadedNormalize();
      if (!normalize) {
        // The normalizer is a lazy chunk: compare once it has loaded.
        void loadNormalize().then(() => this.host.requestUpdate());
        return undefined;
      }
      this.#normalizedFrom = { data, lang, model: normalize(data, { lang }) };
    }
    return this.#normalizedFrom.model;
  }

  /** Starts loading `src` when it changed (and no object is given instead). */
  #follow(): void {
    const src = this.options.data() === undefined && !this.options.model() ? this.options.src() : undefined;
    if (src === this.#src) return;
    this.#src = src;
    this.#abort?.abort();
    if (!src) return;
    const abort = (this.#abort = new AbortController());
    // Fetching is a chunk of its own, as for the view's own `src`.
    import('../base/load-document.js')
      .then(({ loadDocument }) =>
        loadDocument(src, { signal: abort.signal, maxBytes: this.options.maxBytes(), timeoutMs: this.options.timeoutMs() }),
      )
      .then((result) => ({ src, ...result }))
      .catch((error: unknown) => ({
        src,
        problems: [makeLoadingProblem('fetch-failed', '', { url: src, detail: error instanceof Error ? error.message : String(error) })],
      }))
      .then((fetched) => {
        if (abort.signal.aborted) return;
        this.#fetched = fetched;
        this.host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#src = undefined;
  }

  /** The earlier version, normalized in the host's language (undefined when not comparing, or still loading). */
  get earlier(): NormalizedDocument | undefined {
    return this.#earlier();
  }

  hostUpdate(): void {
    this.#follow();
    if (this.options.loadOnly) return;
    const earlier = this.#earlier();
    const later = this.options.later();
    if (!earlier || !later) {
      if (this.#pair) this.#reset();
      return;
    }
    if (this.#pair?.[0] === earlier && this.#pair[1] === later) return;
    this.#pair = [earlier, later];
    const pair = this.#pair;
    void loadDiff().then((module) => {
      if (this.#pair !== pair) return;
      this.#module = module;
      this.#set(module.diff(earlier, later));
    });
  }

  #reset(): void {
    this.#pair = undefined;
    this.#module = undefined;
    this.#diff = undefined;
    this.#status = new Map();
    this.host.requestUpdate();
  }

  #set(diff: DocumentDiff): void {
    this.#diff = diff;
    const status = new Map<string, ChangeStatus>();
    for (const e of diff.elements.changed) status.set(e.id, 'changed');
    for (const e of diff.elements.added) status.set(e.id, 'new');
    this.#status = status;
    this.host.requestUpdate();
  }

  /** Compare mode's code (the panel, its texts), there once the diff is ready (`active`). */
  get code(): DiffModule | undefined {
    return this.#module;
  }

  /** Whether the view is comparing and the diff is ready. */
  get active(): boolean {
    return this.#diff !== undefined;
  }

  /** The diff from the earlier version to the drawn one, once computed. */
  get diff(): DocumentDiff | undefined {
    return this.#diff;
  }

  /** An element's status in the drawn version (undefined: unchanged, or not comparing). */
  status(id: string): ChangeStatus | undefined {
    return this.#status.get(id);
  }

  /** Elements of the earlier version that the drawn one no longer has. */
  get gone(): readonly ElementRef[] {
    return this.#diff?.elements.removed ?? [];
  }

  /** The changes in words, in the view's language. */
  get summary(): DiffSummary | undefined {
    const diff = this.#diff;
    if (!diff || !this.#module) return undefined;
    const lang = this.options.lang();
    if (this.#summary?.diff !== diff || this.#summary.lang !== lang)
      this.#summary = { lang, diff, summary: this.#module.diffSummary(diff, lang) };
    return this.#summary.summary;
  }
}
