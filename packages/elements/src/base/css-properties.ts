import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), which a strict CSP
 * (`style-src 'self'`) allows. Lit's `styleMap` writes a `style` attribute on an element's first render, which such a
 * policy blocks (a new highlighted label would lose its size). Use on an element: `<text ${cssProperties({...})}>`.
 */
class CssPropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element, not in an attribute or text');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Inline CSS properties set through the CSSOM, safe under a strict CSP (see `CssPropertiesDirective`). */
export const cssProperties = directive(CssPropertiesDirective);
