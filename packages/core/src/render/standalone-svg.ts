import { escapeText, tag, type Attributes } from './svg-markup.js';
import { resolveCss, rootVariablesRule, themeVariables, DEFAULT_EXPORT_FONT } from './theme-css.js';
import type { ColorScheme } from '../color/palette.js';

/** How an export looks: colour scheme and font. */
export interface ExportTheme {
  readonly scheme?: ColorScheme;
  /** A CSS font-family list; default `'DejaVu Sans', sans-serif`. */
  readonly font?: string;
  /**
   * Values that replace the scheme's, by variable name without `--_` (`accent`, `font`): an element passes its
   * host's computed theme, so a page's own colours reach the export.
   */
  readonly variables?: ReadonlyMap<string, string>;
}

/** A view's drawing before it becomes a file. */
export interface ViewDrawing {
  /** The drawing's own root attributes the export keeps (viewBox, aria-label), in the element's order. */
  readonly rootAttributes: Attributes;
  readonly width: number;
  readonly height: number;
  /** The marks inside the root. */
  readonly body: string;
}

/**
 * A standalone SVG document, as the elements' `toSVG()` writes it: a title, the view's stylesheet with every colour
 * resolved for the scheme, a background rectangle, then the marks.
 */
export function standaloneSvg(drawing: ViewDrawing, options: { title: string; css: string; theme?: ExportTheme }): string {
  const variables = new Map(themeVariables(options.theme?.scheme ?? 'light', options.theme?.font ?? DEFAULT_EXPORT_FONT));
  for (const [name, value] of options.theme?.variables ?? []) variables.set(name, value);
  const attributes: [string, string | number | undefined][] = drawing.rootAttributes.map(([k, v]) => [k, v === false ? undefined : v]);
  const set = (name: string, value: string | number) => {
    const at = attributes.findIndex(([k]) => k === name);
    if (at >= 0) attributes[at] = [name, value];
    else attributes.push([name, value]);
  };
  set('xmlns', 'http://www.w3.org/2000/svg');
  set('width', drawing.width);
  set('height', drawing.height);
  set('viewBox', `0 0 ${drawing.width} ${drawing.height}`);
  const style = `${rootVariablesRule(variables)} ${resolveCss(options.css, variables)}`;
  const head =
    `<title>${escapeText(options.title)}</title>` +
    `<style>${escapeText(style)}</style>` +
    tag('rect', [
      ['width', '100%'],
      ['height', '100%'],
      ['fill', variables.get('background')],
    ]);
  return tag('svg', attributes, head + drawing.body);
}
