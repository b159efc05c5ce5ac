/**
 * The ceilings Floke puts on a document so that no input can hang or crash a page. What lies beyond one is not
 * dropped silently: it gets a problem (with a pointer and a localised message), and the rest still renders.
 */
export const DOCUMENT_LIMITS = {
  /** Deepest nesting of arrays and objects; a deeper value is cut at this depth (`too-deep`). */
  depth: 64,
  /** Elements used; the rest are listed in `excluded` (`too-many-elements`). */
  elements: 5000,
  /** Relations used; the rest are listed in `excluded` (`too-many-relations`). */
  relations: 20000,
  /** Characters of a label drawn; a longer label is cut with "…" and kept whole in `fullLabel` (`label-too-long`). */
  labelLength: 300,
  /** Largest |x| or |y| of a `position` hint; a farther one is clamped (`position-clamped`). */
  coordinate: 10000,
} as const;
