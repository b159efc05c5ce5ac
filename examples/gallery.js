// The gallery: one section per example document, each with every view that exists so far.
import '@floke/elements/all.js';

const gallery = document.getElementById('gallery');
const params = new URLSearchParams(location.search);

/** Views to show per document; later issues add their tags here. */
const VIEWS = [
  { tag: 'floke-summary', heading: 'Oversikt' },
  { tag: 'floke-iceberg', heading: 'Isfjellet' },
  { tag: 'floke-horizons', heading: 'Tre horisonter' },
  { tag: 'floke-causal-loops', heading: 'Årsakssløyfer' },
  { tag: 'floke-actor-network', heading: 'Aktørnettverket' },
];

async function build() {
  const documents = await (await fetch('./data/index.json')).json();
  for (const entry of documents) {
    const section = document.createElement('section');
    section.className = 'document';
    const heading = document.createElement('h2');
    heading.textContent = entry.file;
    const about = document.createElement('p');
    about.lang = 'en';
    about.textContent = entry.about;
    section.append(heading, about);
    for (const view of VIEWS) {
      const element = document.createElement(view.tag);
      element.setAttribute('src', `./data/${entry.file}`);
      element.setAttribute('heading-level', '3');
      section.append(element);
    }
    gallery.append(section);
  }
}

function bindControl(id, apply) {
  const control = document.getElementById(id);
  if (params.has(id)) control.value = params.get(id);
  const update = () => {
    apply(control.value);
    const url = new URL(location.href);
    url.searchParams.set(id, control.value);
    history.replaceState(null, '', url);
  };
  control.addEventListener('change', update);
  apply(control.value);
}

bindControl('lang', (lang) => document.documentElement.setAttribute('lang', lang));
bindControl('scheme', (scheme) => document.documentElement.setAttribute('data-color-scheme', scheme));
build();
