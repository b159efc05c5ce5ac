/**
 * 200 % and 400 % browser zoom on a 1280 px screen, emulated as viewports of 640 and 320 CSS px (WCAG 1.4.4, 1.4.10):
 * every view fits the width (the page never scrolls sideways) and no text on screen is under 12 CSS px. Text drawn on
 * the network's canvas is checked by its own tests (labels at 12 px at every zoom); this reads the DOM and the SVGs.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { ALL_VIEWS, deepElements, mountView } from './all-views.js';

/** Text on screen smaller than 12 CSS px, as "tag.class "text" size", and how many texts were read. */
function smallText(root: ParentNode): { small: string[]; seen: number } {
  const small: string[] = [];
  let seen = 0;
  for (const el of deepElements(root)) {
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (!text || el.closest('.sr-only, .text-style-probe') || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    seen++;
    let size = parseFloat(style.fontSize);
    // An SVG's text is scaled with its drawing (viewBox, zoom): what counts is its size on screen.
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) size *= Math.hypot(m.a, m.b);
    }
    if (size < 11.95) small.push(`${el.localName}.${el.getAttribute('class') ?? ''} "${text.slice(0, 30)}" ${size.toFixed(1)}px`);
  }
  return { small, seen };
}

/** Boxes in the view that scroll sideways (as "tag.class by px"): a reader would have to scroll in two directions. */
function sidewaysOverflow(root: ParentNode): string[] {
  return deepElements(root)
    .filter((el) => !(el instanceof SVGElement) && el.getClientRects().length > 0)
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
    .map((el) => `${el.localName}.${el.getAttribute('class') ?? ''} by ${el.scrollWidth - el.clientWidth}px`);
}

for (const width of [640, 320]) {
  describe(`every view at ${width} CSS px (${(1280 / width) * 100} % zoom)`, function () {
    this.timeout(60000);
    before(() => setViewport({ width, height: 800 }));
    after(() => setViewport({ width: 1280, height: 900 }));

    for (const tag of ALL_VIEWS) {
      it(`${tag}: fits the width, no sideways scroll, no text under 12 px`, async () => {
        const { el, remove } = await mountView(tag);
        try {
          expect(el.getBoundingClientRect().right, 'the view ends inside the window').to.be.at.most(innerWidth);
          expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(
            document.documentElement.clientWidth,
          );
          const overflow = sidewaysOverflow(el.shadowRoot!);
          expect(overflow, overflow.join('\n')).to.deep.equal([]);
          const { small, seen } = smallText(el.shadowRoot!);
          expect(seen, 'texts on screen').to.be.greaterThan(10);
          expect(small).to.deep.equal([]);
        } finally {
          remove();
        }
      });
    }
  });
}
