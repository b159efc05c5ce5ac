// `npm run bench -- render`: each view of the Telemark example rendered to SVG and PNG in Node (no browser).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { normalize } from '../packages/core/src/index.js';
import { renderView, type ViewName } from '../packages/cli/src/render-view.js';
import { svgToPng } from '../packages/cli/src/png.js';

const median = (fn: () => unknown, runs: number): number => {
  fn(); // warm-up: fonts loaded, code compiled
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};

export function nodeRenderBench(): void {
  const document = JSON.parse(readFileSync(new URL('../examples/data/telemark-agder.json', import.meta.url), 'utf8'));
  const model = normalize(document, { lang: 'nb' });
  console.log('\nNode rendering of the Telemark example (layout + SVG; PNG adds resvg at scale 2), median of 5');
  for (const view of ['iceberg', 'horizons', 'loops', 'network'] as ViewName[]) {
    let svg = '';
    const svgMs = median(() => (svg = renderView(model, { view, lang: 'nb', width: 1000 })), 5);
    const pngMs = median(() => svgToPng(svg, 2), 5);
    console.log(
      `  ${view.padEnd(9)} SVG ${svgMs.toFixed(1).padStart(7)} ms (${(svg.length / 1024).toFixed(0)} KiB)   PNG ${pngMs.toFixed(1).padStart(7)} ms`,
    );
  }
  // With a state drawn (floke render --selected / --loop): the highlight's cost on top of the view at rest.
  const states: [ViewName, string, { selected?: string; loop?: string }][] = [
    ['iceberg', '--selected fragmentering', { selected: 'fragmentering' }],
    ['loops', '--loop R2', { loop: 'R2' }],
    ['network', '--selected bufdir', { selected: 'bufdir' }],
  ];
  for (const [view, flags, state] of states) {
    const svgMs = median(() => renderView(model, { view, lang: 'nb', width: 1000, ...state }), 5);
    console.log(`  ${view.padEnd(9)} SVG ${svgMs.toFixed(1).padStart(7)} ms with ${flags}`);
  }
}
