/**
 * Compare mode's marks in every view, and progress badges. The later version is today's Telemark map with four
 * elements taken out (two factors on the iceberg and in the loops, one H2 event, one actor), compared with the map as
 * of January 2024, so each view has new, changed and gone elements to show. Gone ones are drawn as ghosts (dashed,
 * struck through, a «borte» pill) clear of every other mark; unchanged marks stay where they were; the text
 * alternative lists what is gone; the export draws what the view shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { normaliseSvg } from './svg-snapshot.js';
import {
  loadJson,
  mount as mountView,
  root,
  settle,
  TELEMARK,
  type DrawingView,
  type FlokeActorNetwork,
  type ViewTag,
} from './view-helpers.js';

/** Views mounted by the test running now: removed after it, whether it passed or not (axe counts what is left). */
const mounted: (() => void)[] = [];
async function mount<T extends DrawingView>(...args: Parameters<typeof mountView>) {
  const view = await mountView<T>(...args);
  mounted.push(view.remove);
  return view;
}
afterEach(() => mounted.splice(0).forEach((remove) => remove()));

const JANUARY = '/examples/data/telemark-agder-2024-01.json';
const GONE = ['fragmentering', 'prosjektdod', 'h2-oppstartskonferanse', 'skien'];

type Doc = {
  elements: { id: string }[];
  relations: { from: string; to: string }[];
  indicators: { id: string; series: { date: string; value: number; target?: boolean }[] }[];
  views: { loops: { named?: { members: string[] }[] }; stories?: { steps: { selected?: string }[] }[] };
};

/** Today's map without the `GONE` elements and everything that names them. */
async function laterVersion(): Promise<Doc> {
  const doc = await loadJson<Doc>(TELEMARK);
  const gone = new Set(GONE);
  doc.elements = doc.elements.filter((e) => !gone.has(e.id));
  doc.relations = doc.relations.filter((r) => !gone.has(r.from) && !gone.has(r.to));
  doc.views.loops.named = doc.views.loops.named?.filter((l) => !l.members.some((m) => gone.has(m)));
  for (const story of doc.views.stories ?? [])
    for (const step of story.steps) if (step.selected && gone.has(step.selected)) delete step.selected;
  return doc;
}

async function compared(el: DrawingView): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="changes"]'), 'the "what changed" panel', { timeout: 10000 });
  await settle(el);
}

/** Each mark's box in the drawing's coordinates. */
function boxOf(mark: SVGGraphicsElement) {
  const box = mark.getBBox();
  const matrix = mark.transform.baseVal.consolidate()?.matrix;
  return { x: (matrix?.e ?? 0) + box.x, y: (matrix?.f ?? 0) + box.y, width: box.width, height: box.height };
}

const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const positions = (el: DrawingView, selector: string) =>
  new Map([...root(el).querySelectorAll<SVGGElement>(selector)].map((mark) => [mark.dataset.id!, boxOf(mark)] as const));

/** `newId`, `changedId`: a mark whose badge is checked (the horizons leave badges out where markers crowd: any one). */
const VIEWS: readonly { tag: ViewTag; marks: string; gone: string[]; newId?: string; changedId?: string }[] = [
  {
    tag: 'floke-iceberg',
    marks: 'g.chip[data-id]',
    gone: ['fragmentering', 'prosjektdod'],
    newId: 'samfunnsoppdraget',
    changedId: 'frafall',
  },
  {
    tag: 'floke-horizons',
    marks: 'g.marker[data-id]',
    gone: ['h2-oppstartskonferanse'],
  },
  { tag: 'floke-causal-loops', marks: 'g.node[data-id]', gone: ['fragmentering', 'prosjektdod'], newId: 'fattigdom', changedId: 'frafall' },
];

