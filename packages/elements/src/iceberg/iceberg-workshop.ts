import type { ElementKind, IcebergLayout, NormalizedDocument, NormalizedNote, NormalizedRelation, UiLanguage } from '@floke/core';
import type { NoteTarget, RelationRef } from '@floke/core/edit';
import type { ReactiveControllerHost } from 'lit';
import { idFor } from '../base/new-id.js';
import { WORKSHOP_STRINGS, type WorkshopStrings } from '../base/workshop-strings.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { chipToward } from './iceberg-navigation.js';
import { ICEBERG_WORKSHOP_STRINGS, type IcebergWorkshopStrings } from './iceberg-workshop-strings.js';

/** A press that moves less than this (CSS px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/** The iceberg view, as its workshop sees it. */
export interface IcebergWorkshopHost extends ReactiveControllerHost {
  readonly model?: NormalizedDocument;
  readonly layout?: IcebergLayout;
  readonly uiLanguage: UiLanguage;
  readonly selected?: string;
  focusElement(id: string): void;
}

/** What the view lends its workshop beyond its public face. */
export interface IcebergWorkshopHooks {
  announce(text: string): void;
  select(id: string | null): void;
  /** The panel's field for a new element's name, or the rename field. */
  field(name: 'add' | 'rename'): HTMLInputElement | null;
  /** Drawing units per CSS px of the drawing on screen, and the drawing's top on screen (client px). */
  drawingScale(): { unitsPerPx: number; top: number } | undefined;
}

/** An `explains` relation's reference for edits. */
export const explainsRef = (r: { from: string; to: string }): RelationRef => ({ from: r.from, to: r.to, type: 'explains' });

/**
 * Workshop mode of `<floke-iceberg>`: adding an element to a layer (a button per layer, or N on a chip), renaming
 * (F2), removing (Delete), moving to another layer (Alt+Up/Down, a drag, or the panel's layer picker), drawing an
 * `explains` link (K, arrows, Enter; or the panel's button and a click on the target), removing one, and notes. Each
 * gesture becomes an `Edit` for the view's `DocumentEditor`; the layout and the text alternative follow the new document.
 */
export class IcebergWorkshop {
  /** The layer Enter in the "new element" field adds to, once chosen (N on a chip, or a layer's button). */
  addLayer?: string;
  /** The element an `explains` link is being drawn from. */
  linkFrom?: string;
  /** An element whose chip should have focus once the new layout is drawn (it moved, so its mark changed). */
  #refocus?: string;
  #drag?: { id: string; node: SVGGElement; startX: number; startY: number; moved: boolean };

  /** @param editorOf The editor edits go to: the view's own, or an enclosing explorer's (`sharedEditor`). */
  constructor(
    private readonly view: IcebergWorkshopHost,
    private readonly editorOf: () => DocumentEditor,
    private readonly hooks: IcebergWorkshopHooks,
  ) {}

  get editor(): DocumentEditor {
    return this.editorOf();
  }

