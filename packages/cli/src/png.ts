import { createRequire } from 'node:module';
import { fontFile } from './font-measure.js';

const require = createRequire(import.meta.url);

/**
 * An SVG document as PNG bytes at `scale` × its size, through resvg (Rust, shipped as a prebuilt platform package
 * on the npm registry: no browser, no download at install). Text is drawn in DejaVu Sans, the font the layout
 * measured with; system fonts are not loaded, so the picture is the same on every machine that has it.
 */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const fontFiles = [fontFile('normal'), fontFile('bold')].filter((f): f is string => !!f);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
