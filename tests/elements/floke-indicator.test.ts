import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import '../../packages/elements/src/indicator.js';
import type { FlokeIndicator } from '../../packages/elements/src/indicator.js';
import { matchSvgSnapshot } from './svg-snapshot.js';

const TELEMARK = '/examples/data/telemark-agder.json';

/** A document with one indicator measured twice and a target (illustrative values, not from the seeds). */
const falling = (url = 'https://www.ssb.no/') => ({
  floke: '1.1',
  title: 'Indicators',
  elements: [],
  sources: [{ id: 'ssb', title: 'Unge utenfor', publisher: 'SSB', year: 2024, url }],
  indicators: [
    {
      id: 'share',
      label: 'Andel unge utenfor',
      unit: '%',
      better: 'down',
      source: 'ssb',
      series: [
        { date: '2022', value: 9.7 },
        { date: '2024-03', value: 9.1 },
        { date: '2034', value: 7, target: true },
      ],
    },
  ],
});

const text = (el: FlokeIndicator, selector: string) =>
  el
    .shadowRoot!.querySelector(selector)
    ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
    .trim();

describe('floke-indicator', () => {
  it('shows the latest measurement and the target in separate places, the trend and the sentence', async () => {
    const el = await fixture<FlokeIndicator>(html`<floke-indicator lang="nb" .data=${falling()}></floke-indicator>`);
    expect(text(el, '[part="heading"]')).to.equal('Andel unge utenfor');
    expect(text(el, '[part="latest"]')).to.equal('Siste måling 9,1\u00a0% mars 2024');
    expect(text(el, '[part="target"]')).to.equal('Mål 2034 7\u00a0%');
    expect(text(el, '[part="trend"]')).to.equal('↓ på vei mot målet · ↓ lavere er bedre');
    expect(text(el, '[part="sentence"]')).to.equal(
      'Andel unge utenfor gikk ned fra 9,7\u00a0% i 2022 til 9,1\u00a0% i mars 2024; målet for 2034 er 7\u00a0%.',
    );
    expect(text(el, '[part="source"]')).to.equal('Kilde: Unge utenfor (SSB, 2024)');
    expect(el.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal('https://www.ssb.no/');
  });

  it('speaks nn and en', async () => {
    const nn = await fixture<FlokeIndicator>(html`<floke-indicator lang="nn" .data=${falling()}></floke-indicator>`);
    expect(text(nn, '[part="trend"]')).to.equal('↓ på veg mot målet · ↓ lågare er betre');
    const en = await fixture<FlokeIndicator>(html`<floke-indicator lang="en" .data=${falling()}></floke-indicator>`);
    expect(text(en, '[part="latest"]')).to.equal('Latest measurement 9.1% March 2024');
    expect(text(en, '[part="sentence"]')).to.equal(
      'Andel unge utenfor fell from 9.7% in 2022 to 9.1% in March 2024; the target for 2034 is 7%.',
    );
  });

  it('draws measurements as dots and the target as a diamond, and matches its SVG snapshot', async () => {
    const el = await fixture<FlokeIndicator>(html`<floke-indicator lang="nb" .data=${falling()}></floke-indicator>`);
    const chart = el.shadowRoot!.querySelector('svg.chart')!;
    expect(chart.querySelectorAll('circle.measurement')).to.have.length(2);
    expect(chart.querySelectorAll('path.target')).to.have.length(1);
    expect(chart.getAttribute('role')).to.equal('img');
    await matchSvgSnapshot('indicator-falling', el.toSVG());
  });

  it('says there are too few measurements for the NEET share of the Telemark example, with no target shown', async () => {
    const el = await fixture<FlokeIndicator>(html`<floke-indicator lang="nb" indicator="neet-andel" src=${TELEMARK}></floke-indicator>`);
    await waitUntil(() => el.progress !== undefined, 'loaded');
    await el.updateComplete;
    expect(text(el, '[part="latest"]')).to.equal('Siste måling 9,7\u00a0% 2022');
    expect(el.shadowRoot!.querySelector('[part="target"]')).to.equal(null);
    expect(text(el, '[part="trend"]')).to.equal('for få målinger til å si noe · ↓ lavere er bedre');
    expect(text(el, '[part="source"]')).to.equal(
      'Kilde: Omtrent uendret andel unge utenfor fra 2021 til 2022 (Statistisk sentralbyrå, 2023)',
    );
  });

  it('keeps every text at 12 px or more', async () => {
    const el = await fixture<FlokeIndicator>(html`<floke-indicator lang="nb" .data=${falling()}></floke-indicator>`);
    const texts = [...el.shadowRoot!.querySelectorAll<Element>('text, p, dt, dd span, summary, .heading')];
    const sizes = texts.map((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(Math.min(...sizes)).to.be.at.least(12);
  });

  it('never links a javascript: URL', async () => {
    const el = await fixture<FlokeIndicator>(html`<floke-indicator lang="nb" .data=${falling('javascript:alert(1)')}></floke-indicator>`);
    expect(el.shadowRoot!.querySelector('[part="source"] a')).to.equal(null);
    expect(text(el, '[part="source"]')).to.equal('Kilde: Unge utenfor (SSB, 2024)');
  });

  it('names an indicator it cannot find, and a failed load calmly, never asking to fix the JSON', async () => {
    const missing = await fixture<FlokeIndicator>(html`<floke-indicator lang="nb" indicator="nope" .data=${falling()}></floke-indicator>`);
    expect(text(missing, '.status')).to.equal('Fant ikke indikatoren «nope» i dokumentet.');
    const failed = await fixture<FlokeIndicator>(
      html`<floke-indicator lang="nb" src="/examples/data/no-such-document.json"></floke-indicator>`,
    );
    await waitUntil(() => failed.shadowRoot!.querySelector('.calm-problem'), 'the calm line');
    expect(text(failed, '.calm-problem')).to.equal('Innholdet kunne ikke hentes akkurat nå.');
    expect(failed.shadowRoot!.textContent).not.to.match(/JSON/);
  });

  for (const scheme of ['light', 'dark']) {
    it(`passes axe in ${scheme}`, async () => {
      const el = await fixture<FlokeIndicator>(
        html`<floke-indicator lang="nb" data-color-scheme=${scheme} .data=${falling()}></floke-indicator>`,
      );
      await expect(el).to.be.accessible();
    });
  }
});
