import type { ElementKind } from '../document/vocabulary.js';

/** A shape per element kind, so kinds are told apart without colour (chips, legends, lists; live and exported). */
export const KIND_GLYPHS: Readonly<Record<ElementKind, string>> = {
  actor: '●',
  initiative: '◆',
  factor: '■',
  goal: '★',
  insight: '▲',
};
