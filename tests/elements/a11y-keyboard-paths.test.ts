/**
 * The keyboard paths the views document, walked with real key presses: focus never falls to `<body>` on the way,
 * each link is announced in its own direction, and long lists go to the panel with only their count announced.
 * Found by the accessibility audit in issue 16; each test failed before its fix.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  TELEMARK,
  activeId,
  announcement,
  loadJson,
  mount,
  reset,
  root,
  settle,
  until,
  type DrawingView,
  type FlokeActorNetwork,
  type FlokeCausalLoops,
  type Mounted,
} from './view-helpers.js';

/** Where focus is: inside the view's shadow root (its element there), else the page's active element. */
const focused = (el: DrawingView): Element | null => (document.activeElement === el ? root(el).activeElement : document.activeElement);

const press = async (el: DrawingView, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};

const focusOn = async (el: DrawingView, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};

/** Opens the text alternative from its summary with the keyboard, as a reader does. */
async function openTextAlternative(el: DrawingView): Promise<HTMLElement> {
  const summary = root(el).querySelector<HTMLElement>('details.text-alternative > summary')!;
  summary.focus();
  await press(el, 'Enter');
  await until(() => root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!.open, 'the text alternative opens');
  await settle(el);
  return summary;
}

describe('keyboard paths: floke-causal-loops', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK));
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(async () => {
    await reset(el);
    el.fitToView();
    await settle(el);
  });
  afterEach(() => resetMouse());

  it('keeps focus on the summary when the text alternative opens', async () => {
    const summary = await openTextAlternative(el);
    expect(focused(el)).to.equal(summary);
    expect(root(el).querySelector('details.text-alternative .factor-list')).to.not.equal(null);
    await press(el, 'Enter');
    expect(focused(el)).to.equal(root(el).querySelector('details.text-alternative > summary'));
  });

  it('moves focus back to the factor after "Vis alle sløyfer", not to <body>', async () => {
    await focusOn(el, 'fattigdom');
    await press(el, 'Enter');
    expect(el.selected).to.equal('fattigdom');
    const showAll = [...root(el).querySelectorAll<HTMLButtonElement>('.side button')].find((b) => b.textContent === 'Vis alle sløyfer')!;
    showAll.focus();
    await press(el, 'Enter');
    expect(el.selected).to.equal(undefined);
    await until(() => activeId(el) === 'fattigdom', 'focus back on the factor');
    expect(document.activeElement).to.equal(el);
  });

  it('announces each link of a two-way pair in its own direction', async () => {
    await focusOn(el, 'fattigdom');
    const heard: string[] = [];
    // Round every link of fattigdom once: out of it, then into it.
    const doc = await loadJson<{ relations: { from: string; to: string; type: string }[] }>(TELEMARK);
    const links = doc.relations.filter((r) => r.type === 'causes' && (r.from === 'fattigdom' || r.to === 'fattigdom')).length;
    for (let step = 0; step < links; step++) {
      await press(el, 'ArrowRight');
      heard.push(announcement(el));
    }
    expect(heard, heard.join('\n')).to.include('Mer fattigdom i familien øker utenforskap blant unge');
    expect(heard, heard.join('\n')).to.include('Mer utenforskap blant unge øker fattigdom i familien, med forsinkelse');
  });
});

