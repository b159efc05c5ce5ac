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
