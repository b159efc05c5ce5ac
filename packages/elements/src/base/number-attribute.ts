/** Attributes already warned about, so a page with many views logs each bad attribute once. */
const warned = new Set<string>();

/**
 * A Lit converter for a whole-number attribute that parses strictly: `"abc"`, `"-3"` or `"1.5"` fall back to the
 * default with one console warning, rather than becoming `NaN` (which switched the loop cap and the size cap off).
 * No attribute gives `fallback` too (for optional attributes, `undefined`).
 */
export function wholeNumberAttribute(name: string, fallback: number | undefined, min = 1) {
  return {
    fromAttribute(value: string | null): number | undefined {
      if (value === null) return fallback;
      const text = value.trim();
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isSafeInteger(number) && number >= min) return number;
      if (!warned.has(name)) {
        warned.add(name);
        console.warn(`Floke: ${name}="${value}" is not a whole number of at least ${min}; using ${fallback ?? 'no limit'}.`);
      }
      return fallback;
    },
    toAttribute(value: number | undefined): string | null {
      return value === undefined ? null : String(value);
    },
  };
}
