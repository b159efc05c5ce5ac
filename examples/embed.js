// The iframe embed: reads ?src=&view=&lang= and mounts one view; posts its content height to the parent page so a
// few lines of script there can size the iframe (README, "CMS pages"). Plain JavaScript, no build step, no inline
// style: it runs under `style-src 'self'; script-src 'self'`.
const VIEWS = ['iceberg', 'horizons', 'actor-network', 'causal-loops', 'summary'];
const LANGUAGES = ['nb', 'nn', 'en'];

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'summary';
const src = params.get('src');
const lang = params.get('lang');
const main = document.getElementById('floke-embed');

if (lang && LANGUAGES.includes(lang)) document.documentElement.lang = lang;

if (!VIEWS.includes(view)) {
  main.textContent = `Unknown view "${view}". Use one of: ${VIEWS.join(', ')}.`;
} else if (!src) {
  main.textContent = 'No document: add ?src=<URL of a Floke JSON document>.';
} else {
  const element = document.createElement(`floke-${view}`);
  element.setAttribute('src', src);
  for (const name of ['selected', 'loop', 'heading-level']) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  main.append(element);
}

// Report the height whenever it changes; the parent matches messages to its iframe by `event.source`.
let reported = -1;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported) return;
  reported = height;
  if (window.parent !== window) window.parent.postMessage({ type: 'floke-embed-height', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
report();
