import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import type { TextWidth } from '@floke/core';

const require = createRequire(import.meta.url);
// opentype.js 1.3 is CommonJS; its 2.x needs Node 22.
const opentype = require('opentype.js') as typeof import('opentype.js');

/**
 * Where the CLI finds DejaVu Sans: FLOKE_FONT_DIR, then Debian's and Fedora's font folders. The exports name it
 * (`'DejaVu Sans', sans-serif`) and the PNG renderer loads it from the same place, so layout, SVG and PNG agree.
 */
export const FONT_DIRS = [
  process.env.FLOKE_FONT_DIR,
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/TTF',
].filter((dir): dir is string => !!dir);

export function fontFile(weight: 'normal' | 'bold'): string | undefined {
  const name = weight === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf';
  return FONT_DIRS.map((dir) => `${dir}/${name}`).find((path) => existsSync(path));
}

interface GposReader {
  getKerningTables(script: string): unknown;
  getKerningValue(tables: unknown, left: number, right: number): number;
}

/**
 * A text measure from the font's own advance widths, as a browser canvas measures the view's font (plus the same
 * pixel of slack), so Node lays labels out as the element does. Undefined without the font: layouts then estimate.
 */
export function fontTextWidth(weight: 'normal' | 'bold' = 'normal'): TextWidth | undefined {
  const file = fontFile(weight);
  if (!file) return undefined;
  // `parse` of the bytes: opentype.js 1.3.5 deprecated `loadSync` (it now warns and returns nothing).
  const bytes = readFileSync(file);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  // Typed by @types/opentype.js only in part: the GPOS reader is there at run time.
  const position = (font as unknown as { position: GposReader }).position;
  // DejaVu kerns through GPOS, which opentype.js 1.3's getAdvanceWidth ignores; browsers shape with it.
  const kerning = position.getKerningTables('latn');
  const scale = 1 / font.unitsPerEm;
  const advance = (text: string) => {
    const glyphs = font.stringToGlyphs(text);
    let units = 0;
    glyphs.forEach((glyph, i) => {
      units += glyph.advanceWidth ?? 0;
      const next = glyphs[i + 1];
      if (next && kerning) units += position.getKerningValue(kerning, glyph.index, next.index);
    });
    return units * scale;
  };
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = advance(text) * fontSize + 1;
      cache.set(key, width);
    }
    return width;
  };
}
