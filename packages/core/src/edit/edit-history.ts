import type { FlokeDocument } from '../document/schema-types.js';
import type { JsonPatch } from './edit-types.js';
import { applyJsonPatch } from './json-patch.js';

/** One undoable step: the patch that made it and the patch that takes it back. */
export interface HistoryStep {
  readonly patch: JsonPatch;
  readonly inverse: JsonPatch;
}

/** What undo or redo gives: the document after the step, and the patch that was applied to get there. */
export interface HistoryMove {
  readonly document: FlokeDocument;
  readonly patch: JsonPatch;
}

/**
 * Undo and redo stacks of patches. It holds patches, not documents, so a long workshop costs memory in proportion
 * to what changed. Recording a new step after an undo drops the redo stack, as editors do.
 */
export class EditHistory {
  readonly #undo: HistoryStep[] = [];
  readonly #redo: HistoryStep[] = [];

  /** @param limit How many steps undo reaches back; the oldest are forgotten beyond it. */
  constructor(readonly limit = 500) {}

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** How many steps undo and redo reach. */
  get size(): { undo: number; redo: number } {
    return { undo: this.#undo.length, redo: this.#redo.length };
  }

  record(step: HistoryStep): void {
    this.#undo.push(step);
    if (this.#undo.length > this.limit) this.#undo.shift();
    this.#redo.length = 0;
  }

  /** Takes `document` one step back, or gives `undefined` when there is nothing to undo. */
  undo(document: FlokeDocument): HistoryMove | undefined {
    const step = this.#undo.pop();
    if (!step) return undefined;
    this.#redo.push(step);
    return { document: applyJsonPatch(document, step.inverse).document, patch: step.inverse };
  }

  /** Takes `document` one undone step forward again, or gives `undefined` when there is nothing to redo. */
  redo(document: FlokeDocument): HistoryMove | undefined {
    const step = this.#redo.pop();
    if (!step) return undefined;
    this.#undo.push(step);
    return { document: applyJsonPatch(document, step.patch).document, patch: step.patch };
  }

  clear(): void {
    this.#undo.length = 0;
    this.#redo.length = 0;
  }
}
