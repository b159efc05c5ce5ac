/**
 * Loop tours in `<floke-causal-loops>`: a loop walked link by link, in the drawing (the current link and its factors
 * emphasised by weight, the rest of the loop receding) and in words ("Steg 2 av 5: …"), started from the loop panel,
 * from the keyboard (L then Enter) and from the `tour-step` attribute a story step sets.
 *
 * Telemark's R3 Prosjekttredemølla is named kortsiktige-prosjekter → prosjektdod → effektforskning → kunnskap →
 * starte-pa-nytt, so its tour starts at short-term projects.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys } from '@web/test-runner-commands';
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
  type FlokeCausalLoops,
  type Mounted,
} from './view-helpers.js';

const press = async (el: FlokeCausalLoops, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
const focusOn = async (el: FlokeCausalLoops, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};
const tourStatus = (el: FlokeCausalLoops) => root(el).querySelector('.tour-status')?.textContent?.trim();
const classed = (el: FlokeCausalLoops, selector: string) =>
  [...root(el).querySelectorAll<SVGGElement>(selector)].map((g) => g.dataset.id ?? g.dataset.linkId!).sort();
const r3Button = (el: FlokeCausalLoops) => {
  const loop = el.loops.find((l) => el.codeOf(l.id) === 'R3')!;
  return root(el).querySelector<HTMLButtonElement>(`[data-tour-loop="${loop.id}"]`)!;
};
/** Focus is on an element inside the view, never on <body>. */
const expectFocusInside = (el: FlokeCausalLoops) => {
  expect(document.activeElement).to.equal(el);
  expect(root(el).activeElement).to.not.equal(null);
};

