// The smallest page an outside team builds with webpack 5 or esbuild: one view, the document from `src`, nothing
// else. tests/apps checks that its layout runs in the Worker the bundler emitted (layoutThread === 'worker').
import '@floke/elements/causal-loops.js';

const view = document.querySelector('floke-causal-loops');
view.addEventListener('floke-select', (event) => {
  (window.flokeSelects ??= []).push(`causal-loops:${event.detail.id}`);
});
