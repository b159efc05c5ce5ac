import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import '../../packages/elements/src/summary.js';
import type { FlokeSummary } from '../../packages/elements/src/summary.js';

const MINIMAL = '/examples/data/minimal.json';
const TELEMARK = '/examples/data/telemark-agder.json';

async function loadJson(url: string): Promise<Record<string, any>> {
  return (await fetch(url)).json();
}

/** The counts the summary shows, as label → number text. */
const countsOf = (el: FlokeSummary) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('.count')].map((c) => [c.querySelector('dt')!.textContent, c.querySelector('dd')!.textContent]),
  );

const problemItems = (el: FlokeSummary) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.problem')];

describe('floke-summary', () => {
  it('draws the title and counts of a document given as data', async () => {
    const data = await loadJson(MINIMAL);
    const el = await fixture<FlokeSummary>(html`<floke-summary lang="en" .data=${data}></floke-summary>`);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('A minimal Floke document');
    expect(countsOf(el)).to.deep.equal({ Actor: '2', Initiative: '1', Factor: '3', Goal: '1', Insight: '1', Relations: '7', Sources: '0' });
    expect(problemItems(el)).to.have.length(0);
  });

  it('loads a document from src and announces floke-ready', async () => {
    const el = document.createElement('floke-summary');
    const ready = oneEvent(el, 'floke-ready');
    el.src = TELEMARK;
    document.body.append(el);
    const { detail } = await ready;
    expect(detail.model.elements.length).to.be.greaterThan(100);
    expect(detail.problems).to.deep.equal([]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Inkludering av barn og unge i Telemark og Agder');
    el.remove();
  });

  it('keeps only the latest src when src changes before the first load ends', async () => {
    const el = await fixture<FlokeSummary>(html`<floke-summary src=${TELEMARK}></floke-summary>`);
    el.src = MINIMAL;
    await waitUntil(() => (el as any).model?.id === 'minimal' && !(el as any).loading, 'minimal document loaded');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((el as any).model.id).to.equal('minimal');
  });

  it('reports a missing document calmly by default, and never asks to fix the JSON', async () => {
    const el = document.createElement('floke-summary');
    el.setAttribute('lang', 'nb');
    const failed = oneEvent(el, 'floke-error');
    el.src = '/examples/data/no-such-document.json';
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.problems.map((p: { code: string }) => p.code)).to.deep.equal(['fetch-failed']);
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector<HTMLElement>('.calm-problem')!;
    expect(line.textContent!.trim()).to.equal('Innholdet kunne ikke hentes akkurat nå.');
    expect(line.title).to.contain('Kunne ikke hente /examples/data/no-such-document.json (HTTP 404');
    expect(problemItems(el)).to.have.length(0);
    expect(el.shadowRoot!.textContent).not.to.match(/JSON/);
    el.setAttribute('problems', 'full');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.match(/JSON/);
    el.setAttribute('problems', 'none');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.calm-problem')).to.equal(null);
    el.remove();
  });

  it('refuses a document larger than max-bytes', async () => {
    const el = document.createElement('floke-summary');
    const failed = oneEvent(el, 'floke-error');
    el.maxBytes = 100;
    el.src = TELEMARK;
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.problems.map((p: { code: string }) => p.code)).to.deep.equal(['fetch-too-large']);
    el.remove();
  });

  it('names the line and column of a JSON syntax error', async () => {
    const el = document.createElement('floke-summary');
    el.setAttribute('lang', 'en');
    const failed = oneEvent(el, 'floke-error');
    el.setAttribute('problems', 'full');
    el.src = '/tests/fixtures/not-json.json';
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.problems[0]!.code).to.equal('json-syntax');
    await el.updateComplete;
    expect(problemItems(el)[0]!.textContent).to.match(/not valid JSON.*\(4:16\)/);
    el.remove();
  });

  it('lists each problem with its place, and still draws everything valid', async () => {
    const data = await loadJson(MINIMAL);
    data.relations[0].to = 'nowhere';
    data.elements[4].kind = 'person';
    const el = await fixture<FlokeSummary>(html`<div lang="en"><floke-summary problems="full" .data=${data}></floke-summary></div>`).then(
      (wrapper) => wrapper.querySelector('floke-summary')!,
    );
    await el.updateComplete;
    const items = problemItems(el);
    expect(items.map((item) => [item.dataset.code, item.dataset.pointer])).to.deep.equal([
      ['not-allowed-value', '/elements/4/kind'],
      ['unresolved-element', '/relations/0/to'],
    ]);
    expect(items[1]!.textContent).to.contain('at /relations/0/to');
    expect(el.shadowRoot!.querySelector('[part="problems"]')!.getAttribute('aria-label')).to.equal(
      'The document has 2 errors and 0 warnings',
    );
    expect(countsOf(el)).to.include({ Actor: '2', Factor: '2', Relations: '4' });
  });

  it('says in one calm line, by default, how many parts could not be shown', async () => {
    const data = await loadJson(MINIMAL);
    data.relations[0].to = 'nowhere';
    data.elements[4].kind = 'person';
    const el = await fixture<FlokeSummary>(html`<floke-summary lang="nb" .data=${data}></floke-summary>`);
    expect(el.shadowRoot!.querySelector('.calm-problem')!.textContent).to.equal('2 deler av dokumentet kunne ikke vises.');
    expect(problemItems(el)).to.have.length(0);
  });

  it('leads with headline figures, their trend, and no target shown as the latest value', async () => {
    const data = await loadJson(TELEMARK);
    const el = await fixture<FlokeSummary>(html`<floke-summary lang="nb" .data=${data}></floke-summary>`);
    const headlines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.headline')];
    expect(headlines.map((h) => h.dataset.indicator)).to.deep.equal(['neet-andel', 'neet-antall', 'kostnad-utenforskap']);
    const first = headlines[0]!;
    expect(
      first
        .querySelector('.headline-latest')!
        .textContent!.replace(/[ \n]+/g, ' ')
        .trim(),
    ).to.equal('Siste måling 9,7\u00a0% 2022');
    expect(first.querySelector('.headline-target')).to.equal(null);
    expect(first.querySelector('.headline-trend')!.textContent).to.equal('for få målinger til å si noe');
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('#view=loops&selected=utenforskap');
  });

  it('links the loops to read first, where to act and the brokers into their views, from link-base', async () => {
    const data = await loadJson(TELEMARK);
    const el = await fixture<FlokeSummary>(html`<floke-summary lang="nb" link-base="/utforsk.html" .data=${data}></floke-summary>`);
    const links = (part: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`[part="${part}"] a`)].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links('loops')).to.deep.equal([
      ['R1 Tillitssirkelen', '/utforsk.html#view=loops&loop=R1'],
      ['R2 Siloen låser seg', '/utforsk.html#view=loops&loop=R2'],
      ['R6 Fattigdom går i arv', '/utforsk.html#view=loops&loop=R6'],
    ]);
    expect(links('levers')).to.deep.equal([
      ['Øremerkede tilskudd', '/utforsk.html#view=loops&selected=oremerkede-tilskudd'],
      ['Informasjonsdeling', '/utforsk.html#view=loops&selected=informasjonsdeling'],
      ['Kapasitet (tid og rom)', '/utforsk.html#view=loops&selected=kapasitet'],
    ]);
    expect(links('brokers')).to.deep.equal([
      ['AV-dir', '/utforsk.html#view=network&selected=av-dir'],
      ['KS', '/utforsk.html#view=network&selected=ks'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="loops"] p.subtle')!.textContent).to.equal('13 sløyfer i alt');
    expect(el.shadowRoot!.querySelector('[part="footer"] [part="counts"]')).to.not.equal(null);
  });

  it('speaks the language of the nearest [lang], and follows changes to it', async () => {
    const data = await loadJson(TELEMARK);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><floke-summary .data=${data}></floke-summary></div>`);
    const el = wrapper.querySelector('floke-summary')!;
    await el.updateComplete;
    const title = () => el.shadowRoot!.querySelector('[part="title"]')!.textContent;
    const firstCount = () => el.shadowRoot!.querySelector('.count dt')!.textContent;
    expect(title()).to.equal('Including children and young people in Telemark and Agder');
    expect(firstCount()).to.equal('Actor');
    wrapper.setAttribute('lang', 'nn-NO');
    await waitUntil(() => firstCount() === 'Aktør');
    expect(el.shadowRoot!.querySelector('.updated')!.textContent).to.equal('Oppdatert 2. desember 2026');
    expect(title()).to.equal('Inkludering av barn og unge i Telemark og Agder');
  });

  it('lets strings override any UI text', async () => {
    const data = await loadJson(MINIMAL);
    const el = await fixture<FlokeSummary>(
      html`<floke-summary lang="en" .data=${data} .strings=${{ sources: 'References' }}></floke-summary>`,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('.count dt')].map((dt) => dt.textContent);
    expect(labels).to.include('References');
  });

  it('takes the colour scheme from the nearest data-color-scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div data-color-scheme="dark"><floke-summary></floke-summary></div>`);
    const el = wrapper.querySelector('floke-summary')!;
    expect(el.getAttribute('data-floke-scheme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 23, 34)');
    wrapper.setAttribute('data-color-scheme', 'light');
    await waitUntil(() => el.getAttribute('data-floke-scheme') === 'light');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('takes its colours from Designsystemet tokens when the page has them', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--ds-color-neutral-background-default: #123456"><floke-summary></floke-summary></div>`,
    );
    expect(getComputedStyle(wrapper.querySelector('floke-summary')!).backgroundColor).to.equal('rgb(18, 52, 86)');
  });

  for (const scheme of ['light', 'dark']) {
    it(`passes axe with a document with problems, ${scheme}`, async () => {
      const data = await loadJson(TELEMARK);
      data.relations[3].to = 'nowhere';
      data.elements[0].lable = 'typo';
      const el = await fixture<FlokeSummary>(html`<floke-summary data-color-scheme=${scheme} .data=${data}></floke-summary>`);
      await expect(el).to.be.accessible();
    });
  }
});
