/**
 * Issue #13 for `<floke-iceberg>`: what a reader sees at 1280 px on the Telemark example and a generated dense
 * document. Text is never under 12 px; a click on the centre of any chip, its label or its badge selects it; nothing
 * is painted over, with and without WCAG 1.4.12 text spacing; links show only for the chain in focus.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import { applyTextSpacing, boxesOf, drawnTexts, overflowing, overlappingPairs, selectedByClickOn, type NamedBox } from './readability.js';
import {
  TELEMARK,
  loadJson,
  markPoint,
  mount,
  moveTo,
  reset,
  root,
  settle,
  until,
  type FlokeIceberg,
  type Mounted,
} from './view-helpers.js';

type Doc = { elements: { id: string; layer?: string }[]; relations: { from: string; to: string; type: string }[] };

/** A document denser than Telemark: 60 elements in four layers, long labels and compounds, many explains links. */
function denseDocument(): Doc & Record<string, unknown> {
  const layers = ['events', 'patterns', 'structures', 'mental-models'];
  const counts = [7, 15, 26, 12];
  const words = ['Tjenesteinnovasjonsprosjektfinansiering', 'samarbeid', 'mellom', 'kommune og fylke', 'om unge', 'utenfor'];
  const elements = layers.flatMap((layer, l) =>
    Array.from({ length: counts[l]! }, (_, i) => ({
      id: `${layer}-${i}`,
      kind: (['factor', 'insight', 'initiative', 'goal'] as const)[(i + l) % 4],
      label: `${words.slice(0, 1 + ((i * 7 + l) % words.length)).join(' ')} ${i}`,
      layer,
    })),
  );
  const relations = elements
    .filter((e) => e.layer !== 'events')
    .flatMap((e, i) => {
      const above = elements.filter((o) => layers.indexOf(o.layer) === layers.indexOf(e.layer) - 1);
      return [0, 1].map((k) => ({ from: e.id, to: above[(i * 3 + k * 5) % above.length]!.id, type: 'explains' }));
    });
  return { floke: '1.0', title: 'Tett isfjell', elements, relations, views: { iceberg: { preset: 'iceberg' } } };
}

/** The chain of `id` by the document: the elements and the `from→to` links followed down and up from it. */
function chainOf(doc: Doc, id: string): { elements: Set<string>; links: Set<string> } {
  const explains = doc.relations.filter((r) => r.type === 'explains');
  const elements = new Set([id]);
  const links = new Set<string>();
  for (const [here, there] of [
    ['from', 'to'],
    ['to', 'from'],
  ] as const) {
    const queue = [id];
    const seen = new Set(queue);
    for (let head = 0; head < queue.length; head++)
      for (const r of explains.filter((r) => r[here] === queue[head])) {
        links.add(`${r.from}→${r.to}`);
        elements.add(r[there]);
        if (!seen.has(r[there])) {
          seen.add(r[there]);
          queue.push(r[there]);
        }
      }
  }
  return { elements, links };
}

const chipBoxes = (el: FlokeIceberg) => boxesOf(el, 'g.chip rect.chip-box', (e) => `chip ${(e.parentElement as HTMLElement).dataset.id}`);
const labelBoxes = (el: FlokeIceberg) =>
  boxesOf(el, 'g.chip text.chip-label', (e) => `label ${(e.parentElement as HTMLElement).dataset.id}`);
const badgeBoxes = (el: FlokeIceberg) => boxesOf(el, 'g.badge', (e) => `badge ${(e as HTMLElement).dataset.id}`);
/** Every text drawn outside the chips: layer names and descriptions, empty-layer notes, the waterline, the depth scale. */
const otherTexts = (el: FlokeIceberg): NamedBox[] =>
  boxesOf(el, '.band-label, .band-description, .band-empty, .waterline text, .depth-scale text', (e) => `text «${e.textContent!.trim()}»`);

/** What is painted over what: chip on chip, label on label or badge, any chip on the texts around it. */
function paintedOver(el: FlokeIceberg): string[] {
  const chips = chipBoxes(el);
  const others = otherTexts(el);
  return [
    ...overlappingPairs(chips),
    ...overlappingPairs([...labelBoxes(el), ...badgeBoxes(el)]),
    ...overlappingPairs(chips, others),
    ...overlappingPairs(others),
  ];
}

const DOCUMENTS = { Telemark: () => loadJson<Doc & Record<string, unknown>>(TELEMARK), 'a dense document': async () => denseDocument() };

