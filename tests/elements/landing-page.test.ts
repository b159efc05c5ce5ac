/**
 * The gallery's landing page (`examples/index.html`): what Floke is in one sentence, the example documents by
 * title in the explorer, an embed snippet to copy and links onward, its own text in the language chosen.
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('the landing page', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement;

  async function open(query: string): Promise<Document> {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    frame.src = `/examples/index.html${query}`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('#document option') !== null, 'the documents listed', { timeout: 20000 });
    return frame.contentDocument!;
  }
  after(() => frame?.remove());

  it('says what Floke is, then offers the example documents by title, in headings a reader can skim', async () => {
    const page = await open('');
    expect(page.querySelector('h1')!.textContent).to.equal('Floke');
    expect(page.querySelector('.pitch')!.textContent).to.match(/^Floke tegner kunnskapen om en floke/);
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Utforsk et eksempel',
      'Bygg den inn på din side',
      'Mer',
    ]);
    expect([...page.querySelectorAll<HTMLOptionElement>('#document option')].map((o) => o.textContent)).to.deep.equal([
      'Inkludering av barn og unge i Telemark og Agder',
      'Inkludering av barn og unge i Telemark og Agder, januar 2024',
      'Sammen Mot – forebygging av vold og overgrep i et folkehelseperspektiv',
      'A minimal Floke document',
    ]);
    expect(page.querySelector('floke-explorer')!.getAttribute('src')).to.equal('./data/telemark-agder.json');
    // Nothing on the page is a live region but the copy status: a reader is not read the whole page on each change.
    expect([...page.querySelectorAll('[aria-live]')]).to.deep.equal([]);
  });

  it('shows the chosen document in the explorer and puts it in the embed snippet', async () => {
    const page = await open('?document=sammen-mot.json');
    expect(page.querySelector('floke-explorer')!.getAttribute('src')).to.equal('./data/sammen-mot.json');
    expect(page.querySelector('#snippet')!.textContent).to.equal(
      '<script type="module" src="/static/floke/floke.js"></script>\n<floke-explorer src="/data/sammen-mot.json" lang="nb" sync-url></floke-explorer>',
    );
    expect(page.querySelector('#about')!.textContent).to.match(/^Et lite, ærlig eksempel/);
  });

  it('translates its own text with the language switch, and the views follow', async () => {
    const page = await open('?lang=en');
    expect(page.documentElement.lang).to.equal('en');
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Explore an example',
      'Embed it in your page',
      'More',
    ]);
    expect(page.querySelector('floke-explorer')!.getAttribute('lang')).to.equal('en');
    const select = page.querySelector<HTMLSelectElement>('#lang')!;
    select.value = 'nn';
    select.dispatchEvent(new Event('change'));
    expect(page.querySelector('h2')!.textContent).to.equal('Utforsk eit døme');
    expect(page.querySelector('#about')!.textContent).to.match(/^Heile dømet/);
    expect(new URL(frame.contentWindow!.location.href).searchParams.get('lang')).to.equal('nn');
  });

  it('links to the full-page examples, the schema and Storybook', async () => {
    const page = await open('');
    const links = [...page.querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members([
      './explorer.html',
      './story.html',
      './cdn.html',
      '../packages/core/schema/floke.schema.json',
      'http://localhost:6006/',
    ]);
    for (const href of links.filter((h) => h!.startsWith('.')))
      expect((await fetch(new URL(href!, frame.contentWindow!.location.href))).ok, href!).to.equal(true);
  });
});
