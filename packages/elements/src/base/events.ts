import type { FlokeDocument, NormalizedDocument, Problem } from '@floke/core';
import type { Edit, JsonPatch } from '@floke/core/edit';

/** Detail of `floke-select`: the element the user selected, or `null` when the selection was cleared. */
export interface FlokeSelectDetail {
  readonly id: string | null;
  readonly kind: string | null;
}

/** Detail of `floke-ready`: the model the view drew, and every problem found in the document. */
export interface FlokeReadyDetail {
  readonly model: NormalizedDocument;
  readonly problems: readonly Problem[];
}

/** Detail of `floke-error`: problems of severity `error` (from loading, parsing or validating). */
export interface FlokeErrorDetail {
  readonly problems: readonly Problem[];
}

/** Detail of `floke-story-step`: the story played and the step the reader moved to (from 1). */
export interface FlokeStoryStepDetail {
  readonly story: string;
  readonly step: number;
}

/** What made a `floke-change`: an edit, undo or redo, a restored draft, or an opened file. */
export type FlokeChangeCause = 'edit' | 'undo' | 'redo' | 'draft' | 'open';

/** Detail of `floke-change` (editable views): the new document and the change as an RFC 6902 JSON Patch. */
export interface FlokeChangeDetail {
  /** The document after the change; the one before is left as it was. */
  readonly document: FlokeDocument;
  /** The change from the previous document to this one. */
  readonly patch: JsonPatch;
  /** The edit that made it, or `null` for undo, redo, a restored draft or an opened file. */
  readonly edit: Edit | null;
  readonly cause: FlokeChangeCause;
}

/** Every event a Floke view emits, by name. */
export interface FlokeEventMap {
  'floke-select': CustomEvent<FlokeSelectDetail>;
  'floke-ready': CustomEvent<FlokeReadyDetail>;
  'floke-error': CustomEvent<FlokeErrorDetail>;
  'floke-story-step': CustomEvent<FlokeStoryStepDetail>;
  'floke-change': CustomEvent<FlokeChangeDetail>;
}

export type FlokeEventName = keyof FlokeEventMap;
export type FlokeEventDetail<K extends FlokeEventName> = FlokeEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends FlokeEventMap {}
}

/** Dispatches a Floke event from `target`; bubbles and crosses shadow roots unless `options` say otherwise. */
export function dispatchFlokeEvent<K extends FlokeEventName>(
  target: EventTarget,
  name: K,
  detail: FlokeEventDetail<K>,
  options: EventInit = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail }));
}
