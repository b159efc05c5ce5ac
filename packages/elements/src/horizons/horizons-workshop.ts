import {
  HORIZONS,
  makeProblem,
  nearestMonth,
  parsePartialDate,
  shiftDate,
  spotAt,
  spotOf,
  yearAtX,
  type ElementKind,
  type Horizon,
  type HorizonSpot,
  type HorizonsLayout,
  type NormalizedDocument,
  type NormalizedElement,
  type UiLanguage,
} from '@floke/core';
import type { ElementChanges } from '@floke/core/edit';
import type { ReactiveControllerHost } from 'lit';
import { idFor } from '../base/new-id.js';
import type { CommonUiStrings } from '../base/strings.js';
import { WORKSHOP_STRINGS, type WorkshopStrings } from '../base/workshop-strings.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import type { HorizonWords } from './horizon-words.js';
import { HORIZONS_WORKSHOP_STRINGS, type HorizonsWorkshopStrings } from './horizons-workshop-strings.js';

/** A press that moves less than this (CSS px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/** H2's shifts in the order S steps through them: none, H2+ (toward H3), H2− (absorbed by H1). */
export const SHIFT_CYCLE = [undefined, 'toward-h3', 'absorbed-by-h1'] as const;
export type HorizonShift = Exclude<(typeof SHIFT_CYCLE)[number], undefined>;

/** The horizons view, as its workshop sees it. */
export interface HorizonsWorkshopHost extends ReactiveControllerHost {
  readonly model?: NormalizedDocument;
  readonly layout?: HorizonsLayout;
  readonly uiLanguage: UiLanguage;
  focusElement(id: string): void;
}

/** What the view lends its workshop beyond its public face. */
export interface HorizonsWorkshopHooks {
  announce(text: string): void;
  select(id: string | null): void;
  strings(): CommonUiStrings;
  words(): HorizonWords;
  /** The drawing, to turn client coordinates into the layout's. */
  svg(): SVGSVGElement | null;
  /** The focusable mark of an element: its marker, or its button in the narrow form. */
  focusable(id: string): HTMLElement | SVGElement | null;
  /** The element of the view that has focus now. */
  active(): Element | null;
  /** The add form's name field (N and a click on a curve go there) and the rename field (F2). */
  field(name: 'add' | 'rename'): HTMLInputElement | null;
}

/** The months between two partial dates (each taken at its start). */
function monthsBetween(from: string, to: string): number {
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  return a && b ? b.year * 12 + (b.month ?? 1) - (a.year * 12 + (a.month ?? 1)) : 0;
}

/**
 * Workshop mode of `<floke-horizons>`: adding an element at a date on a horizon (the form, N, or a click on a curve),
 * renaming (F2), removing (Delete), moving along time (Alt+Left/Right a month, with Shift a year, or a drag snapped to
 * months), between horizons (Alt+Up/Down), marking H2+ and H2− (S or the panel), and notes. It turns each gesture
 * into an `Edit` for the view's `DocumentEditor`; the layout, names and text alternative follow the new document.
 */
export class HorizonsWorkshop {
  /** What the add form holds: horizon and date (a click on a curve or N sets them), and kind. */
  form: { horizon: Horizon; date: string; kind: ElementKind } = { horizon: 'H2', date: '', kind: 'initiative' };
  /** The place a click on a curve picked, marked on the drawing until the element is added. */
  spot?: HorizonSpot;
  /** The dragged element's new place, drawn while the pointer moves. */
  preview?: HorizonSpot & { readonly id: string };
  #drag?: { id: string; startX: number; startY: number; moved: boolean };

  constructor(
    private readonly view: HorizonsWorkshopHost,
    private readonly editorOf: () => DocumentEditor,
    private readonly hooks: HorizonsWorkshopHooks,
  ) {}

  /** The editor edits go to: the view's own, or an enclosing explorer's (`sharedEditor`). Read late, as it can change. */
  get editor(): DocumentEditor {
    return this.editorOf();
  }

  get t(): HorizonsWorkshopStrings {
    return HORIZONS_WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  get shared(): WorkshopStrings {
    return WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  element(id: string): NormalizedElement | undefined {
    return this.view.model?.elements.find((e) => e.id === id);
  }

  label(id: string): string {
    return this.element(id)?.label ?? id;
  }

  #name(horizon: Horizon): string {
    return this.hooks.strings().horizons.names[horizon];
  }

  #when(date: string): string {
    return date ? this.hooks.words().date(date) : this.hooks.strings().horizons.undated;
  }

  /** The add form as the panel shows it: until something sets its date, the month of the axis's "now". */
  get formShown(): HorizonsWorkshop['form'] {
    const layout = this.view.layout;
    if (!this.#formPrimed && layout) {
      this.#formPrimed = true;
      if (layout.now && !this.form.date) this.form = { ...this.form, date: nearestMonth(layout.now.year) };
    }
    return this.form;
  }
  #formPrimed = false;

