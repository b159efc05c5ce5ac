/** A shape per element kind, so kinds are told apart without colour (the same as @floke/elements' KIND_SYMBOLS). */
export const KIND_GLYPHS: Readonly<Record<string, string>> = {
  actor: '●',
  initiative: '◆',
  factor: '■',
  goal: '★',
  insight: '▲',
};