  get t(): IcebergWorkshopStrings {
    return ICEBERG_WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  /** The texts every workshop shares (undo, files, the «NY» tag). */
  get shared(): WorkshopStrings {
    return WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  /** The iceberg's layers, top down. */
  get layers(): readonly { id: string; label: string }[] {
    return this.view.model?.views.iceberg.layers ?? [];
  }

  label(id: string): string {
    return this.view.model?.elements.find((e) => e.id === id)?.label ?? id;
  }

  layerLabel(id: string | undefined): string {
    return this.layers.find((l) => l.id === id)?.label ?? id ?? '';
  }

  layerOf(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.view.model?.elements.find((e) => e.id === id)?.layer;
  }

  /** Where Enter adds a new element: the layer last chosen, else the selected element's, else the top one. */
  get targetLayer(): string | undefined {
    const known = (id: string | undefined) => (id !== undefined && this.layers.some((l) => l.id === id) ? id : undefined);
    return known(this.addLayer) ?? known(this.layerOf(this.view.selected)) ?? this.layers[0]?.id;
  }

  /** True when the document being edited has no element `id` (the workshop removed it). */
  removed(id: string): boolean {
    const elements = this.editor.document?.elements;
    return Array.isArray(elements) && !elements.some((e) => e.id === id);
  }

  /** The element's dated notes, as the document has them. */
  notesOf(id: string): readonly NormalizedNote[] {
    return this.view.model?.elements.find((e) => e.id === id)?.notes ?? [];
  }

  /** The `explains` links that start or end at `id`, as the document has them. */
  linksOf(id: string): readonly NormalizedRelation[] {
    return (this.view.model?.relations ?? []).filter((r) => r.type === 'explains' && (r.from === id || r.to === id));
  }

  /** A layer's button: adds the typed name there, or with no name yet, makes it the target and asks for one. */
  chooseLayer(layer: string, typed: string, kind: ElementKind): boolean {
    if (typed.trim()) return this.add(typed, layer, kind);
    this.aimAt(layer);
    return false;
  }

  /** Makes `layer` the target of the "new element" field, moves focus there and says so. */
  aimAt(layer: string): void {
    this.addLayer = layer;
    this.hooks.announce(this.t.typeName(this.layerLabel(layer)));
    this.view.requestUpdate();
    void this.view.updateComplete.then(() => this.hooks.field('add')?.focus());
  }

  add(label: string, layer: string, kind: ElementKind): boolean {
    const text = label.trim();
    if (!text) return false;
    const id = idFor(text, new Set(this.view.model?.elements.map((e) => e.id)));
    const done = this.editor.apply(
      { type: 'add-element', element: { id, kind, label: text, layer } },
      this.t.added(text, this.layerLabel(layer)),
    );
    if (done) {
      this.addLayer = layer;
      this.hooks.select(id);
    }
    return done;
  }

  rename(id: string, label: string): boolean {
    const text = label.trim();
    if (!text) return false;
    const renamed = this.shared.renamed(this.label(id), text);
    return this.editor.apply({ type: 'update-element', id, changes: { label: text } }, renamed);
  }

  remove(id: string): void {
    const links = this.linksOf(id).length;
    if (this.editor.apply({ type: 'remove-element', id }, this.t.removed(this.label(id), links))) this.hooks.select(null);
  }

  /** Moves an element to `layer`; its chip keeps keyboard focus when it had it. */
  moveTo(id: string, layer: string, refocus = false): boolean {
    if (this.layerOf(id) === layer) return false;
    const done = this.editor.apply(
      { type: 'update-element', id, changes: { layer } },
      this.t.moved(this.label(id), this.layerLabel(layer)),
    );
    if (done && refocus) this.#refocus = id;
    return done;
  }

  /** Moves an element one layer up (−1) or down (1); says so when there is no layer that way. */
  moveBy(id: string, step: 1 | -1): void {
    const index = this.layers.findIndex((l) => l.id === this.layerOf(id));
    const next = this.layers[index + step];
    if (index < 0 || !next) {
      this.hooks.announce(step < 0 ? this.t.noLayerAbove(this.label(id)) : this.t.noLayerBelow(this.label(id)));
      return;
    }
    this.moveTo(id, next.id, true);
  }

  /** After a render: gives focus back to a chip that moved (its mark is a different one in the new layout). */
  afterRender(): void {
    const id = this.#refocus;
    if (id === undefined || !this.view.layout?.chips.some((c) => c.id === id && c.layer === this.layerOf(id))) return;
    this.#refocus = undefined;
    this.view.focusElement(id);
  }

  addNote(target: NoteTarget, text: string, date: string): boolean {
    if (!text.trim()) return false;
    const about =
      'element' in target
        ? `«${this.label(target.element)}»`
        : this.t.linkName(this.label(target.relation.from), this.label(target.relation.to));
    return this.editor.apply({ type: 'add-note', target, note: { date, text: text.trim() } }, this.t.noteAdded(about));
  }

  removeLink(ref: RelationRef): void {
    this.editor.apply({ type: 'remove-relation', relation: ref }, this.t.linkRemoved(this.label(ref.from), this.label(ref.to)));
  }

  startLink(from: string): void {
    this.linkFrom = from;
    this.hooks.announce(this.t.linkPick(this.label(from)));
    this.view.requestUpdate();
  }

  cancelLink(): void {
    if (this.linkFrom === undefined) return;
    this.linkFrom = undefined;
    this.hooks.announce(this.t.linkCancelled);
    this.view.requestUpdate();
  }

  /** Draws the link to `to`; the element itself is not a target (the drawing waits for another). */
  pickTarget(to: string): void {
    const from = this.linkFrom;
    if (from === undefined) return;
    if (to === from) {
      this.hooks.announce(this.t.linkSelf);
      return;
    }
    this.linkFrom = undefined;
    const added = this.t.linkAdded(this.label(from), this.label(to));
    if (!this.editor.apply({ type: 'add-relation', relation: { from, to, type: 'explains' } }, added)) this.view.requestUpdate();
  }

  /** A click on a chip while a link waits for its target picks the target; true when it did. */
  click(id: string): boolean {
    if (this.linkFrom === undefined) return false;
    this.pickTarget(id);
    return true;
  }

  /** Workshop keys on a focused chip; true when the key was the workshop's. */
  keydown(event: KeyboardEvent, id: string): boolean {
    const key = event.key;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (this.linkFrom !== undefined) return this.#linkKey(event, id);
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) this.moveBy(id, key === 'ArrowUp' ? -1 : 1);
    else if ((key === 'k' || key === 'K') && plain) this.startLink(id);
    else if ((key === 'n' || key === 'N') && plain) this.aimAt(this.layerOf(id) ?? this.layers[0]?.id ?? '');
    else if (key === 'Delete' || key === 'Backspace') this.#removeFocused(id);
    else if (key === 'F2') {
      this.hooks.select(id);
      void this.view.updateComplete.then(() => this.hooks.field('rename')?.focus());
    } else return false;
    event.preventDefault();
    return true;
  }

  /** Focus goes to a neighbour before the chip leaves the drawing (its blur would come mid-render). */
  #removeFocused(id: string): void {
    const layout = this.view.layout;
    const other =
      layout &&
      (chipToward(layout, id, 'ArrowRight') ??
        chipToward(layout, id, 'ArrowLeft') ??
        chipToward(layout, id, 'ArrowDown') ??
        chipToward(layout, id, 'ArrowUp'));
    if (other) this.view.focusElement(other.id);
    this.remove(id);
  }

