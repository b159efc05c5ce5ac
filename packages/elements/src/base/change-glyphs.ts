// Apart from the compare texts (a chunk loaded with the first comparison): the badges on the drawing need it too.

/** The changed badge's glyph, the same in every view (new ones carry the word `status.new`). */
export const CHANGE_GLYPHS = { changed: 'Δ' } as const;
