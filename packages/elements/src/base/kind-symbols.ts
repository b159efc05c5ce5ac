import type { ElementKind } from '@floke/core';

/** A shape per element kind, so kinds are told apart without colour. */
export const KIND_SYMBOLS: Readonly<Record<ElementKind, string>> = {
  actor: '●',
  initiative: '◆',
  factor: '■',
  goal: '★',
  insight: '▲',
};
