import { FUZZ_SEEDS, mutatedFrom } from './mutate-document.js';
import { readJson } from '../helpers.js';

/** Mutated example documents, read from the repository (Node). See `mutatedFrom`. */
export function mutatedDocument(seedWeights?: readonly number[]) {
  return mutatedFrom(
    FUZZ_SEEDS.map((path) => readJson<Record<string, unknown>>(path)),
    seedWeights,
  );
}
