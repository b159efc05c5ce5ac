import type { CldNode, NormalizedDocument, NormalizedRelation, UiLanguage } from '@floke/core';
import type { NoteTarget, RelationChanges, RelationRef } from '@floke/core/edit';
import type { ReactiveControllerHost } from 'lit';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { WORKSHOP_STRINGS, type WorkshopStrings } from '../base/workshop-strings.js';
import { LinkDrag } from './link-drag.js';
import { LOOP_WORKSHOP_STRINGS, type LoopWorkshopStrings } from './loop-workshop-strings.js';
import { idFor as newId } from '../base/new-id.js';

/** How far Alt+arrow moves a factor, in layout units (CSS px at 1:1). */
export const MOVE_STEP = 20;
/** A press that moves less than this (CSS px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/** The causal-loop view, as its workshop sees it. */
export interface LoopWorkshopHost extends ReactiveControllerHost {
  readonly model?: NormalizedDocument;
  readonly uiLanguage: UiLanguage;
  /** The editor edits go to: the view's own, or an enclosing explorer's (see `sharedEditor`); set once editable. */
  readonly editor: DocumentEditor | undefined;
  focusElement(id: string): void;
}

/** What the view lends its workshop beyond its public face. */
export interface LoopWorkshopHooks {
  announce(text: string): void;
  select(id: string | null): void;
  nodes(): readonly CldNode[];
  /** The zoom factor: screen px per layout unit. */
  scale(): number;
  /** The panel's rename field (F2 goes there). */
  renameField(): HTMLInputElement | null;
  /** The drawing's pan/zoom group (a dragged link's rubber band is drawn there). */
  viewport(): SVGGElement | null | undefined;
  /** The factor drawn under a client point. */
  factorAt(clientX: number, clientY: number): string | undefined;
}

/** Whether a press began on the link handle of a factor. */
const onHandle = (event: Event) =>
  event.composedPath().some((target) => target instanceof SVGGElement && target.classList.contains('link-handle'));

/** An id for a new factor from its label (see `idFor` in base). */
export const idFor = (label: string, taken: ReadonlySet<string>): string => newId(label, taken, 'faktor');

/**
 * Workshop mode of `<floke-causal-loops>`: drawing links (K, arrows, Enter, then + or −; or the panel's buttons and a
 * click on the target), renaming (F2), removing (Delete), moving (Alt+arrows, or a drag) and the link panel's edits.
 * It turns each gesture into an `Edit` for the view's `DocumentEditor`; the layout follows the new document.
 */
export class LoopWorkshop {
  /** The factor a link is being drawn from. */
  linkFrom?: string;
  /** The target chosen; the link waits for its sign. */
  linkTo?: string;
  #linkCursor = -1;
  #drag?: { id: string; node: SVGGElement; startX: number; startY: number; dx: number; dy: number; moved: boolean };
  readonly #band = new LinkDrag({ viewport: () => this.hooks.viewport(), factorAt: (x, y) => this.hooks.factorAt(x, y) });

  constructor(
    private readonly view: LoopWorkshopHost,
    private readonly hooks: LoopWorkshopHooks,
  ) {}

  /** Read at each edit: the view may be handed an explorer's editor after it was built. */
  get editor(): DocumentEditor {
    // A workshop exists only in an editable view, which has an editor by then.
    return this.view.editor!;
  }

