/**
 * Puts the core renderer's SVG markup into a live drawing, so the view on screen and its export (and `floke render`)
 * come from one renderer. Patched in place, keyed by `data-id` (and the other `data-*-id`s): marks that stay keep
 * their DOM node, so keyboard focus and the tab stop survive a hover or a selection. Built with `createElementNS` and
 * `setAttribute`, never `innerHTML`: the markup is the renderer's own (well-formed, escaped by `tag` in @floke/core),
 * and pages that require Trusted Types allow no HTML sinks.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One element of the markup: its name, attributes in order, and either child marks or text. */
interface MarkNode {
  readonly name: string;
  readonly attributes: [string, string][];
  readonly children: MarkNode[];
  text: string;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The marks of a markup string as written by `tag` (no comments, no CDATA, attributes double-quoted). */
export function parseMarks(markup: string): MarkNode[] {
  const root: MarkNode = { name: '', attributes: [], children: [], text: '' };
  const open: MarkNode[] = [root];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const [, closing, name, attributes, selfClosing, text] of markup.matchAll(token)) {
    const parent = open[open.length - 1]!;
    if (text !== undefined) {
      parent.text += unescape(text);
    } else if (closing) {
      open.pop();
    } else {
      const node: MarkNode = {
        name: name!,
        attributes: [...attributes!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, unescape(value!)]),
        children: [],
        text: '',
      };
      parent.children.push(node);
      if (!selfClosing) open.push(node);
    }
  }
  return root.children;
}

/** What a mark is matched by among its siblings: its name and id, else its name and place among same-named siblings. */
function keysOf(names: readonly string[], ids: readonly (string | null)[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const id = ids[i];
    if (id !== null && id !== undefined) return `${name}#${id}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return `${name}@${n}`;
  });
}

const ID_ATTRIBUTES = ['data-id', 'data-link-id', 'data-loop-id', 'data-layer'];
const idOfNode = (node: MarkNode) => node.attributes.find(([key]) => ID_ATTRIBUTES.includes(key))?.[1] ?? null;
const idOfElement = (element: Element) => {
  for (const name of ID_ATTRIBUTES) if (element.hasAttribute(name)) return element.getAttribute(name);
  return null;
};

function syncAttributes(element: Element, attributes: readonly [string, string][]): void {
  const wanted = new Map(attributes);
  for (const name of element.getAttributeNames()) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of attributes) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Makes `container`'s children the given markup, changing only what differs. */
export function patchSvg(container: Element, markup: string): void {
  const stack: [Element, MarkNode[]][] = [[container, parseMarks(markup)]];
  while (stack.length) {
    const [parent, nodes] = stack.pop()!;
    // Text nodes (whitespace, Lit's markers) are not the renderer's: only elements are kept and matched.
    for (const child of [...parent.childNodes]) if (child.nodeType !== Node.ELEMENT_NODE) child.remove();
    const old = [...parent.children];
    const oldKeys = keysOf(
      old.map((e) => e.localName),
      old.map(idOfElement),
    );
    const byKey = new Map(old.map((element, i) => [oldKeys[i]!, element]));
    const newKeys = keysOf(
      nodes.map((n) => n.name),
      nodes.map(idOfNode),
    );
    const kept = new Set<Element>();
    nodes.forEach((node, i) => {
      let element = byKey.get(newKeys[i]!);
      if (!element || kept.has(element)) element = document.createElementNS(SVG_NS, node.name);
      kept.add(element);
      if (parent.children[i] !== element) parent.insertBefore(element, parent.children[i] ?? null);
      syncAttributes(element, node.attributes);
      if (node.children.length) stack.push([element, node.children]);
      else if (element.children.length || element.textContent !== node.text) element.textContent = node.text;
    });
    for (const element of old) if (!kept.has(element)) element.remove();
  }
}
