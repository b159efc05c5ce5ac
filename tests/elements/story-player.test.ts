/**
 * `<floke-story>` playing the treadmill story of the Telemark example: steps, keys, the live region, reduced motion,
 * a deep link per step, and focus that never falls to <body>.
 */
import { expect, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/dist/all.js';
import type { FlokeCausalLoops } from '../../packages/elements/src/causal-loops.js';
import type { FlokeStory } from '../../packages/elements/src/story.js';
import { FIXED_FONT, TELEMARK, loadJson, record, type DrawingView } from './view-helpers.js';

/** The treadmill story's captions in nb, in order (from examples/data/telemark-agder.json). */
let captions: string[] = [];

const shadow = (el: FlokeStory) => el.shadowRoot!;
const text = (el: FlokeStory, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const viewOf = (el: FlokeStory) => shadow(el).querySelector<HTMLElement & DrawingView>('[data-view]');
const button = (el: FlokeStory, which: 'previous' | 'next') => shadow(el).querySelector<HTMLButtonElement>(`button.${which}`)!;
const settled = async (el: FlokeStory) => {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
};

async function mountStory(attributes: Record<string, string> = {}, lang = 'nb'): Promise<{ el: FlokeStory; remove: () => void }> {
  const container = document.createElement('div');
  container.style.setProperty('--floke-font-family', FIXED_FONT);
  container.style.width = '1200px';
  container.setAttribute('lang', lang);
  container.setAttribute('data-color-scheme', 'light');
  const el = document.createElement('floke-story') as FlokeStory;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = await loadJson(TELEMARK);
  container.append(el);
  document.body.append(container);
  await waitUntil(() => viewOf(el), 'the step view', { timeout: 10000 });
  await settled(el);
  return { el, remove: () => container.remove() };
}

describe('floke-story', function () {
  this.timeout(60000);
  let el: FlokeStory;
  let remove: () => void;

  before(async () => {
    const doc = await loadJson<{ views: { stories: { steps: { caption: { nb: string } }[] }[] } }>(TELEMARK);
    captions = doc.views.stories[0]!.steps.map((step) => step.caption.nb);
    ({ el, remove } = await mountStory());
  });
  after(() => remove());
  beforeEach(async () => {
    el.goTo(1);
    await settled(el);
  });

  it('opens on step 1 of the first story: progress line, caption and the loop view with R3 highlighted', async () => {
    expect(text(el, '.title')).to.equal('Prosjekttredemølla');
    expect(text(el, '.progress')).to.equal('Steg 1 av 10 · Visning: Sløyfer');
    expect(text(el, '.caption')).to.equal(captions[0]);
    expect(shadow(el).querySelector('.caption')!.getAttribute('lang')).to.equal('nb');
    const view = viewOf(el)!;
    expect(view.localName).to.equal('floke-causal-loops');
    expect(view.getAttribute('loop')).to.equal('R3');
    expect(view.hasAttribute('tour-step')).to.equal(false);
  });

  it('"Neste steg" goes to step 2, announces its caption, emits floke-story-step and tours the loop', async () => {
    const steps = record<{ story: string; step: number }>(el, 'floke-story-step');
    button(el, 'next').click();
    await settled(el);
    steps.stop();
    expect(el.step).to.equal(2);
    expect(text(el, '[role="status"]')).to.equal(`Steg 2 av 10. ${captions[1]}`);
    expect(steps.details).to.deep.equal([{ story: 'tredemolla', step: 2 }]);
    const loops = viewOf(el) as FlokeCausalLoops;
    expect(loops.getAttribute('tour-step')).to.equal('1');
    await waitUntil(() => loops.shadowRoot!.querySelector('.tour-status'), 'the tour bar');
    expect(loops.shadowRoot!.querySelector('.tour-status')!.textContent!.trim()).to.equal(
      'Steg 1 av 5: Mer kortsiktige prosjekter øker prosjektdød, med forsinkelse',
    );
  });

  it('steps with the arrow keys, PageUp/PageDown, Home and End while focus is in the player', async () => {
    button(el, 'next').focus();
    const at = async (key: string) => {
      await sendKeys({ press: key });
      await settled(el);
      return el.step;
    };
    expect(await at('ArrowRight')).to.equal(2);
    expect(await at('PageDown')).to.equal(3);
    expect(await at('ArrowDown')).to.equal(4);
    expect(await at('ArrowLeft')).to.equal(3);
    expect(await at('PageUp')).to.equal(2);
    expect(await at('End')).to.equal(10);
    expect(await at('Home')).to.equal(1);
    expect(shadow(el).activeElement).to.equal(button(el, 'next'));
  });

  it('keeps focus on "Neste steg" at the last step: the button says it is unavailable, focus never drops to <body>', async () => {
    el.goTo(9);
    await settled(el);
    button(el, 'next').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.step).to.equal(10);
    expect(button(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.step).to.equal(10);
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(button(el, 'next'));
    expect(button(el, 'previous').getAttribute('aria-disabled')).to.equal('false');
  });

  it('shows what a step selects in its view: step 7 selects Prosjektdød in the iceberg', async () => {
    el.goTo(7);
    await settled(el);
    const view = viewOf(el)!;
    expect(view.localName).to.equal('floke-iceberg');
    expect(view.getAttribute('selected')).to.equal('prosjektdod');
    expect(text(el, '.progress')).to.equal('Steg 7 av 10 · Visning: Isfjell');
  });

  it('lists the step sources with the place in each', () => {
    const items = [...shadow(el).querySelectorAll('.sources li')].map((li) => li.textContent!.trim());
    expect(text(el, '.sources summary')).to.equal('Kilder (1)');
    expect(items).to.deep.equal([
      'Operativ gruppe for samfunnsoppdraget (sekretariat i Forskningsrådet) (2024), l. 37–38: «ofte er det samme prøvd om og om igjen på ulike steder i landet»',
    ]);
  });

  it('fades a step in, and not under prefers-reduced-motion: reduce', async () => {
    el.goTo(2);
    await settled(el);
    const caption = () => shadow(el).querySelector('.caption')!;
    expect(getComputedStyle(caption()).animationName).to.equal('story-enter');
    await executeServerCommand('floke-emulate-media', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      el.goTo(3);
      await settled(el);
      expect(getComputedStyle(caption()).animationName).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.view')!).animationName).to.equal('none');
    } finally {
      await executeServerCommand('floke-emulate-media', []);
    }
  });

  it('gives every step a link of its own', async () => {
    for (let step = 1; step <= captions.length; step++) {
      el.goTo(step);
      await settled(el);
      expect(shadow(el).querySelector('.step-link')!.getAttribute('href')).to.equal(`#story=tredemolla&step=${step}`);
    }
  });
});

describe('floke-story deep links', function () {
  this.timeout(60000);
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('restores every step from its link, with sync-url', async () => {
    history.replaceState(null, '', '#story=tredemolla&step=7');
    const { el, remove } = await mountStory({ 'sync-url': '' });
    try {
      expect(el.step).to.equal(7);
      expect(viewOf(el)!.localName).to.equal('floke-iceberg');
      for (let step = 1; step <= 10; step++) {
        location.hash = `#story=tredemolla&step=${step}`;
        await waitUntil(() => el.step === step, `step ${step} from the hash`);
        await settled(el);
        expect(text(el, '.caption')).to.equal(captions[step - 1]);
        expect(text(el, '.progress')!.startsWith(`Steg ${step} av 10`)).to.equal(true);
      }
    } finally {
      remove();
    }
  });

  it('writes each step to the hash, so Back returns to the step before', async () => {
    history.replaceState(null, '', '#story=tredemolla&step=1');
    const { el, remove } = await mountStory({ 'sync-url': '' });
    try {
      el.next();
      await settled(el);
      expect(location.hash).to.equal('#story=tredemolla&step=2');
      history.back();
      await waitUntil(() => el.step === 1, 'back to step 1');
    } finally {
      remove();
    }
  });
});

describe('floke-story in other languages and with missing stories', function () {
  this.timeout(60000);

  it('speaks English: progress, buttons, and the caption in English marked lang="en"', async () => {
    const { el, remove } = await mountStory({}, 'en');
    try {
      expect(text(el, '.progress')).to.equal('Step 1 of 10 · View: Loops');
      expect(text(el, 'button.next')).to.equal('Next step ›');
      expect(text(el, '.caption')!.startsWith('The project treadmill is a reinforcing loop')).to.equal(true);
      expect(shadow(el).querySelector('.caption')!.getAttribute('lang')).to.equal('en');
    } finally {
      remove();
    }
  });

  it('speaks Nynorsk, and marks the Bokmål caption it falls back to as nb', async () => {
    const { el, remove } = await mountStory({}, 'nn');
    try {
      expect(text(el, 'button.previous')).to.equal('‹ Førre steg');
      expect(text(el, '.caption')).to.equal(captions[0]);
      expect(shadow(el).querySelector('.caption')!.getAttribute('lang')).to.equal('nb');
    } finally {
      remove();
    }
  });

  it('says so when the story asked for is not in the document', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'nb');
    const el = document.createElement('floke-story') as FlokeStory;
    el.setAttribute('story', 'ingen');
    el.data = await loadJson(TELEMARK);
    container.append(el);
    document.body.append(container);
    try {
      await el.updateComplete;
      expect(text(el, '[role="status"]')).to.equal('Dokumentet har ingen fortelling med id «ingen».');
    } finally {
      container.remove();
    }
  });
});