describe('compare marks', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1300, height: 900 }));

  for (const view of VIEWS) {
    describe(view.tag, () => {
      it('marks new with a «ny» pill, changed with a «Δ» square and draws gone elements as ghosts with a dashed «borte» pill', async () => {
        const { el, remove } = await mount(view.tag, await laterVersion(), { width: 1200 });
        el.compare = await loadJson(JANUARY);
        await compared(el);
        const badge = (id: string) => root(el).querySelector<SVGGElement>(`g.change-badge[data-for="${id}"]`)!;
        const any = (status: string) => root(el).querySelector<SVGGElement>(`g.change-badge[data-change="${status}"]`)!;
        const fresh = view.newId ? badge(view.newId) : any('new');
        const changed = view.changedId ? badge(view.changedId) : any('changed');
        expect([fresh.dataset.change, !!fresh.querySelector('rect.pill'), fresh.textContent]).to.deep.equal(['new', true, 'ny']);
        expect([changed.dataset.change, !!changed.querySelector('rect.pill'), changed.textContent]).to.deep.equal(['changed', false, 'Δ']);
        const ghosts = [...root(el).querySelectorAll<SVGGElement>('g.ghost')];
        expect(ghosts.map((g) => g.dataset.id).sort()).to.deep.equal(view.gone);
        for (const ghost of ghosts) {
          expect(ghost.querySelector('rect.ghost-box'), 'dashed box').to.not.equal(null);
          expect(ghost.getAttribute('aria-label')).to.match(/, borte$/);
          expect(getComputedStyle(ghost.querySelector('rect.ghost-box')!).strokeDasharray).to.not.equal('none');
          expect(getComputedStyle(ghost.querySelector('text')!).textDecorationLine).to.equal('line-through');
          const pill = badge(ghost.dataset.id!);
          expect([pill.dataset.change, !!pill.querySelector('rect.pill'), pill.textContent]).to.deep.equal(['gone', true, 'borte']);
        }
        remove();
      });

      it('keeps every unchanged element where it was without compare mode (within 1 px), ghosts clear of them', async () => {
        const data = await laterVersion();
        const { el, remove } = await mount(view.tag, data, { width: 1200 });
        const before = positions(el, view.marks);
        el.compare = await loadJson(JANUARY);
        await compared(el);
        const after = positions(el, view.marks);
        expect([...after.keys()].sort()).to.deep.equal([...before.keys()].sort());
        const moved = [...before].filter(([id, b]) => Math.abs(after.get(id)!.x - b.x) > 1 || Math.abs(after.get(id)!.y - b.y) > 1);
        expect(moved).to.deep.equal([]);
        const ghosts = positions(el, 'g.ghost');
        const covered = [...ghosts].flatMap(([ghost, g]) =>
          [...after].filter(([, m]) => overlap(g, m)).map(([id]) => `${ghost} over ${id}`),
        );
        expect(covered).to.deep.equal([]);
        remove();
      });

      it('lets a ghost be focused and selected like any mark', async () => {
        const { el, remove } = await mount(view.tag, await laterVersion(), { width: 1200 });
        el.compare = await loadJson(JANUARY);
        await compared(el);
        const id = view.gone[0]!;
        const ghost = () => root(el).querySelector<SVGGElement>(`g.ghost[data-id="${id}"]`)!;
        ghost().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await settle(el);
        expect([el.selected, ghost().getAttribute('aria-pressed')]).to.deep.equal([id, 'true']);
        expect(root(el).querySelector('.selection-badge'), 'the selection badge').to.not.equal(null);
        el.focusElement(id);
        await settle(el);
        expect((root(el).activeElement as SVGElement | null)?.dataset.id).to.equal(id);
        remove();
      });

      it('lists what is gone in the text alternative, and says «ny» there', async () => {
        const { el, remove } = await mount(view.tag, await laterVersion(), { width: 1200 });
        el.compare = await loadJson(JANUARY);
        await compared(el);
        const details = root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!;
        details.open = true;
        await waitUntil(() => root(el).querySelector('details.text-alternative .gone-list'), 'the gone list');
        const gone = [...root(el).querySelectorAll<HTMLElement>('details.text-alternative .gone-list li')];
        expect(gone.map((li) => li.dataset.id).sort()).to.deep.equal([...GONE].sort());
        expect(gone.find((li) => li.dataset.id === 'fragmentering')!.textContent!.trim()).to.equal(
          'Faktor Fragmenterte tjenester (sektorsiloer), borte',
        );
        expect(details.textContent!.replace(/\s+/g, ' ')).to.include(', ny');
        remove();
      });

      it('draws the same marks in its export as on screen in compare mode', async () => {
        const { el, remove } = await mount(view.tag, await laterVersion(), { width: 1200 });
        el.compare = await loadJson(JANUARY);
        await compared(el);
        const comparable = (markup: string) =>
          normaliseSvg(markup.replace(/ tabindex="-?\d+"/g, '').replace(/(<g class="viewport") transform="[^"]*"/, '$1'));
        const drawing = new XMLSerializer().serializeToString(root(el).querySelector('svg[part="diagram"]')!);
        const live = drawing.slice(drawing.indexOf('>') + 1, drawing.lastIndexOf('</svg>'));
        const svg = el.toSVG();
        const body = svg.slice(svg.indexOf('/>', svg.indexOf('<rect width="100%"')) + 2, svg.lastIndexOf('</svg>'));
        expect(comparable(body)).to.equal(comparable(live));
        expect(svg).to.include('class="ghost');
        remove();
      });

      it('is accessible in compare mode (axe)', async () => {
        const { el, remove } = await mount(view.tag, await laterVersion(), { width: 1200 });
        el.compare = await loadJson(JANUARY);
        await compared(el);
        await expect(el).to.be.accessible();
        remove();
      });
    });
  }

  describe('floke-actor-network', () => {
    it('paints «ny» and «Δ» badges on new and changed actors, with no label under any, and lists what is gone', async () => {
      const { el, remove } = await mount<FlokeActorNetwork>('floke-actor-network', await laterVersion(), { width: 1200 });
      el.compare = await loadJson(JANUARY);
      await compared(el);
      await waitUntil(() => el.drawnChangeBadges.length > 0, 'badges painted');
      const badges = el.drawnChangeBadges;
      const canvas = root(el).querySelector('canvas')!;
      const count = (status: string) => badges.filter((b) => b.status === status).length;
      expect(canvas.dataset.changeBadges).to.equal(`new:${count('new')} changed:${count('changed')}`);
      expect(count('new')).to.be.greaterThan(0);
      expect(count('changed')).to.be.greaterThan(0);
      const hit = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      const covered = badges.flatMap((badge) =>
        el.drawnLabels.filter((label) => hit(label.box, badge.box)).map((l) => `${badge.id}/${l.id}`),
      );
      expect(covered).to.deep.equal([]);
      const details = root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!;
      details.open = true;
      await waitUntil(() => root(el).querySelector('details.text-alternative .gone-list'), 'the gone list');
      expect(
        [...root(el).querySelectorAll<HTMLElement>('details.text-alternative .gone-list li')].map((li) => li.dataset.id).sort(),
      ).to.deep.equal([...GONE].sort());
      await expect(el).to.be.accessible();
      remove();
    });
    it('draws a gone actor as a dashed, struck-through ghost among its former partners, with no label over it', async () => {
      const { el } = await mount<FlokeActorNetwork>('floke-actor-network', await laterVersion(), { width: 1200 });
      await settle(el);
      await waitUntil(() => el.drawnLabels.length > 0, 'labels painted');
      const ids = el.layout!.network.nodes.map((n) => n.id);
      const before = new Map(ids.map((id) => [id, el.positionOf(id)!] as const));
      el.compare = await loadJson(JANUARY);
      await compared(el);
      await waitUntil(() => el.drawnGhosts.length > 0, 'ghosts painted');
      const canvas = root(el).querySelector('canvas')!;
      expect(el.drawnGhosts.map((g) => [g.id, g.label])).to.deep.equal([['skien', 'Skien kommune']]);
      expect(canvas.dataset.ghosts).to.equal('skien');
      const hit = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      const ghost = el.drawnGhosts[0]!;
      expect(el.drawnLabels.filter((label) => hit(label.box, ghost.box)).map((l) => l.id)).to.deep.equal([]);
      expect(el.drawnChangeBadges.filter((badge) => hit(badge.box, ghost.box)).map((b) => b.id)).to.deep.equal([]);
      // Unchanged actors stay where they were with compare mode on (the drawn layout is not touched).
      const moved = ids.filter((id) => {
        const [was, now] = [before.get(id)!, el.positionOf(id)!];
        return Math.abs(was.x - now.x) > 1 || Math.abs(was.y - now.y) > 1;
      });
      expect(moved).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    /** Four actors: B–C is gained, A–C is lost, A–B stays; D was C's only other partner and is gone. */
    const pair = () => {
      const actor = (id: string, level: string) => ({ id, kind: 'actor', label: `Aktør ${id.toUpperCase()}`, level, sector: 'public' });
      const earlier = {
        floke: '1.0',
        title: 'Før',
        elements: [actor('a', 'national'), actor('b', 'local'), actor('c', 'local'), actor('d', 'regional')],
        relations: [
          { from: 'a', to: 'b', type: 'collaborates' },
          { from: 'a', to: 'c', type: 'collaborates' },
          { from: 'c', to: 'd', type: 'collaborates' },
          { from: 'b', to: 'd', type: 'collaborates' },
        ],
      };
      const later = {
        ...earlier,
        title: 'Etter',
        elements: earlier.elements.filter((e) => e.id !== 'd'),
        relations: [
          { from: 'a', to: 'b', type: 'collaborates' },
          { from: 'b', to: 'c', type: 'collaborates' },
        ],
      };
      return { earlier, later };
    };

    it('draws gained ties with a «+», lost ties dashed between actors both drawn, and the gone actor between its partners', async () => {
      const { earlier, later } = pair();
      const { el } = await mount<FlokeActorNetwork>('floke-actor-network', later, { width: 800 });
      el.compare = earlier;
      await compared(el);
      await waitUntil(() => el.drawnGhosts.length > 0, 'ghost painted');
      expect(el.drawnTieChanges).to.deep.equal([
        { status: 'gained', source: 'b', target: 'c' },
        { status: 'lost', source: 'a', target: 'c' },
      ]);
      expect(root(el).querySelector('canvas')!.dataset.tieChanges).to.equal('gained:1 lost:1');
      expect(el.drawnGhosts.map((g) => g.id)).to.deep.equal(['d']);
      // The export carries the same marks: the ghost (dashed, struck through, named), the «+» and the dashed tie.
      await waitUntil(() => el.toSVG() !== '', 'export ready');
      const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      const ghost = svg.querySelector('g.network-ghost')!;
      expect([ghost.getAttribute('data-id'), ghost.getAttribute('aria-label')]).to.deep.equal(['d', 'Aktør Aktør D, borte']);
      expect(ghost.querySelector('circle')!.getAttribute('stroke-dasharray')).to.equal('4 3');
      expect(ghost.querySelector('text')!.getAttribute('text-decoration')).to.equal('line-through');
      expect(svg.querySelectorAll('g.tie-gained').length).to.equal(1);
      expect([...svg.querySelectorAll('line.tie-lost')].map((l) => l.getAttribute('stroke-dasharray'))).to.deep.equal(['6 4']);
      expect([...svg.querySelectorAll('g.change-badge')].map((b) => b.getAttribute('data-for')).sort()).to.deep.equal(
        el.drawnChangeBadges.map((b) => b.id).sort(),
      );
      // The text alternative names the gone actor and every gained and lost tie, those to the gone actor too.
      root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!.open = true;
      await waitUntil(() => root(el).querySelector('details.text-alternative .tie-change-list'), 'the tie lists');
      const items = (list: string) =>
        [...root(el).querySelectorAll(`details.text-alternative [data-list="${list}"] li`)].map((li) => li.textContent!.trim());
      expect(items('gone')).to.deep.equal(['Aktør Aktør D, borte']);
      expect(items('ties-gained')).to.deep.equal(['Aktør B – Aktør C']);
      expect(items('ties-lost')).to.deep.equal(['Aktør A – Aktør C', 'Aktør B – Aktør D', 'Aktør C – Aktør D']);
      await expect(el).to.be.accessible();
    });
  });

  describe('progress badges', () => {
    /** Today's map with a second measurement on two indicators: one heads for its target, one goes the wrong way. */
    async function withTrends(): Promise<Doc> {
      const doc = await loadJson<Doc>(TELEMARK);
      doc.indicators.find((i) => i.id === 'neet-andel')!.series.push({ date: '2024', value: 9.1 });
      doc.indicators.find((i) => i.id === 'psykiske-plager')!.series.push({ date: '2022', value: 20 }, { date: '2024', value: 24 });
      return doc;
    }

    const progress = (el: DrawingView) =>
      Object.fromEntries(
        [...root(el).querySelectorAll<SVGGElement>('g.progress-badge')].map((b) => [b.dataset.for, [b.dataset.progress, b.textContent]]),
      );

    it('badges every element with indicators in the example: too few measurements to tell («…»)', async () => {
      const expected: Record<string, Record<string, string[]>> = {
        'floke-iceberg': { 'ev-foreldre-tilpasser-jobb': ['too-few', '…'], 'h1-neet-2022': ['too-few', '…'] },
        // H1's 2022 marker sits in a crowd with no room for a badge: its name says it (checked below).
        'floke-horizons': { 'h3-delmal-1-7': ['too-few', '…'], 'h3-psykiske-plager': ['too-few', '…'] },
        'floke-causal-loops': { 'psykisk-uhelse': ['too-few', '…'], samfunnskostnad: ['too-few', '…'], utenforskap: ['too-few', '…'] },
      };
      for (const view of VIEWS) {
        const { el, remove } = await mount(view.tag, await loadJson(TELEMARK), { width: 1200 });
        await settle(el);
        expect(progress(el), view.tag).to.deep.equal(expected[view.tag]);
        expect(root(el).querySelector('.progress-legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Indikatorer: …for få målinger',
        );
        if (view.tag === 'floke-horizons')
          expect(root(el).querySelector('g.marker[data-id="h1-neet-2022"]')!.getAttribute('aria-label')).to.match(
            /, indikator: for få målinger til å si noe\.$/,
          );
        remove();
      }
    });

    it('tells heading for the target (circle «↗») from going the wrong way (diamond «↘») by shape and arrow, and in words', async () => {
      const { el, remove } = await mount('floke-causal-loops', await withTrends(), { width: 1200 });
      await settle(el);
      expect(progress(el)).to.deep.equal({
        utenforskap: ['toward-target', '↗'],
        'psykisk-uhelse': ['wrong-way', '↘'],
        samfunnskostnad: ['too-few', '…'],
      });
      const shape = (id: string) => root(el).querySelector(`g.progress-badge[data-for="${id}"] path`)!.getAttribute('d');
      expect(shape('utenforskap')).to.equal('M-9,0A9,9 0 1,0 9,0A9,9 0 1,0 -9,0Z');
      expect(shape('psykisk-uhelse')).to.equal('M0,-11L11,0L0,11L-11,0Z');
      expect(root(el).querySelector('g.node[data-id="psykisk-uhelse"]')!.getAttribute('aria-label')).to.include('indikator: går feil vei');
      remove();
    });

    it("says the progress in the horizons' details, with the data points and the source", async () => {
      const { el, remove } = await mount('floke-horizons', await withTrends(), {
        width: 1200,
        attributes: { selected: 'h3-psykiske-plager' },
      });
      await settle(el);
      const item = root(el).querySelector('section.details .progress-details li[data-indicator="psykiske-plager"]')!;
      const text = item.textContent!.replace(/\s+/g, ' ').trim();
      expect(text).to.match(
        /^↘ .*: går feil vei\. .* gikk opp fra 20 % i 2022 til 24 % i 2024; målet for 2034 er .25 %\. \(20 % 2022; 24 % 2024\) /,
      );
      expect(item.querySelector('.progress-source')!.textContent!.length).to.be.greaterThan(0);
      remove();
    });
  });
});