describe('loop tours', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;

  before(async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { width: 1200 });
    el = mounted.el;
    await until(() => root(el).querySelector('[data-tour-loop]'), 'the loop panel');
  });
  after(() => mounted.remove());
  beforeEach(() => reset(el));

  it('starts from the loop panel: the tour bar says step 1 in words and takes focus', async () => {
    r3Button(el).click();
    await settle(el);
    expect(el.loop).to.equal('R3');
    expect(el.tourStep).to.equal(1);
    expect(tourStatus(el)).to.equal('Steg 1 av 5: Mer kortsiktige prosjekter øker prosjektdød, med forsinkelse');
    expect(announcement(el)).to.equal('Steg 1 av 5: Mer kortsiktige prosjekter øker prosjektdød, med forsinkelse');
    expect(root(el).activeElement?.classList.contains('tour-next')).to.equal(true);
  });

  it('names the panel button after its loop, with the visible words in the name', () => {
    expect(r3Button(el).getAttribute('aria-label')).to.equal('Gå gjennom R3 Prosjekttredemølla steg for steg');
    expect(r3Button(el).textContent!.trim()).to.equal('Steg for steg');
  });

  it('draws the current link and its two factors heavier, and the rest of the loop receding', async () => {
    el.startTour('R3');
    await settle(el);
    const current = classed(el, 'g.link.tour-current');
    expect(current).to.have.length(1);
    expect(root(el).querySelector(`g.link.tour-current`)!.querySelector('title')!.textContent).to.match(
      /^Mer kortsiktige prosjekter øker prosjektdød/,
    );
    expect(classed(el, 'g.node.tour-current')).to.deep.equal(['kortsiktige-prosjekter', 'prosjektdod']);
    expect(classed(el, 'g.node.tour-rest')).to.deep.equal(['effektforskning', 'kunnskap', 'starte-pa-nytt']);
    expect(classed(el, 'g.link.tour-rest')).to.have.length(4);
    const line = (selector: string) => Number.parseFloat(getComputedStyle(root(el).querySelector(`${selector} .link-line`)!).strokeWidth);
    expect(line('g.link.tour-current:not(.inferred)')).to.equal(7);
  });

  it('L then Enter tours the highlighted loop from the focused factor; arrows walk on and focus follows', async () => {
    await focusOn(el, 'prosjektdod');
    await press(el, 'l');
    expect(el.highlightedLoop && el.codeOf(el.highlightedLoop.id)).to.equal('R3');
    await press(el, 'Enter');
    expect(el.tourStep).to.equal(2);
    expect(el.selected).to.equal(undefined);
    expect(announcement(el)).to.equal('Steg 2 av 5: Mer prosjektdød minsker effektforskning (antatt, ikke uttalt i en kilde)');
    await press(el, 'ArrowRight');
    expect(el.tourStep).to.equal(3);
    expect(activeId(el)).to.equal('effektforskning');
    expect(announcement(el)).to.equal('Steg 3 av 5: Mer effektforskning øker kunnskap om hva som virker, med forsinkelse');
    await press(el, 'ArrowLeft');
    expect(el.tourStep).to.equal(2);
    expect(activeId(el)).to.equal('prosjektdod');
  });

  it('Esc ends the tour, keeps the loop highlighted and leaves focus on the factor', async () => {
    el.startTour('R3', 'kunnskap');
    await settle(el);
    await focusOn(el, 'kunnskap');
    await press(el, 'Escape');
    expect(el.tourStep).to.equal(undefined);
    expect(el.loop).to.equal('R3');
    expect(announcement(el)).to.equal('Sløyfeturen er avsluttet.');
    expect(activeId(el)).to.equal('kunnskap');
    expectFocusInside(el);
  });

  it('"Avslutt turen" moves focus to the factor the tour was at, never to <body>', async () => {
    r3Button(el).click();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('.tour-next')!.click();
    await settle(el);
    const end = root(el).querySelector<HTMLButtonElement>('.tour-end')!;
    end.focus();
    end.click();
    await settle(el);
    expect(root(el).querySelector('.tour')).to.equal(null);
    expect(activeId(el)).to.equal('prosjektdod');
    expectFocusInside(el);
  });

  it('keeps "Neste ledd" and "Forrige ledd" unavailable at the ends, and PageDown in the bar steps on', async () => {
    r3Button(el).click();
    await settle(el);
    expect(root(el).querySelector<HTMLButtonElement>('.tour-previous')!.disabled).to.equal(true);
    await press(el, 'PageDown');
    expect(el.tourStep).to.equal(2);
    el.tourStep = 5;
    await settle(el);
    expect(root(el).querySelector<HTMLButtonElement>('.tour-next')!.disabled).to.equal(true);
    expect(tourStatus(el)).to.equal('Steg 5 av 5: Mer starte på nytt øker kortsiktige prosjekter (antatt, ikke uttalt i en kilde)');
  });

  it('shows the step a page or story sets with loop and tour-step, and brings the link into view', async () => {
    el.setAttribute('loop', 'R3');
    el.setAttribute('tour-step', '4');
    await settle(el);
    expect(tourStatus(el)).to.equal('Steg 4 av 5: Mer kunnskap om hva som virker minsker starte på nytt');
    const box = root(el).querySelector('g.node.tour-current')!.getBoundingClientRect();
    const stage = root(el).querySelector('svg.diagram')!.getBoundingClientRect();
    expect(box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom).to.equal(true);
  });

  it('opens on a loop set from outside (a story step, a deep link) with every factor of it in view', async () => {
    // A fresh view, as a story step or a link opens it: R3 lies at the diagram's lower edge at the opening zoom.
    const opened = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), {
      width: 1000,
      attributes: { loop: 'R3' },
    });
    try {
      await settle(opened.el, 4);
      const r3 = opened.el.loops.find((l) => opened.el.codeOf(l.id) === 'R3')!;
      const stage = root(opened.el).querySelector('svg.diagram')!.getBoundingClientRect();
      const outside = r3.members.filter((id) => {
        const box = root(opened.el).querySelector(`g.node[data-id="${id}"]`)!.getBoundingClientRect();
        return !(box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom);
      });
      expect(outside).to.deep.equal([]);
    } finally {
      opened.remove();
    }
  });

  for (const [lang, label, sentence] of [
    ['nn', 'Kortsiktige prosjekter', 'Steg 1 av 5: Meir kortsiktige prosjekter aukar prosjektdød, med forseinking'],
    ['en', 'Short-term projects', 'Step 1 of 5: More short-term projects increases projects dying out, with delay'],
  ] as const) {
    it(`says the tour in ${lang}`, async () => {
      mounted.container.setAttribute('lang', lang);
      try {
        // The data texts follow the language too (en is given, nn falls back to nb): wait for the new layout.
        const factor = () => root(el).querySelector('[data-id="kortsiktige-prosjekter"]')?.getAttribute('aria-label') ?? '';
        await until(
          () => el.uiLanguage === lang && factor().startsWith(`${label}:`) && root(el).querySelector('[data-tour-loop]'),
          `${lang} drawn`,
        );
        el.startTour('R3');
        await settle(el);
        expect(tourStatus(el)).to.equal(sentence);
      } finally {
        mounted.container.setAttribute('lang', 'nb');
        await until(() => el.uiLanguage === 'nb' && el.model?.lang === 'nb', 'nb again');
        await settle(el);
      }
    });
  }
});
