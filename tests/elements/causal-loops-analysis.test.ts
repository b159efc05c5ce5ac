/**
 * What `<floke-causal-loops>` says about evidence and where to act, on a small hand-made document
 * (tests/fixtures/analysis/evidence-and-levers.json, in Bokmål):
 * - forankring → samarbeid (+, sourced); samarbeid → tillit (+, sourced); tillit → samarbeid (−, inferred): B1,
 *   hypothesised; samarbeid → frafall (−, stated); frafall → utenforskap (+, sourced); utenforskap → frafall (+, no
 *   source): R1, one link without a source.
 * - utenforskap is measured by an indicator and sourced (an outcome); MICMAC finds frafall dependent (an outcome);
 *   the levers, drivers all, are samarbeid, forankring (exogenous, enters B1 through samarbeid) and tillit.
 * The Telemark document is used only for what survives changes to its content.
 */
import { expect, oneEvent } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys } from '@web/test-runner-commands';
import { TELEMARK, loadJson, mount, root, settle, until, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

const FIXTURE = '/tests/fixtures/analysis/evidence-and-levers.json';
const text = (element: Element | null) => element!.textContent!.replace(/\s+/g, ' ').trim();
const link = (el: FlokeCausalLoops, id: string) => root(el).querySelector<SVGGElement>(`g.link[data-link-id="${id}"]`)!;
const loopButton = (el: FlokeCausalLoops, code: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.loop-button')].find((b) => el.codeOf(b.dataset.loopId!) === code)!;

describe('floke-causal-loops evidence and where to act', function () {
  this.timeout(20000);
  let mounted: Mounted<FlokeCausalLoops>;
  afterEach(() => mounted?.remove());

  it('draws an inferred link hollow, keeping the dash of −, with a "?" badge beside its sign; other links plain', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE));
    const { el } = mounted;
    const inferred = link(el, 'tillit-samarbeid');
    expect(inferred.dataset.evidence).to.equal('inferred');
    expect(text(inferred.querySelector('.evidence-mark text'))).to.equal('?');
    const line = getComputedStyle(inferred.querySelector('.link-line')!);
    const core = getComputedStyle(inferred.querySelector('.link-core')!);
    // The background-coloured core is narrower than the line: two thin strokes remain, dashed alike.
    expect(parseFloat(core.strokeWidth)).to.be.lessThan(parseFloat(line.strokeWidth));
    expect(core.stroke).to.equal(getComputedStyle(root(el).querySelector('.stage')!).backgroundColor);
    expect(core.strokeDasharray).to.equal(line.strokeDasharray);
    expect(line.strokeDasharray).to.not.equal('none');
    for (const id of ['samarbeid-frafall', 'utenforskap-frafall']) {
      expect(link(el, id).querySelector('.link-core, .evidence-mark'), id).to.equal(null);
    }
    expect(text(inferred.querySelector('title'))).to.equal('Mer tillit minsker samarbeid (antatt, ikke uttalt i en kilde)');
  });

  it('explains the inferred line and badge in the legend', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE), { lang: 'en' });
    const entry = [...root(mounted.el).querySelectorAll('.legend li')].find((li) => li.querySelector('.link-core'))!;
    expect(text(entry)).to.equal('+ ? Inferred: the author’s conclusion, not stated in a source (double line, ?)');
  });

  it('marks a hypothesised loop in the panel with a "?" and says what every loop rests on', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE));
    const { el } = mounted;
    const b1 = loopButton(el, 'B1');
    const r1 = loopButton(el, 'R1');
    expect(b1.classList.contains('hypothesised')).to.equal(true);
    expect(text(b1.querySelector('.hypothesis-mark'))).to.equal('?');
    expect(text(b1.querySelector('.loop-evidence'))).to.equal('Hypotese: hviler på 1 antatt lenke');
    expect(r1.querySelector('.hypothesis-mark')).to.equal(null);
    expect(text(r1.querySelector('.loop-evidence'))).to.equal('1 lenke uten kilde');
  });

  it('says in the text alternative what each loop rests on, in nb, nn and en', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE));
    const { el, container } = mounted;
    root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!.open = true;
    const b1 = () => text(root(el).querySelector(`.loop-list li[data-loop-id="${el.loops.find((l) => l.hypothesised)!.id}"]`));
    await until(() => root(el).querySelector('.loop-list'), 'text alternative opened');
    expect(b1()).to.equal('B1: Samarbeid → Tillit → Samarbeid (balanserende) — hviler på 1 antatt lenke');
    container.setAttribute('lang', 'nn');
    await until(() => root(el).querySelector('.loop-list') && b1().endsWith('kviler på 1 anteken lenkje'), 'nynorsk');
    container.setAttribute('lang', 'en');
    await until(() => root(el).querySelector('.loop-list') && b1().endsWith('(balancing) — rests on 1 inferred link'), 'english');
  });

  it('lists where to act: the levers with the sentence that explains each, then the outcomes apart', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE));
    const section = root(mounted.el).querySelector('[part="where-to-act"]')!;
    expect(text(section.querySelector('.act-heading'))).to.equal('Hvor kan vi handle?');
    expect(
      [...section.querySelectorAll('.lever')].map((b) => [(b as HTMLElement).dataset.factor, text(b.querySelector('.lever-sentence'))]),
    ).to.deep.equal([
      ['samarbeid', 'Samarbeid er med i 1 sløyfe og driver 1 til gjennom frafall'],
      ['forankring', 'Forankring driver 1 sløyfe gjennom samarbeid'],
      ['tillit', 'Tillit er med i 1 sløyfe'],
    ]);
    expect(text(section.querySelector('.lever[data-factor="forankring"] .lever-scores'))).to.equal(
      'drivkraft · påvirkning 1,4 · avhengighet 0,0 · B1',
    );
    expect(text(section.querySelector('.act-subheading'))).to.equal('Resultater å følge med på');
    expect([...section.querySelectorAll('.outcome')].map(text)).to.deep.equal([
      'Utenforskap — måles med indikator',
      'Frafall — styres av resten av systemet',
    ]);
  });

  it('words the levers and outcomes in nn and en too', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE), { lang: 'nn' });
    const { el, container } = mounted;
    const words = () => {
      const section = root(el).querySelector('[part="where-to-act"]');
      return section
        ? [
            text(section.querySelector('.act-heading')),
            text(section.querySelector('.lever[data-factor="samarbeid"] .lever-sentence')),
            text(section.querySelector('.lever[data-factor="forankring"] .lever-sentence')),
            text(section.querySelector('.lever[data-factor="forankring"] .lever-scores')),
            text(section.querySelector('.outcome[data-factor="frafall"]')),
          ]
        : [];
    };
    expect(words()).to.deep.equal([
      'Kvar kan vi handle?',
      'Samarbeid er med i 1 sløyfe og driv 1 til gjennom frafall',
      'Forankring driv 1 sløyfe gjennom samarbeid',
      'drivkraft · påverknad 1,4 · avhengnad 0,0 · B1',
      'Frafall — vert styrt av resten av systemet',
    ]);
    container.setAttribute('lang', 'en');
    await until(() => words()[0] === 'Where to act', 'english');
    expect(words()).to.deep.equal([
      'Where to act',
      'Samarbeid is in 1 loop and drives 1 more through frafall',
      'Forankring drives 1 loop through samarbeid',
      'driver · influence 1.4 · dependence 0.0 · B1',
      'Frafall — driven by the rest of the system',
    ]);
  });

  it('reaches the loop stepper, then the levers with Tab after the drawing, and selects a factor with Enter', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(FIXTURE));
    const { el } = mounted;
    el.focusElement('samarbeid');
    await until(() => (root(el).activeElement as HTMLElement | null)?.dataset.id === 'samarbeid', 'focus in the drawing');
    for (const stepper of ['step-previous', 'step-next']) {
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLElement).className).to.equal(stepper);
    }
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement as HTMLButtonElement;
    expect([active.className, active.dataset.factor]).to.deep.equal(['lever', 'samarbeid']);
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLElement).dataset.factor).to.equal('forankring');
    const selected = oneEvent(el, 'floke-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'forankring', kind: 'factor' });
    await settle(el);
    expect((root(el).activeElement as HTMLElement).getAttribute('aria-pressed')).to.equal('true');
    expect(text(root(el).querySelector('.panel-heading'))).to.equal('Sløyfer gjennom Forankring (0)');
  });

  it('puts neither the problem nor the cost estimate first on the Telemark document, and shows the rest of the levers on demand', async () => {
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK));
    const { el } = mounted;
    const section = root(el).querySelector('[part="where-to-act"]')!;
    const first = section.querySelector<HTMLElement>('.levers .lever')!.dataset.factor;
    expect(['utenforskap', 'samfunnskostnad']).to.not.include(first);
    const outcomes = [...section.querySelectorAll<HTMLElement>('.outcome')].map((b) => b.dataset.factor);
    expect(outcomes).to.include.members(['utenforskap', 'samfunnskostnad']);
    const levers = el.whereToAct!.levers.length;
    expect(section.querySelectorAll(':scope > .levers .lever')).to.have.length(Math.min(5, levers));
    const more = section.querySelector<HTMLDetailsElement>('details.more-levers')!;
    expect(text(more.querySelector('summary'))).to.equal(`Vis alle ${levers}`);
    expect(more.querySelectorAll('.lever')).to.have.length(levers - 5);
  });
});
