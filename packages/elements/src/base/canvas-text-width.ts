import type { TextWidth } from '@floke/core';

/**
 * A text measure for layouts, using the font the view actually renders with, so wrapped labels fit their
 * boxes exactly. Works in Workers too (OffscreenCanvas). Falls back to `undefined` (the layout's own estimate)
 * where no canvas is available.
 */
export function canvasTextWidth(fontFamily: string, weight = 'normal'): TextWidth | undefined {
  const context =
    typeof document !== 'undefined'
      ? document.createElement('canvas').getContext('2d')
      : typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : null;
  if (!context) return undefined;
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${weight} ${fontSize}px ${fontFamily}`;
      // A pixel of slack for subpixel rounding between canvas and SVG text.
      width = context.measureText(text).width + 1;
      cache.set(key, width);
    }
    return width;
  };
}
