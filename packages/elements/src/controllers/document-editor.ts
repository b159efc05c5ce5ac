import { parseDocument, type FlokeDocument, type Problem, type UiLanguage } from '@floke/core';
import { applyEdit, EditHistory, type Edit, type JsonPatch } from '@floke/core/edit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dispatchFlokeEvent, type FlokeChangeCause } from '../base/events.js';
import { downloadFile } from '../base/export-image.js';
import { WORKSHOP_STRINGS } from '../base/workshop-strings.js';
import { deleteDraft, loadDraft, saveDraft, type Draft } from './draft-store.js';

/** What a view gives the editor: its document (`data`), whether it edits, and its language. */
export interface EditorHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  readonly editable: boolean;
  readonly uiLanguage: UiLanguage;
  /**
   * The editor of an enclosing `<floke-explorer editable>`, when the view is one of its views: the view's own editor
   * then stands down (no keys, no draft, no baseline), so one history serves every view. See README, "Workshop mode".
   */
  readonly sharedEditor?: DocumentEditor | undefined;
}

const isDocument = (value: unknown): value is FlokeDocument => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The editing half of workshop mode, shared by every editable view: applies edits through core's `applyEdit`, keeps
 * undo and redo, sets the new document as the view's `data` (the old object is never touched), emits `floke-change`,
 * keeps a draft in IndexedDB and offers it back, downloads and opens JSON files, and remembers what the document held
 * when the workshop began so views can mark what is new.
 */
export class DocumentEditor implements ReactiveController {
  readonly history = new EditHistory();
  /** Why the last edit was refused (empty after a change that went through). */
  problems: readonly Problem[] = [];
  /** A saved draft that differs from the document, offered back until restored or discarded. */
  draft?: Draft;
  #baseline?: ReadonlySet<string>;

  /** @param announce Puts a sentence in the view's live region. */
  constructor(
    private readonly host: EditorHost,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeydown);
  }

  /** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, except in a text field, which keeps its own undo. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (!this.#active || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  };

  get document(): FlokeDocument | undefined {
    return isDocument(this.host.data) ? this.host.data : undefined;
  }

  get #t() {
    return WORKSHOP_STRINGS[this.host.uiLanguage];
  }

  /** Editing, and not standing down for an enclosing explorer's editor. */
  get #active(): boolean {
    const shared = this.host.sharedEditor;
    return this.host.editable && (shared === undefined || shared === this);
  }

  hostUpdated(): void {
    const document = this.document;
    if (!this.#active || !document || this.#baseline) return;
    this.#baseline = new Set(Array.isArray(document.elements) ? document.elements.map((e) => e.id) : []);
    void this.#offerDraft(document);
  }

  /** True for an element added since the workshop began (since `editable` first met this document). */
  isNew(id: string): boolean {
    return this.#baseline !== undefined && !this.#baseline.has(id);
  }

  /** Applies `edit`; announces `done` when it goes through, or the reasons when it is refused. */
  apply(edit: Edit, done: string): boolean {
    const document = this.document;
    if (!document) return false;
    const result = applyEdit(document, edit);
    if (!result.ok) return this.refuse(result.problems);
    this.history.record(result);
    this.#commit(result.document, result.patch, edit, 'edit', done);
    return true;
  }

  /**
   * Refuses a change the view itself rules out (e.g. H2+ on an element not on H2): the document stays as it was, the
   * panel and the live region say why. Always false, so a caller can `return editor.refuse(…)`.
   */
  refuse(problems: readonly Problem[]): false {
    this.problems = problems;
    this.announce(`${this.#t.refused} ${problems.map((p) => p.message[this.host.uiLanguage]).join(' ')}`);
    this.host.requestUpdate();
    return false;
  }

  undo(): void {
    const document = this.document;
    const move = document && this.history.undo(document);
    if (!move) this.announce(this.#t.nothingToUndo);
    else this.#commit(move.document, move.patch, null, 'undo', this.#t.undone);
  }

  redo(): void {
    const document = this.document;
    const move = document && this.history.redo(document);
    if (!move) this.announce(this.#t.nothingToRedo);
    else this.#commit(move.document, move.patch, null, 'redo', this.#t.redone);
  }

  /** Puts the offered draft in place of the document, as one undoable step. */
  restoreDraft(): void {
    const draft = this.draft;
    if (!draft || !isDocument(draft.document)) return;
    this.draft = undefined;
    // What was new in the workshop before the reload is still new after it.
    if (draft.baseline) this.#baseline = new Set(draft.baseline);
    this.#replace(draft.document, 'draft', this.#t.draftRestored);
  }

  discardDraft(): void {
    const document = this.document;
    this.draft = undefined;
    if (document) void deleteDraft(document.id ?? '');
    this.host.requestUpdate();
  }

  /** Offers the document as a `.json` file named after its id. */
  download(): void {
    const document = this.document;
    if (document) downloadFile(JSON.stringify(document, null, 2), 'application/json', `${document.id ?? 'floke'}.json`);
  }

  /** Reads a JSON file and puts it in place of the document, as one undoable step; text that is not JSON is refused. */
  async open(file: File): Promise<void> {
    const parsed = parseDocument(await file.text());
    if (!isDocument(parsed.document)) {
      this.problems = parsed.problems;
      this.announce(`${this.#t.refused} ${parsed.problems.map((p) => p.message[this.host.uiLanguage]).join(' ')}`);
      this.host.requestUpdate();
      return;
    }
    this.#replace(parsed.document, 'open', this.#t.opened(file.name));
  }

  #replace(next: FlokeDocument, cause: FlokeChangeCause, done: string): void {
    const previous = this.document;
    const patch: JsonPatch = [{ op: 'replace', path: '', value: next }];
    this.history.record({ patch, inverse: [{ op: 'replace', path: '', value: previous }] });
    this.#commit(next, patch, null, cause, done);
  }

  #commit(document: FlokeDocument, patch: JsonPatch, edit: Edit | null, cause: FlokeChangeCause, done: string): void {
    this.problems = [];
    this.host.data = document;
    this.announce(done);
    dispatchFlokeEvent(this.host, 'floke-change', { document, patch, edit, cause });
    // The draft follows every change, so a reload or a crash offers back the last one.
    void saveDraft(document.id ?? '', document, [...(this.#baseline ?? [])]);
  }

  async #offerDraft(document: FlokeDocument): Promise<void> {
    const draft = await loadDraft(document.id ?? '');
    if (!draft || JSON.stringify(draft.document) === JSON.stringify(document)) return;
    this.draft = draft;
    this.host.requestUpdate();
  }
}