for (const [name, load] of Object.entries(DOCUMENTS)) {
  describe(`floke-iceberg readability: ${name}`, function () {
    this.timeout(120000);
    let doc: Doc & Record<string, unknown>;
    let mounted: Mounted<FlokeIceberg>;
    let el: FlokeIceberg;

    before(async () => {
      await setViewport({ width: 1280, height: 900 });
      doc = await load();
      mounted = await mount<FlokeIceberg>('floke-iceberg', doc, { width: 1232 });
      el = mounted.el;
    });
    after(() => mounted.remove());
    beforeEach(() => reset(el));
    afterEach(() => resetMouse());

    it('draws every text at 12 CSS px or more: chips, layer names and descriptions, depth scale, badges', () => {
      const texts = drawnTexts(el);
      expect(texts.filter((t) => t.size < 12 - 0.01)).to.deep.equal([]);
      const all = texts.map((t) => t.text);
      for (const part of ['Synlig', 'Dypt', 'Vannlinjen'])
        expect(
          all.some((t) => t.includes(part)),
          part,
        ).to.equal(true);
      expect(all.filter((t) => /^↕\d+$/.test(t)).length, 'badges').to.equal(el.layout!.chips.filter((c) => c.links > 0).length);
      expect(root(el).querySelectorAll('.band-description').length, 'layer descriptions').to.be.greaterThan(0);
    });

    it('selects the element of a chip by a click on the centre of its box, its label and its badge', async () => {
      const wrong: string[] = [];
      for (const chip of el.layout!.chips) {
        const g = root(el).querySelector(`g.chip[data-id="${CSS.escape(chip.id)}"]`)!;
        const marks: [string, Element | null][] = [
          ['box', g.querySelector('rect.chip-box')],
          ['label', g.querySelector('text.chip-label')],
          ['badge', root(el).querySelector(`g.badge[data-id="${CSS.escape(chip.id)}"]`)],
        ];
        for (const [what, mark] of marks) {
          if (!mark) continue;
          const selected = await selectedByClickOn(el, mark);
          if (selected !== chip.id) wrong.push(`${what} of ${chip.id} selected ${selected}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it('paints nothing over anything, and fits every label in its chip', () => {
      expect(paintedOver(el)).to.deep.equal([]);
      expect(overflowing(el, 'g.chip', 'rect.chip-box', 'text.chip-label')).to.deep.equal([]);
      expect(overflowing(el, 'g.badge', 'rect.badge-box', 'text')).to.deep.equal([]);
    });

    it('re-wraps labels under WCAG 1.4.12 text spacing: none overflows, nothing is painted over', async () => {
      const before = el.layout!;
      const remove = applyTextSpacing();
      try {
        await until(() => el.layout !== before, 'a new layout for the spacing');
        await settle(el);
        const lines = (layout: typeof before) => layout.chips.reduce((n, c) => n + c.lines.length, 0);
        expect(lines(el.layout!), 'the spacing widened the labels, so they wrap to more lines').to.be.greaterThan(lines(before));
        expect(overflowing(el, 'g.chip', 'rect.chip-box', 'text.chip-label')).to.deep.equal([]);
        expect(overflowing(el, 'g.badge', 'rect.badge-box', 'text')).to.deep.equal([]);
        expect(paintedOver(el)).to.deep.equal([]);
      } finally {
        remove();
        await until(() => el.layout!.chips.every((c, i) => c.lines.length === before.chips[i]!.lines.length), 'back to plain spacing');
      }
    });

    const shown = () =>
      [...root(el).querySelectorAll<SVGGElement>('g.explains')]
        .filter((g) => getComputedStyle(g).visibility === 'visible')
        .map((g) => g.dataset.linkId);
    const opacityOf = (id: string) => getComputedStyle(root(el).querySelector(`g.chip[data-id="${CSS.escape(id)}"]`)!).opacity;

    it('draws no explains link at rest, and dims nothing', () => {
      expect(root(el).querySelectorAll('g.explains').length).to.equal(el.layout!.links.length);
      expect(shown()).to.deep.equal([]);
      expect(root(el).querySelectorAll('g.chip.dimmed, g.chip.in-chain')).to.have.length(0);
      expect(el.layout!.chips.every((c) => opacityOf(c.id) === '1')).to.equal(true);
    });

    /** The chain of `id` is drawn, and only it: its links shown, its chips at full strength, the rest dimmed. */
    const expectChainOf = (id: string) => {
      const chain = chainOf(doc, id);
      const links = el.layout!.links.filter((l) => chain.links.has(`${l.from}→${l.to}`)).map((l) => l.id);
      expect(shown().sort(), `links of the chain of ${id}`).to.deep.equal([...links].sort());
      expect(links.length).to.be.greaterThan(0);
      for (const chip of el.layout!.chips) expect(opacityOf(chip.id), chip.id).to.equal(chain.elements.has(chip.id) ? '1' : '0.4');
    };
    const busiest = () => [...el.layout!.chips].sort((a, b) => b.links - a.links || a.id.localeCompare(b.id))[0]!.id;

    it('draws the chain of the chip under the pointer, the rest dimmed', async () => {
      const id = busiest();
      await moveTo(markPoint(root(el).querySelector(`g.chip[data-id="${CSS.escape(id)}"] rect.chip-box`)!));
      await settle(el);
      expectChainOf(id);
      await moveTo([2, 2]);
      await settle(el);
      expect(shown()).to.deep.equal([]);
    });

    it('draws the chain of the chip with keyboard focus', async () => {
      const id = el.layout!.chips.filter((c) => c.links > 0).at(-1)!.id;
      el.focusElement(id);
      await settle(el);
      expectChainOf(id);
    });

    it('draws the chain of the selected chip', async () => {
      const id = el.layout!.chips[0]!.id;
      el.selected = id;
      await settle(el);
      expectChainOf(id);
    });
  });
}
