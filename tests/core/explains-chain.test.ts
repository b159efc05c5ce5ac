import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainsChain, normalize, type NormalizedDocument } from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

/** The chain as `<floke-iceberg>` computed it before it moved to core (scanning every relation per step): the oracle. */
function elementChain(model: NormalizedDocument, selected: string) {
  const explains = model.relations.filter((r) => r.type === 'explains');
  const chips = new Set([selected]);
  const links = new Set<string>();
  for (const direction of ['down', 'up'] as const) {
    const queue = [selected];
    const seen = new Set(queue);
    while (queue.length) {
      const id = queue.shift()!;
      for (const r of explains) {
        const [here, there] = direction === 'down' ? [r.from, r.to] : [r.to, r.from];
        if (here !== id) continue;
        links.add(r.id);
        chips.add(there);
        if (!seen.has(there)) {
          seen.add(there);
          queue.push(there);
        }
      }
    }
  }
  return { elements: [...chips], relations: [...links] };
}

const element = (id: string) => ({ id, kind: 'factor', label: id.toUpperCase() });
const explains = (id: string, from: string, to: string) => ({ id, from, to, type: 'explains' });

// mindset explains rules and habits; rules explain dropout; dropout explains exclusion; habits explain dropout too.
// Apart: silos explains budget. A `causes` link from exclusion to budget is not part of any chain.
const model = normalize({
  floke: '1.0',
  title: 't',
  elements: ['mindset', 'rules', 'habits', 'dropout', 'exclusion', 'silos', 'budget', 'alone'].map(element),
  relations: [
    explains('r1', 'mindset', 'rules'),
    explains('r2', 'rules', 'dropout'),
    explains('r3', 'dropout', 'exclusion'),
    explains('r4', 'habits', 'dropout'),
    explains('r5', 'mindset', 'habits'),
    explains('r6', 'silos', 'budget'),
    { id: 'c1', from: 'exclusion', to: 'budget', type: 'causes', polarity: '+' },
  ],
});

const chain = (id: string, m = model) => {
  const { elements, relations } = explainsChain(m, id);
  return { elements: [...elements], relations: [...relations] };
};

describe('explainsChain', () => {
  it('follows explains relations down and up, transitively, breadth first, down first', () => {
    assert.deepEqual(chain('dropout'), {
      elements: ['dropout', 'exclusion', 'rules', 'habits', 'mindset'],
      relations: ['r3', 'r2', 'r4', 'r1', 'r5'],
    });
  });

  it('from the top, reaches everything below and nothing beside', () => {
    assert.deepEqual(chain('mindset'), {
      elements: ['mindset', 'rules', 'habits', 'dropout', 'exclusion'],
      relations: ['r1', 'r5', 'r2', 'r4', 'r3'],
    });
  });

  it('from the bottom, reaches only what explains it: not the siblings of what it explains', () => {
    assert.deepEqual(chain('exclusion'), {
      elements: ['exclusion', 'dropout', 'rules', 'habits', 'mindset'],
      relations: ['r3', 'r2', 'r4', 'r1', 'r5'],
    });
    // habits is explained by mindset, which also explains rules: rules is in habits' chain only through dropout (down).
    assert.deepEqual(chain('habits'), {
      elements: ['habits', 'dropout', 'exclusion', 'mindset'],
      relations: ['r4', 'r3', 'r5'],
    });
  });

  it('ignores other relation types and holds only the element when it has no explains link', () => {
    assert.deepEqual(chain('budget'), { elements: ['budget', 'silos'], relations: ['r6'] });
    assert.deepEqual(chain('alone'), { elements: ['alone'], relations: [] });
  });

  it('ends on a cycle', () => {
    const cyclic = normalize({
      floke: '1.0',
      title: 't',
      elements: ['a', 'b'].map(element),
      relations: [explains('ab', 'a', 'b'), explains('ba', 'b', 'a')],
    });
    assert.deepEqual(chain('a', cyclic), { elements: ['a', 'b'], relations: ['ab', 'ba'] });
  });

  it('gives what the iceberg view computed before, in the same order, for every element of the example documents', () => {
    for (const file of ['examples/data/telemark-agder.json', 'examples/data/minimal.json']) {
      const example = normalize(readJson(file));
      for (const { id } of example.elements) assert.deepEqual(chain(id, example), elementChain(example, id), `${file} ${id}`);
    }
  });
});
