import { resolvedColor } from './resolved-color.js';

/** The variables every export's root rule names (see `standaloneSvg` in @floke/core). */
const ROOT_VARIABLES = ['background', 'surface', 'text', 'text-subtle', 'border', 'accent', 'accent-text', 'focus', 'font'];

/**
 * Every `--_name` an export's stylesheet reads, as `host` computes it: colours as `rgb(…)`, anything else as
 * computed. The core renderer writes them into the file, so the export looks as the page shows the view, a page's own
 * theme included, and no `var(--…)` is left for SVG readers that do not know custom properties.
 */
export function hostThemeVariables(host: HTMLElement, cssText: string): Map<string, string> {
  const computed = getComputedStyle(host);
  const names = new Set(ROOT_VARIABLES);
  for (const [, name] of cssText.matchAll(/var\(--_([\w-]+)\)/g)) names.add(name!);
  const values = new Map<string, string>();
  for (const name of names) {
    const raw = computed.getPropertyValue(`--_${name}`).trim();
    if (!raw) continue;
    values.set(name, name !== 'font' && CSS.supports('color', raw) ? resolvedColor(host, `var(--_${name})`) : raw);
  }
  return values;
}

/**
 * Characters XML 1.0 forbids (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF): the DOM
 * holds them, but a serialized SVG containing one is not XML, so neither a reader nor `toPNG()` can open it. They are
 * invisible in a drawing, so they are dropped.
 */
export function withoutXmlIllegalCharacters(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Renders an SVG document to a PNG blob at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file for download (the "Download SVG" buttons). */
export function downloadFile(content: string, type: string, filename: string): void {
  downloadBlob(new Blob([content], { type }), filename);
}

/** Offers a blob (a PNG, a JSON document) as a file to save. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
