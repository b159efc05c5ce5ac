// The landing page: what Floke is, one example document in the explorer, the embed snippet, and where to go next.
// Its own texts follow the language switch; the documents keep their own language (marked with `lang`).
import '@floke/elements/explorer.js';

const STRINGS = {
  nb: {
    pitch:
      'Floke tegner kunnskapen om en floke – som utenforskap blant barn og unge – som isfjell, tre horisonter, aktørnettverk og årsakssløyfer fra ett felles dokument, slik at fylke, kommuner og partnere ser den samme innsikten.',
    controls: 'Visning',
    language: 'Språk / Language',
    scheme: 'Fargetema',
    light: 'Lyst',
    dark: 'Mørkt',
    auto: 'Som systemet',
    tryHeading: 'Utforsk et eksempel',
    tryIntro: 'Velg et dokument. Et valg i én visning vises i de andre, og lenken i adressefeltet tar deg tilbake hit.',
    documentLabel: 'Dokument',
    embedHeading: 'Bygg den inn på din side',
    embedIntro: 'Legg floke.js på egen server og lim inn dette. README forklarer CSP, rammeverk og innbygging med iframe.',
    copy: 'Kopier koden',
    copied: 'Koden er kopiert.',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    moreHeading: 'Mer',
    linkExplorer: 'Utforskeren på hel side',
    linkStory: 'Fortellingen om prosjekttredemølla',
    linkIceberg: 'Isfjellet',
    linkHorizons: 'Tre horisonter',
    linkLoops: 'Årsakssløyfer',
    linkWorkshop: 'Verksted: bygg sløyfekartet sammen',
    linkNetwork: 'Aktørnettverket',
    linkCdn: 'Én skriptfil uten byggesteg',
    linkSchema: 'Dokumentformatet (JSON Schema)',
    linkStorybook: 'Storybook (npm run storybook)',
  },
  nn: {
    pitch:
      'Floke teiknar kunnskapen om ein floke – som utanforskap blant barn og unge – som isfjell, tre horisontar, aktørnettverk og årsakssløyfer frå eitt felles dokument, slik at fylke, kommunar og partnarar ser den same innsikta.',
    controls: 'Visning',
    language: 'Språk / Language',
    scheme: 'Fargetema',
    light: 'Lyst',
    dark: 'Mørkt',
    auto: 'Som systemet',
    tryHeading: 'Utforsk eit døme',
    tryIntro: 'Vel eit dokument. Eit val i éi visning blir vist i dei andre, og lenkja i adressefeltet tek deg tilbake hit.',
    documentLabel: 'Dokument',
    embedHeading: 'Bygg ho inn på sida di',
    embedIntro: 'Legg floke.js på eigen tenar og lim inn dette. README forklarar CSP, rammeverk og innbygging med iframe.',
    copy: 'Kopier koden',
    copied: 'Koden er kopiert.',
    copyFailed: 'Kunne ikkje kopiere. Merk teksten og kopier han sjølv.',
    moreHeading: 'Meir',
    linkExplorer: 'Utforskaren på heil side',
    linkStory: 'Forteljinga om prosjekttredemølla',
    linkIceberg: 'Isfjellet',
    linkHorizons: 'Tre horisontar',
    linkLoops: 'Årsakssløyfer',
    linkWorkshop: 'Verkstad: bygg sløyfekartet saman',
    linkNetwork: 'Aktørnettverket',
    linkCdn: 'Éi skriptfil utan byggesteg',
    linkSchema: 'Dokumentformatet (JSON Schema)',
    linkStorybook: 'Storybook (npm run storybook)',
  },
  en: {
    pitch:
      'Floke draws what is known about a tangled social problem – such as children and young people left outside – as an iceberg, three horizons, an actor network and causal loops from one shared document, so a county, its municipalities and partners see the same insight.',
    controls: 'Display',
    language: 'Språk / Language',
    scheme: 'Colour theme',
    light: 'Light',
    dark: 'Dark',
    auto: 'As the system',
    tryHeading: 'Explore an example',
    tryIntro: 'Choose a document. A choice in one view shows in the others, and the link in the address bar brings you back here.',
    documentLabel: 'Document',
    embedHeading: 'Embed it in your page',
    embedIntro: 'Put floke.js on your own server and paste this. The README explains CSP, frameworks and embedding with an iframe.',
    copy: 'Copy the code',
    copied: 'The code is copied.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    moreHeading: 'More',
    linkExplorer: 'The explorer, full page',
    linkStory: 'The story of the project treadmill',
    linkIceberg: 'The iceberg',
    linkHorizons: 'Three horizons',
    linkLoops: 'Causal loops',
    linkWorkshop: 'Workshop: build the loop map together',
    linkNetwork: 'The actor network',
    linkCdn: 'One script file, no build step',
    linkSchema: 'The document format (JSON Schema)',
    linkStorybook: 'Storybook (npm run storybook)',
  },
};

const params = new URLSearchParams(location.search);
const explorer = document.getElementById('explorer');
const documentChoice = document.getElementById('document');
const about = document.getElementById('about');
const snippet = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');
let documents = [];
let language = 'nb';

const text = (key) => (STRINGS[language] ?? STRINGS.nb)[key];

/** The page's own texts in the chosen language; the documents' titles stay in theirs. */
function translate() {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = text(node.dataset.text);
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', text(node.dataset.label));
  copyStatus.textContent = '';
  showDocument();
}

/** The chosen document in the explorer, its description, and the snippet that embeds it. */
function showDocument() {
  const entry = documents.find((d) => d.file === documentChoice.value) ?? documents[0];
  if (!entry) return;
  about.textContent = entry.about[language] ?? entry.about.en;
  const src = `./data/${entry.file}`;
  if (explorer.getAttribute('src') !== src) explorer.setAttribute('src', src);
  explorer.setAttribute('lang', language);
  snippet.textContent = [
    '<script type="module" src="/static/floke/floke.js"></script>',
    `<floke-explorer src="/data/${entry.file}" lang="${language}" sync-url></floke-explorer>`,
  ].join('\n');
}

async function loadDocuments() {
  documents = await (await fetch('./data/index.json')).json();
  for (const entry of documents) {
    const option = document.createElement('option');
    option.value = entry.file;
    option.lang = entry.language;
    option.textContent = entry.title;
    documentChoice.append(option);
  }
  if (params.has('document')) documentChoice.value = params.get('document');
  documentChoice.addEventListener('change', () => {
    remember('document', documentChoice.value);
    showDocument();
  });
  showDocument();
}

/** Keeps a control's value in the query, so a reload or a shared link shows the same page. */
function remember(name, value) {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

function bindControl(id, apply) {
  const control = document.getElementById(id);
  if (params.has(id)) control.value = params.get(id);
  control.addEventListener('change', () => {
    apply(control.value);
    remember(id, control.value);
  });
  apply(control.value);
}

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    copyStatus.textContent = text('copied');
  } catch {
    copyStatus.textContent = text('copyFailed');
  }
});

bindControl('scheme', (scheme) => document.documentElement.setAttribute('data-color-scheme', scheme));
bindControl('lang', (lang) => {
  language = lang;
  translate();
});
await loadDocuments();