  get t(): WorkshopStrings {
    return WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  /** The causal-loop workshop's own texts. */
  get loopT(): LoopWorkshopStrings {
    return LOOP_WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  label(id: string): string {
    return this.view.model?.elements.find((e) => e.id === id)?.label ?? id;
  }

  /** The causal links that start or end at `id`, as the document has them. */
  linksOf(id: string): readonly NormalizedRelation[] {
    return (this.view.model?.relations ?? []).filter((r) => r.type === 'causes' && (r.from === id || r.to === id));
  }

  addFactor(label: string): boolean {
    const text = label.trim();
    if (!text) return false;
    const id = idFor(text, new Set(this.view.model?.elements.map((e) => e.id)));
    const done = this.editor.apply({ type: 'add-element', element: { id, kind: 'factor', label: text } }, this.t.added(text));
    if (done) this.hooks.select(id);
    return done;
  }

  rename(id: string, label: string): boolean {
    const text = label.trim();
    if (!text) return false;
    return this.editor.apply({ type: 'update-element', id, changes: { label: text } }, this.t.renamed(this.label(id), text));
  }

  remove(id: string): void {
    const links = this.linksOf(id).length;
    if (this.editor.apply({ type: 'remove-element', id }, this.t.removed(this.label(id), links))) this.hooks.select(null);
  }

  /** Adds a dated note to a factor (by id) or to a link (by its ends and type). */
  addNote(on: string | RelationRef, text: string, date: string): boolean {
    if (!text.trim()) return false;
    const target: NoteTarget = typeof on === 'string' ? { element: on } : { relation: on };
    const name = typeof on === 'string' ? this.label(on) : `${this.label(on.from)} → ${this.label(on.to)}`;
    return this.editor.apply({ type: 'add-note', target, note: { date, text: text.trim() } }, this.t.noteAdded(name));
  }

  changeLink(ref: RelationRef, changes: RelationChanges): void {
    this.editor.apply({ type: 'update-relation', relation: ref, changes }, this.t.linkChanged(this.label(ref.from), this.label(ref.to)));
  }

  removeLink(ref: RelationRef): void {
    this.editor.apply({ type: 'remove-relation', relation: ref }, this.t.linkRemoved(this.label(ref.from), this.label(ref.to)));
  }

  /** Moves a factor by (dx, dy) layout units and stores where it ends as its `position` hint. */
  move(id: string, dx: number, dy: number): void {
    const nodes = this.hooks.nodes();
    const node = nodes.find((n) => n.id === id);
    if (!node) return;
    // Hints are in layout units before the drawing is shifted to its margin; a pinned factor tells the shift.
    const pinned = nodes.find((n) => n.pinned);
    const hint = pinned && this.view.model?.elements.find((e) => e.id === pinned.id)?.position;
    const shiftX = hint ? pinned.x - hint.x : 0;
    const shiftY = hint ? pinned.y - hint.y : 0;
    const position = { x: Math.round(node.x - shiftX + dx), y: Math.round(node.y - shiftY + dy) };
    this.editor.apply({ type: 'update-element', id, changes: { position } }, this.t.moved(this.label(id)));
  }

  startLink(from: string): void {
    this.linkFrom = from;
    this.linkTo = undefined;
    this.#linkCursor = -1;
    this.hooks.announce(this.t.linkPick(this.label(from)));
    this.view.requestUpdate();
  }

  cancelLink(): void {
    if (this.linkFrom === undefined) return;
    this.linkFrom = this.linkTo = undefined;
    this.hooks.announce(this.t.linkCancelled);
    this.view.requestUpdate();
  }

  pickTarget(to: string): void {
    if (this.linkFrom === undefined) return;
    this.linkTo = to;
    this.hooks.announce(this.t.linkSign(this.label(this.linkFrom), this.label(to)));
    this.view.requestUpdate();
  }

  finishLink(polarity: '+' | '-'): void {
    const { linkFrom: from, linkTo: to } = this;
    if (from === undefined || to === undefined) return;
    this.linkFrom = this.linkTo = undefined;
    const added = this.t.linkAdded(this.label(from), this.label(to), polarity);
    if (!this.editor.apply({ type: 'add-relation', relation: { from, to, type: 'causes', polarity } }, added)) this.view.requestUpdate();
  }

  /** A click on a factor while a link waits for its target picks the target; true when it did. */
  click(id: string): boolean {
    if (this.linkFrom === undefined || this.linkTo !== undefined) return false;
    this.pickTarget(id);
    return true;
  }

  /** Workshop keys on a focused factor; true when the key was the workshop's. */
  keydown(event: KeyboardEvent, id: string): boolean {
    const key = event.key;
    if (this.linkFrom !== undefined) return this.#linkKey(event, id);
    if (event.altKey && key.startsWith('Arrow')) {
      const dx = key === 'ArrowLeft' ? -MOVE_STEP : key === 'ArrowRight' ? MOVE_STEP : 0;
      const dy = key === 'ArrowUp' ? -MOVE_STEP : key === 'ArrowDown' ? MOVE_STEP : 0;
      this.move(id, dx, dy);
    } else if ((key === 'k' || key === 'K') && !event.ctrlKey && !event.metaKey) {
      this.startLink(id);
    } else if (key === 'Delete' || key === 'Backspace') {
      // Focus moves to another factor now, before the removed one leaves the drawing (its blur would come mid-render).
      const other = this.hooks.nodes().find((n) => n.id !== id);
      const svg = (event.target as SVGElement).ownerSVGElement;
      if (other) svg?.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(other.id)}"]`)?.focus();
      if (other) this.view.focusElement(other.id);
      this.remove(id);
    } else if (key === 'F2') {
      this.hooks.select(id);
      void this.view.updateComplete.then(() => this.hooks.renameField()?.focus());
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  /** While drawing a link: arrows walk every factor, Enter picks the target, + or − signs it, Esc cancels. */
  #linkKey(event: KeyboardEvent, id: string): boolean {
    const key = event.key;
    if (key === 'Escape') this.cancelLink();
    else if (this.linkTo !== undefined && (key === '+' || key === '-' || key === '−')) this.finishLink(key === '+' ? '+' : '-');
    else if (this.linkTo === undefined && (key === 'Enter' || key === ' ')) this.pickTarget(id);
    else if (this.linkTo === undefined && key.startsWith('Arrow')) {
      const ids = this.hooks.nodes().map((n) => n.id);
      const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
      const from = this.#linkCursor < 0 ? ids.indexOf(id) : this.#linkCursor;
      this.#linkCursor = (from + step + ids.length) % ids.length;
      const target = ids[this.#linkCursor]!;
      this.view.focusElement(target);
      this.hooks.announce(this.t.linkTarget(this.label(target)));
    } else return false;
    event.preventDefault();
    return true;
  }

  // ——— Dragging a factor, or a link from it ———

  /** A press on a factor: on its link handle or with Shift it starts a link, otherwise it may move the factor. */
  pointerdown(event: PointerEvent, id: string, node: SVGGElement): void {
    if (event.button !== 0 || this.linkFrom !== undefined) return;
    if (event.shiftKey || onHandle(event)) {
      const box = this.hooks.nodes().find((n) => n.id === id);
      if (!box) return;
      this.#band.start(event, id, { x: box.x + box.width / 2, y: box.y });
      this.hooks.announce(this.loopT.dragFrom(this.label(id)));
      return;
    }
    this.#drag = { id, node, startX: event.clientX, startY: event.clientY, dx: 0, dy: 0, moved: false };
    try {
      node.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer cannot be captured; its moves still reach the drawing.
    }
  }

  pointermove(event: PointerEvent): void {
    if (this.#band.move(event)) return;
    const drag = this.#drag;
    if (!drag) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    drag.moved = true;
    const k = this.hooks.scale();
    drag.dx = dx / k;
    drag.dy = dy / k;
    // Follows the pointer without a render; the new layout replaces it once the edit is made.
    drag.node.style.translate = `${drag.dx}px ${drag.dy}px`;
  }

  /**
   * Ends a drag: a link released on another factor waits for its sign (the panel's buttons, or + and − on the target,
   * which gets focus); released elsewhere it is cancelled; a moved factor is stored. True when the press was a drag
   * (so it is not also a click).
   */
  pointerup(event: PointerEvent): boolean {
    const band = this.#band.end(event);
    if (band) {
      if (band.to === undefined || band.to === band.from) {
        this.hooks.announce(this.t.linkCancelled);
      } else {
        this.linkFrom = band.from;
        this.pickTarget(band.to);
        this.view.focusElement(band.to);
      }
      return true;
    }
    const drag = this.#drag;
    this.#drag = undefined;
    if (!drag?.moved) return false;
    drag.node.style.translate = '';
    this.move(drag.id, drag.dx, drag.dy);
    return true;
  }

  /** The browser took the pointer (a touch turned into a scroll): nothing is drawn or moved. */
  pointercancel(): void {
    this.#band.cancel();
    if (this.#drag) this.#drag.node.style.translate = '';
    this.#drag = undefined;
  }
}
