// Workshop edits: one `applyEdit` (plan, patch a copy, validate before and after) on the Telemark document, against
// the 50 ms a main-thread task may take, with `validate` alone as the peer it is built on.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { validate, type FlokeDocument } from '../packages/core/src/index.js';
import { applyEdit, type Edit } from '../packages/core/src/edit/index.js';

function median(fn: () => unknown, runs = 40): number {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export function editBench(): void {
  const telemark = JSON.parse(readFileSync(new URL('../examples/data/telemark-agder.json', import.meta.url), 'utf8')) as FlokeDocument;
  console.log(`\nWorkshop edits on Telemark (${telemark.elements.length} elements; budget 50 ms a task)`);
  const peer = median(() => validate(telemark));
  console.log(`  validate alone (peer): median ${peer.toFixed(2)} ms`);
  const edits: Edit[] = [
    { type: 'add-element', element: { id: 'ny-faktor', kind: 'factor', label: 'Ny faktor' } },
    { type: 'update-element', id: 'frafall', changes: { label: 'Frafall', position: { x: 10, y: 20 } } },
    { type: 'remove-element', id: 'utenforskap' },
    { type: 'add-relation', relation: { from: 'frafall', to: 'tillit', type: 'causes', polarity: '-' } },
  ];
  for (const edit of edits) {
    const ms = median(() => applyEdit(telemark, edit));
    console.log(`  ${edit.type.padEnd(16)} median ${ms.toFixed(2)} ms (${(ms / peer).toFixed(1)}× validate)`);
  }
}
