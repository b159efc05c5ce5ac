/**
 * `patchSvg` puts the core renderer's markup into a live drawing in place: marks that stay keep their node (so focus
 * survives), attributes and text follow the markup, and marks no longer drawn go.
 */
import { expect } from '@open-wc/testing';
import { parseMarks, patchSvg } from '../../packages/elements/src/base/svg-patch.js';

const drawing = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

describe('patchSvg', () => {
  it('reads the renderer markup: names, attributes in order, text unescaped', () => {
    const [g] = parseMarks('<g class="a" data-id="x&amp;y"><text x="1">A &lt; B</text><rect width="2"/></g>');
    expect(g!.name).to.equal('g');
    expect(g!.attributes).to.deep.equal([
      ['class', 'a'],
      ['data-id', 'x&y'],
    ]);
    expect(g!.children.map((c) => [c.name, c.text])).to.deep.equal([
      ['text', 'A < B'],
      ['rect', ''],
    ]);
  });

  it('keeps the node of a mark with the same id, with its attributes updated', () => {
    const svg = drawing();
    patchSvg(svg, '<g class="chip" data-id="a"><rect width="1"/></g><g class="chip" data-id="b"/>');
    const b = svg.querySelector('[data-id="b"]');
    patchSvg(svg, '<g class="chip selected" data-id="b" aria-pressed="true"/>');
    expect(svg.querySelector('[data-id="b"]')).to.equal(b);
    expect(svg.innerHTML).to.equal('<g class="chip selected" data-id="b" aria-pressed="true"></g>');
  });

  it('drops attributes and children the markup no longer has, and sets text', () => {
    const svg = drawing();
    patchSvg(svg, '<g data-id="a" tabindex="0"><rect class="ring"/><text>old</text></g>');
    patchSvg(svg, '<g data-id="a"><text>new</text></g>');
    expect(svg.innerHTML).to.equal('<g data-id="a"><text>new</text></g>');
  });

  it('keeps a focused mark focused while its siblings change', () => {
    const svg = drawing();
    document.body.append(svg);
    try {
      patchSvg(svg, '<g data-id="a" tabindex="0"/><g data-id="b" tabindex="-1"/>');
      (svg.querySelector('[data-id="b"]') as SVGGElement).focus();
      patchSvg(svg, '<g data-id="a" class="dimmed" tabindex="-1"/><g data-id="b" class="selected" tabindex="0"/>');
      expect(svg.getRootNode() instanceof Document && document.activeElement).to.equal(svg.querySelector('[data-id="b"]'));
    } finally {
      svg.remove();
    }
  });
});
