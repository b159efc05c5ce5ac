/** WCAG 2.1 contrast, for the colours Floke draws with (checked in unit tests, not by eye). */

/** Parses `#rgb` or `#rrggbb` into 0–255 channels. */
export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new SyntaxError(`Not a hex colour: ${hex}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.1, sRGB). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColor(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21. Text needs 4.5, lines and outlines 3 (WCAG 1.4.3, 1.4.11). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `foreground` painted at `alpha` over `background`, as `#rrggbb`. */
export function blendColors(foreground: string, background: string, alpha: number): string {
  const f = parseHexColor(foreground);
  const b = parseHexColor(background);
  return `#${f
    .map((c, i) =>
      Math.round(c * alpha + b[i]! * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The least opacity (to 0.01) at which `foreground` over `background` reaches `ratio`, e.g. 3 for lines that carry
 * meaning (WCAG 1.4.11); 1 when even the opaque colour falls short.
 */
export function minimumAlpha(foreground: string, background: string, ratio: number): number {
  if (contrastRatio(foreground, background) < ratio) return 1;
  let low = 0;
  let high = 1;
  // Contrast grows with opacity, so a bisection finds the threshold.
  while (high - low > 0.005) {
    const middle = (low + high) / 2;
    if (contrastRatio(blendColors(foreground, background, middle), background) >= ratio) high = middle;
    else low = middle;
  }
  return Math.ceil(high * 100) / 100;
}
