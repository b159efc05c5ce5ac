import type { drawingModel, materializeVersion, normalize } from '@floke/core';

export type Normalize = typeof normalize;
export type DrawingModel = typeof drawingModel;
export type MaterializeVersion = typeof materializeVersion;

let loaded: Normalize | undefined;
let loadedDrawing: DrawingModel | undefined;
let loadedMaterialize: MaterializeVersion | undefined;
let loading: Promise<Normalize> | undefined;

/**
 * Loads the normalizer (validator included) once per page. Bundlers make `./normalizer.js` a chunk of its own, so
 * pages pay for it only when a document arrives as raw `data` or `src`. A failed load may be tried again.
 */
export function loadNormalize(): Promise<Normalize> {
  loading ??= import('./normalizer.js').then(
    (module) => {
      loadedDrawing = module.drawingModel;
      loadedMaterialize = module.materializeVersion;
      return (loaded = module.normalize);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The normalizer, once `loadNormalize` has loaded it. */
export function loadedNormalize(): Normalize | undefined {
  return loaded;
}

/** Core's `drawingModel`, which comes in the normalizer's chunk, once `loadNormalize` has loaded it. */
export function loadedDrawingModel(): DrawingModel | undefined {
  return loadedDrawing;
}

/** Core's `materializeVersion` (compare-version), in the normalizer's chunk, once `loadNormalize` has loaded it. */
export function loadedMaterializeVersion(): MaterializeVersion | undefined {
  return loadedMaterialize;
}
