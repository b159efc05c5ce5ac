import type { ExcludedItem, NormalizedDocument, Problem } from '@floke/core';

/** Items per message, both ways: each message's copy stays a few milliseconds of the page's time. */
export const CHUNK_ITEMS = 5000;

/** Page → Worker: the document in pieces (the rest of it first, then its elements and relations), then the end. */
export type ModelRequest =
  | { readonly type: 'start'; readonly rest: Record<string, unknown>; readonly lang?: string }
  | { readonly type: 'elements' | 'relations'; readonly items: readonly unknown[] }
  | { readonly type: 'end' };

/** What the Worker is doing, for the progress line. */
export type PreparingPhase = 'sending' | 'normalizing' | 'receiving';

/**
 * Worker → page: the phase, then the model drawn (without its long lists or its source), then its problems and
 * excluded items in pieces, then the end; or the error normalizing threw.
 */
export type ModelAnswer =
  | { readonly type: 'phase'; readonly phase: PreparingPhase }
  | { readonly type: 'model'; readonly model: NormalizedDocument; readonly problems: number; readonly excluded: number }
  | { readonly type: 'problems'; readonly items: readonly Problem[] }
  | { readonly type: 'excluded'; readonly items: readonly ExcludedItem[] }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
