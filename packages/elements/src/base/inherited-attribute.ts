/**
 * The value of `attribute` on the element itself or its nearest ancestor, crossing shadow-root boundaries
 * (a view inside another component's shadow tree still inherits the page's `lang`).
 */
export function inheritedAttribute(start: Element, attribute: string): { value: string | null; owner: Element | null } {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attribute)) return { value: node.getAttribute(attribute), owner: node };
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return { value: null, owner: null };
}
