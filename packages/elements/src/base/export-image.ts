/**
 * Exports a view's SVG as a standalone document: the drawing with its styles embedded and every
 * `--_*` colour resolved from the host, so the file looks the same outside the page.
 */
export function serializeSvg(
  source: SVGSVGElement,
  host: HTMLElement,
  cssText: string,
  options: { width: number; height: number; title: string },
): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(options.width));
  clone.setAttribute('height', String(options.height));
  clone.setAttribute('viewBox', `0 0 ${options.width} ${options.height}`);
  for (const attribute of ['class', 'part', 'role', 'aria-roledescription', 'aria-describedby', 'tabindex'])
    clone.removeAttribute(attribute);
  clone.querySelector('g.viewport')?.removeAttribute('transform');
  for (const node of clone.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
  const variables = [
    ...['background', 'surface', 'text', 'text-subtle', 'border', 'accent', 'accent-text', 'focus'].map(
      (name) => `--_${name}: ${resolvedColor(host, `var(--_${name})`)};`,
    ),
    `--_font: ${getComputedStyle(host).getPropertyValue('--_font').trim()};`,
  ].join(' ');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  // References too, so no `var(--…)` is left: not every SVG reader knows custom properties, and a role missing from the
  // list above (the iceberg's water) would otherwise fall back to black.
  style.textContent = `svg { ${variables} } ${resolveVariables(cssText, host)}`;
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = options.title;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', resolvedColor(host, 'var(--_background)'));
  clone.prepend(title, style, background);
  return withoutXmlIllegalCharacters(new XMLSerializer().serializeToString(clone));
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

/** `cssText` with every `var(--_name)` replaced by its value in `host`: colours as `rgb(…)`, anything else as computed. */
function resolveVariables(cssText: string, host: HTMLElement): string {
  const computed = getComputedStyle(host);
  const values = new Map<string, string>();
  return cssText.replace(/var\(--_([\w-]+)\)/g, (_, name: string) => {
    let value = values.get(name);
    if (value === undefined) {
      const raw = computed.getPropertyValue(`--_${name}`).trim();
      value = CSS.supports('color', raw) ? resolvedColor(host, `var(--_${name})`) : raw;
      values.set(name, value);
    }
    return value;
  });
}

/**
 * The colour a CSS colour expression resolves to inside `host` (custom properties, `light-dark()` and the
 * colour scheme applied), read off a probe element, as `rgb(…)`. With `forced`, the probe opts out of forced colours,
 * so a system colour keyword (`CanvasText`) reads as the reader's system colour.
 */
export function resolvedColor(host: HTMLElement, expression: string, options: { forced?: boolean } = {}): string {
  const probe = document.createElement('span');
  probe.style.color = expression;
  // Read a system colour as the system gives it: forced colours would rewrite the probe's own colour.
  if (options.forced) probe.style.setProperty('forced-color-adjust', 'none');
  (host.shadowRoot ?? host).append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
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

/** A label as drawn over several lines, read back as one string (hyphenated breaks joined). */
export function joinDrawnLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
}