  /** Counts per horizon and of H2's shifts, for the toolbar. */
  counts(): string {
    const elements = this.view.model?.elements ?? [];
    const on = (h: Horizon) => elements.filter((e) => e.horizon === h);
    const shifted = (s: HorizonShift) => on('H2').filter((e) => e.horizonShift === s).length;
    return this.t.counts(on('H1').length, on('H2').length, on('H3').length, shifted('toward-h3'), shifted('absorbed-by-h1'));
  }

  // ——— Edits ———

  add(label: string): boolean {
    const text = label.trim();
    if (!text) return false;
    const { horizon, date, kind } = this.form;
    const id = idFor(text, new Set(this.view.model?.elements.map((e) => e.id)), 'element');
    const element = { id, kind, label: text, horizon, ...(date.trim() ? { date: date.trim() } : {}) };
    const done = this.editor.apply({ type: 'add-element', element }, this.t.added(text, this.#name(horizon), this.#when(date.trim())));
    if (done) {
      this.spot = undefined;
      this.hooks.select(id);
    }
    return done;
  }

  rename(id: string, label: string): boolean {
    const text = label.trim();
    if (!text) return false;
    return this.editor.apply({ type: 'update-element', id, changes: { label: text } }, this.shared.renamed(this.label(id), text));
  }

  remove(id: string): void {
    if (this.editor.apply({ type: 'remove-element', id }, this.t.removed(this.label(id)))) this.hooks.select(null);
  }

  addNote(id: string, text: string, date: string): boolean {
    if (!text.trim()) return false;
    return this.editor.apply(
      { type: 'add-note', target: { element: id }, note: { date, text: text.trim() } },
      this.shared.noteAdded(this.label(id)),
    );
  }

  /** Sets the date (or, for an element with a period, moves the period so it starts then). */
  setDate(id: string, date: string): boolean {
    const element = this.element(id);
    if (!element) return false;
    const text = date.trim();
    let changes: ElementChanges = { date: text };
    if (!element.date && element.period?.start && parsePartialDate(text)) {
      const months = monthsBetween(element.period.start, text);
      const end = element.period.end && shiftDate(element.period.end, months);
      changes = { period: { start: shiftDate(element.period.start, months)!, ...(end ? { end } : {}) } };
    }
    const done = this.editor.apply({ type: 'update-element', id, changes }, this.t.moved(this.label(id), this.#when(text)));
    if (done) this.#keepFocus(id);
    return done;
  }

  /** Moves an element along time by whole months (its date, or its whole period). */
  moveBy(id: string, months: number): void {
    const element = this.element(id);
    const from = element?.date ?? element?.period?.start;
    const to = from && shiftDate(from, months);
    if (to) this.setDate(id, to);
  }

  /** Sets the horizon; leaving H2 drops its shift in the same step (H2+ and H2− are H2's alone). */
  setHorizon(id: string, horizon: Horizon): boolean {
    const element = this.element(id);
    if (!element || element.horizon === horizon) return false;
    const changes: ElementChanges = { horizon, ...(element.horizonShift && horizon !== 'H2' ? { horizonShift: null } : {}) };
    const done = this.editor.apply({ type: 'update-element', id, changes }, this.t.horizonChanged(this.label(id), this.#name(horizon)));
    if (done) this.#keepFocus(id);
    return done;
  }

  /** One horizon toward H3 (1) or toward H1 (−1); at the end it says so and changes nothing. */
  stepHorizon(id: string, step: 1 | -1): void {
    const here = this.element(id)?.horizon;
    if (!here) return;
    const next = HORIZONS[HORIZONS.indexOf(here) + step];
    if (next) this.setHorizon(id, next);
    else this.hooks.announce(this.t.atEdge(this.label(id), this.#name(here)));
  }

  /** Marks H2+ or H2− (or neither, `null`); refused, with the reason, for an element not on H2. */
  setShift(id: string, shift: HorizonShift | null): boolean {
    const element = this.element(id);
    if (!element) return false;
    if (element.horizon !== 'H2' && shift !== null) {
      const index = this.view.model!.elements.indexOf(element);
      return this.editor.refuse([
        makeProblem('horizon-shift-not-h2', `/elements/${index}/horizonShift`, { horizon: element.horizon ?? '–' }),
      ]);
    }
    const word = shift === 'toward-h3' ? this.t.shiftUp : shift === 'absorbed-by-h1' ? this.t.shiftDown : this.t.shiftNone;
    return this.editor.apply({ type: 'update-element', id, changes: { horizonShift: shift } }, this.t.shiftChanged(this.label(id), word));
  }

  /** S: none → H2+ → H2− → none. */
  cycleShift(id: string): void {
    const current = this.element(id)?.horizonShift;
    const next = SHIFT_CYCLE[(SHIFT_CYCLE.indexOf(current as HorizonShift) + 1) % SHIFT_CYCLE.length];
    this.setShift(id, next ?? null);
  }

  /** After a change the markers are drawn in a new order: focus follows the element, not the place it was. */
  #keepFocus(id: string): void {
    const active = this.hooks.active();
    if (!(active instanceof HTMLElement || active instanceof SVGElement) || active.dataset.id === undefined) return;
    void this.view.updateComplete.then(() => this.view.focusElement(id));
  }

  // ——— The add form ———

  /** Opens the add form at a horizon and date (the focused element's, else H2 "now"), and puts focus in its name. */
  openForm(near?: string): void {
    const element = near ? this.element(near) : undefined;
    const now = this.view.layout?.now?.year;
    const date = element?.date ?? element?.period?.start ?? (now !== undefined ? nearestMonth(now) : this.form.date);
    this.form = { ...this.form, horizon: element?.horizon ?? this.form.horizon, date };
    this.#focusForm(this.t.formOpened(this.#name(this.form.horizon), this.#when(date)));
  }

  /** A click on an empty place near a curve: the form takes that horizon and month. True when the point was one. */
  pickAt(clientX: number, clientY: number): boolean {
    const layout = this.view.layout;
    const point = this.#toLayout(clientX, clientY);
    const spot = layout && point && spotAt(layout, point);
    if (!spot) return false;
    this.spot = spot;
    this.form = { ...this.form, horizon: spot.horizon, date: spot.date };
    this.#focusForm(this.t.formOpened(this.#name(spot.horizon), this.#when(spot.date)));
    return true;
  }

  cancelSpot(): void {
    if (!this.spot) return;
    this.spot = undefined;
    this.view.requestUpdate();
  }

  #focusForm(announcement: string): void {
    this.hooks.announce(announcement);
    this.view.requestUpdate();
    void this.view.updateComplete.then(() => this.hooks.field('add')?.focus());
  }

  #toLayout(clientX: number, clientY: number): { x: number; y: number } | undefined {
    const svg = this.hooks.svg();
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return undefined;
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  // ——— Keys on a marker ———

  /** Workshop keys on a focused marker (or its button in the narrow form); true when the key was the workshop's. */
  keydown(event: KeyboardEvent, id: string): boolean {
    const key = event.key;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (event.altKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      this.moveBy(id, (key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? 12 : 1));
    } else if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      this.stepHorizon(id, key === 'ArrowUp' ? 1 : -1);
    } else if (plain && (key === 'n' || key === 'N')) {
      this.openForm(id);
    } else if (plain && (key === 's' || key === 'S')) {
      this.cycleShift(id);
    } else if (key === 'F2') {
      this.hooks.select(id);
      void this.view.updateComplete.then(() => this.hooks.field('rename')?.focus());
    } else if (key === 'Delete' || key === 'Backspace') {
      // Focus moves to a neighbour now, before the marker leaves the drawing: never to <body>, and no blur mid-render.
      const others = (this.view.layout?.elements ?? []).filter((e) => e.id !== id);
      const here = this.view.layout?.elements.findIndex((e) => e.id === id) ?? 0;
      const next = others[Math.min(here, others.length - 1)];
      if (next) this.hooks.focusable(next.id)?.focus();
      if (next) this.view.focusElement(next.id);
      this.remove(id);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  // ——— Dragging along time ———

  pointerdown(event: PointerEvent, id: string): void {
    if (event.button !== 0) return;
    this.#drag = { id, startX: event.clientX, startY: event.clientY, moved: false };
    (event.target as Element).setPointerCapture?.(event.pointerId);
  }

  pointermove(event: PointerEvent): void {
    const drag = this.#drag;
    const layout = this.view.layout;
    const element = drag && this.element(drag.id);
    if (!drag || !layout || !element?.horizon) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD) return;
    drag.moved = true;
    const point = this.#toLayout(event.clientX, event.clientY);
    if (!point) return;
    const date = nearestMonth(yearAtX(layout, point.x));
    if (this.preview?.date === date) return;
    this.preview = { ...spotOf(layout, element.horizon, date), id: drag.id };
    this.view.requestUpdate();
  }

  /** Ends a drag with a new date; true when the press was a drag (so it is not also a click). */
  pointerup(): boolean {
    const drag = this.#drag;
    const preview = this.preview;
    this.#drag = this.preview = undefined;
    if (!drag?.moved) return false;
    if (preview) this.setDate(drag.id, preview.date);
    this.view.requestUpdate();
    return true;
  }
}
