/**
 * SVG markup as strings, without a DOM: what the views' Lit templates produce once serialised by the browser's
 * XMLSerializer (attributes in the order given, empty elements self-closed, `&`, `<`, `>` and `"` escaped).
 */

/** An attribute list; `undefined` or `false` leaves the attribute out (Lit's `nothing`). */
export type Attributes = ReadonlyArray<readonly [string, string | number | undefined | false]>;

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * One element: `<name a="1">children</name>`, or `<name a="1"/>` when `children` is left out. A container drawn
 * by a template passes its (maybe empty) children: Lit leaves markers in it, so the browser never self-closes it.
 */
export function tag(name: string, attributes: Attributes, children?: string): string {
  let open = `<${name}`;
  for (const [key, value] of attributes) {
    if (value === undefined || value === false) continue;
    open += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return children === undefined ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** Rounds to one decimal, as the views write coordinates. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;
