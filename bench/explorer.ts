// `npm run bench -- explorer`: <floke-explorer> on the Telemark document in Chromium, beside the four views mounted
// on their own. Goals (issue 15): the first view painted ≤ 150 ms after the data arrives, a view switch ≤ 100 ms.
import { readFileSync } from 'node:fs';
import { inChromium } from './in-chromium.js';

const VIEWS = ['overview', 'iceberg', 'horizons', 'network', 'loops'] as const;
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

interface ExplorerRun {
  firstView: number;
  switches: Record<string, number>;
}

export async function explorerBench(): Promise<void> {
  const telemark = JSON.parse(readFileSync(new URL('../examples/data/telemark-agder.json', import.meta.url), 'utf8'));
  await inChromium(
    'Explorer',
    'bench/explorer-bench.html',
    async (page) => {
      console.log(`\n<floke-explorer> in Chromium, Telemark document (median of ${RUNS} runs after a warm-up; layouts in Workers)`);
      console.log('  Goal: first view painted ≤ 150 ms after the data arrives; a view switch ≤ 100 ms.');
      const run = (first: string, lazy: boolean) =>
        page.evaluate((d, f, l) => (window as any).benchExplorer(d, f, l), telemark, first, lazy) as Promise<ExplorerRun>;
      for (const lazy of [false, true]) {
        console.log(
          lazy
            ? '\n  lazy: a view is prepared when first shown (switch = mount + layout + paint)'
            : '\n  default: after the first view, the others are prepared in the background (switch = show + paint)',
        );
        console.log(`  ${'first view'.padEnd(10)} | data → painted | switch to: ${VIEWS.map((v) => v.padStart(8)).join(' ')}`);
        for (const first of VIEWS) {
          await run(first, lazy);
          const runs: ExplorerRun[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await run(first, lazy));
          const firstView = median(runs.map((r) => r.firstView));
          const switches = VIEWS.map((v) => (v === first ? '       –' : ms(median(runs.map((r) => r.switches[v]!))).padStart(8)));
          const mark = firstView <= 150 ? 'ok' : 'OVER';
          console.log(`  ${first.padEnd(10)} | ${ms(firstView)} ${mark.padEnd(4)}  |            ${switches.join(' ')}`);
        }
      }
      await page.evaluate((d) => (window as any).benchSeparate(d), telemark);
      const separate: { each: Record<string, number>; all: number }[] = [];
      for (let i = 0; i < RUNS; i++) separate.push(await page.evaluate((d) => (window as any).benchSeparate(d), telemark));
      console.log('\n  the four views mounted on their own at once, each given the document (each normalizes and lays out):');
      console.log(
        `  ${['iceberg', 'horizons', 'network', 'loops'].map((v) => `${v} ${ms(median(separate.map((s) => s.each[v]!)))}`).join(' · ')} · all four ${ms(median(separate.map((s) => s.all)))}`,
      );
    },
    { port: 8767 },
  );
}