  /** While drawing a link: the arrows move as ever (the target is announced on focus), Enter picks, Esc cancels. */
  #linkKey(event: KeyboardEvent, id: string): boolean {
    if (event.key === 'Escape') this.cancelLink();
    else if (event.key === 'Enter' || event.key === ' ') this.pickTarget(id);
    else return false;
    event.preventDefault();
    return true;
  }

  /** While drawing a link, a chip that gets focus says it is a candidate. */
  focused(id: string): void {
    if (this.linkFrom !== undefined && id !== this.linkFrom) this.hooks.announce(this.t.linkTarget(this.label(id)));
  }

  // ——— Dragging a chip to another layer ———

  pointerdown(event: PointerEvent, id: string, node: SVGGElement): void {
    if (event.button !== 0 || this.linkFrom !== undefined) return;
    this.#drag = { id, node, startX: event.clientX, startY: event.clientY, moved: false };
    node.setPointerCapture?.(event.pointerId);
  }

  pointermove(event: PointerEvent): void {
    const drag = this.#drag;
    const scale = this.hooks.drawingScale();
    if (!drag || !scale) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    drag.moved = true;
    drag.node.classList.add('dragging');
    // Follows the pointer without a render (a CSSOM write, allowed under a strict CSP); the new layout replaces it.
    drag.node.style.translate = `${dx * scale.unitsPerPx}px ${dy * scale.unitsPerPx}px`;
  }

  /** Ends a drag with a move to the layer under the pointer; true when the press was a drag (so it is not a click). */
  pointerup(event: PointerEvent): boolean {
    const drag = this.#drag;
    this.#drag = undefined;
    if (!drag?.moved) return false;
    drag.node.style.translate = '';
    drag.node.classList.remove('dragging');
    const scale = this.hooks.drawingScale();
    const layer = scale && bandAt(this.view.layout, (event.clientY - scale.top) * scale.unitsPerPx);
    if (layer && layer !== this.layerOf(drag.id)) this.moveTo(drag.id, layer);
    return true;
  }
}

/** The layer whose band holds the drawing's y; above the first band is the first, below the last the last. */
export function bandAt(layout: IcebergLayout | undefined, y: number): string | undefined {
  const bands = layout?.bands ?? [];
  return (bands.find((band) => y < band.bottom) ?? bands.at(-1))?.id;
}