describe('keyboard paths: floke-actor-network', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeActorNetwork>;
  let el: FlokeActorNetwork;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK));
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(async () => {
    await reset(el);
    el.fitToView();
    await settle(el);
  });
  afterEach(() => resetMouse());

  const label = (id: string) => el.network!.network.nodes.find((n) => n.id === id)!.label;
  const panelHeading = () => root(el).querySelector('.panel-host .heading-section')!.textContent;

  it('keeps focus on the summary when the text alternative opens', async () => {
    const summary = await openTextAlternative(el);
    expect(focused(el)).to.equal(summary);
    expect(root(el).querySelector('details.text-alternative table.actors')).to.not.equal(null);
  });

  it('Tab from the diagram goes on to the next control and the panel stays on the actor', async () => {
    await focusOn(el, 'hdir');
    expect(panelHeading()).to.equal(label('hdir'));
    // Through every control after the tab stop: none of them may lose focus to <body> when the panel re-renders.
    for (let step = 0; step < 6; step++) {
      await press(el, 'Tab');
      expect(document.activeElement, `Tab ${step + 1}`).to.equal(el);
      expect(focused(el), `Tab ${step + 1}`).to.not.equal(null);
    }
  });

  it('Tab from the diagram into the panel lands on its first partner', async () => {
    await focusOn(el, 'hdir');
    const firstPartner = root(el).querySelector<HTMLButtonElement>('.panel-host .partners button')!;
    const panelText = firstPartner.textContent;
    // Straight from the tab stop into the panel, as a reader does after the legend.
    let guard = 0;
    while (focused(el) !== firstPartner && guard++ < 20) await press(el, 'Tab');
    expect(focused(el)).to.equal(firstPartner);
    expect(firstPartner.textContent).to.equal(panelText);
    expect(panelHeading()).to.equal(label('hdir'));
  });

  it('moves focus back to the actor after "Fjern valget", not to <body>', async () => {
    await focusOn(el, 'hdir');
    await press(el, 'Enter');
    expect(el.selected).to.equal('hdir');
    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('.panel-host button')].find((b) => b.textContent === 'Fjern valget')!;
    clear.focus();
    await press(el, 'Enter');
    expect(el.selected).to.equal(undefined);
    await until(() => activeId(el) === 'hdir', 'focus back on the actor');
    expect(document.activeElement).to.equal(el);
  });

  it('T announces how many ties, lists them in the panel and leaves the selection alone', async () => {
    await focusOn(el, 'ks');
    await press(el, 'Enter');
    await focusOn(el, 'hdir');
    await press(el, 't');
    expect(el.selected).to.equal('ks');
    const partners = el.network!.network.ties.filter(
      (t, i) => (t.source === 'hdir' || t.target === 'hdir') && el.visibility!.ties[i],
    ).length;
    expect(announcement(el)).to.equal(`${label('hdir')} har ${partners} bånd, listet i panelet`);
    expect(panelHeading()).to.equal(label('hdir'));
    expect(root(el).querySelectorAll('.panel-host ul.partners > li')).to.have.length(partners);
  });
});

for (const tag of ['floke-iceberg', 'floke-horizons'] as const) {
  describe(`keyboard paths: ${tag}`, function () {
    this.timeout(30000);
    let mounted: Mounted<DrawingView>;
    let el: DrawingView;

    before(async () => {
      await setViewport({ width: 1280, height: 900 });
      mounted = await mount<DrawingView>(tag, await loadJson(TELEMARK));
      el = mounted.el;
    });
    after(() => mounted.remove());
    beforeEach(() => reset(el));

    it('Enter announces that the focused mark is selected, and Enter again that it no longer is', async () => {
      const mark = root(el).querySelector<SVGGElement>('svg [tabindex="0"][data-id]')!;
      const id = mark.dataset.id!;
      await focusOn(el, id);
      await press(el, 'Enter');
      expect(el.selected).to.equal(id);
      const label = root(el).querySelector('[aria-live]')!.textContent!.trim();
      expect(label.endsWith(': valgt'), label).to.equal(true);
      await press(el, 'Enter');
      expect(el.selected).to.equal(undefined);
      expect(root(el).querySelector('[aria-live]')!.textContent!.trim()).to.equal(label.replace(/: valgt$/, ': ikke lenger valgt'));
    });

    it('Esc that clears the selection says so too', async () => {
      const id = root(el).querySelector<SVGGElement>('svg [tabindex="0"][data-id]')!.dataset.id!;
      await focusOn(el, id);
      await press(el, 'Enter');
      const label = root(el).querySelector('[aria-live]')!.textContent!.trim();
      await press(el, 'Escape');
      expect(el.selected).to.equal(undefined);
      expect(root(el).querySelector('[aria-live]')!.textContent!.trim()).to.equal(label.replace(/: valgt$/, ': ikke lenger valgt'));
    });
  });
}
