import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import { diff, diffSummary } from '../../packages/core/src/diff/index.js';

type Json = Record<string, any>;

/**
 * A small map (illustrative, not from the seeds): factors a → b → c → a (a reinforcing loop), three actors on two
 * levels, an initiative two of them take part in, an indicator with two measurements and a target, one source.
 */
function base(): Json {
  return {
    floke: '1.1',
    id: 'map',
    title: 'Kart',
    language: 'nb',
    updated: '2024-03',
    elements: [
      { id: 'a', kind: 'factor', label: 'A', layer: 'patterns' },
      { id: 'b', kind: 'factor', label: 'B', layer: 'patterns' },
      { id: 'c', kind: 'factor', label: 'C', layer: 'structures', indicators: ['share'] },
      { id: 'x', kind: 'actor', label: 'X', level: 'local', sector: 'public' },
      { id: 'y', kind: 'actor', label: 'Y', level: 'local', sector: 'voluntary' },
      { id: 'z', kind: 'actor', label: 'Z', level: 'regional', sector: 'public' },
      { id: 'i1', kind: 'initiative', label: 'Satsing 1', horizon: 'H2', date: '2023' },
    ],
    relations: [
      { from: 'a', to: 'b', type: 'causes', polarity: '+', sources: ['s1'] },
      { from: 'b', to: 'c', type: 'causes', polarity: '+', sources: ['s1'] },
      { from: 'c', to: 'a', type: 'causes', polarity: '+' },
      { from: 'x', to: 'i1', type: 'leads' },
      { from: 'y', to: 'i1', type: 'participates' },
      { id: 'xz', from: 'x', to: 'z', type: 'collaborates' },
    ],
    sources: [{ id: 's1', title: 'Kilde' }],
    indicators: [
      {
        id: 'share',
        label: 'Andel',
        unit: '%',
        better: 'down',
        series: [
          { date: '2022', value: 9.7 },
          { date: '2023', value: 9.5 },
          { date: '2034', value: 7, target: true },
        ],
      },
    ],
  };
}

const run = (before: Json, after: Json) => diff(normalize(before), normalize(after));
const changed = (edit: (doc: Json) => void) => {
  const after = base();
  edit(after);
  return run(base(), after);
};

describe('diff', () => {
  it('finds nothing between a version and itself', () => {
    const result = run(base(), base());
    assert.equal(result.empty, true);
    assert.deepEqual(result.elements, { added: [], removed: [], changed: [] });
  });

  it('tells an added element with its pointer into the later version', () => {
    const result = changed((doc) => doc.elements.push({ id: 'd', kind: 'factor', label: 'D' }));
    assert.deepEqual(result.elements.added, [{ id: 'd', kind: 'factor', label: 'D', pointer: '/elements/7' }]);
    assert.equal(result.empty, false);
  });

  it('tells a removed element with its pointer into the earlier version', () => {
    const result = changed((doc) => doc.elements.splice(6, 1));
    assert.deepEqual(result.elements.removed, [{ id: 'i1', kind: 'initiative', label: 'Satsing 1', pointer: '/elements/6' }]);
  });

  it('tells a changed element field by field, with pointers into both versions', () => {
    const result = changed((doc) => {
      doc.elements.reverse();
      doc.elements[6].label = 'A ny';
      doc.elements[6].description = 'Ny tekst';
    });
    assert.deepEqual(result.elements.changed, [
      {
        id: 'a',
        kind: 'factor',
        label: 'A ny',
        pointerBefore: '/elements/0',
        pointerAfter: '/elements/6',
        fields: [
          { field: 'description', after: 'Ny tekst', pointerBefore: '/elements/0/description', pointerAfter: '/elements/6/description' },
          { field: 'label', before: 'A', after: 'A ny', pointerBefore: '/elements/0/label', pointerAfter: '/elements/6/label' },
        ],
      },
    ]);
  });

  it('tells relations added and removed', () => {
    const result = changed((doc) => {
      doc.relations.splice(5, 1);
      doc.relations.push({ from: 'y', to: 'z', type: 'informs' });
    });
    assert.deepEqual(result.relations.added, [{ id: 'y->z:informs', from: 'y', to: 'z', type: 'informs', pointer: '/relations/5' }]);
    assert.deepEqual(result.relations.removed, [{ id: 'xz', from: 'x', to: 'z', type: 'collaborates', pointer: '/relations/5' }]);
  });

  it('tells a changed relation field by field', () => {
    const result = changed((doc) => (doc.relations[0].delay = true));
    assert.deepEqual(result.relations.changed, [
      {
        id: 'a->b:causes',
        idBefore: 'a->b:causes',
        from: 'a',
        to: 'b',
        type: 'causes',
        pointerBefore: '/relations/0',
        pointerAfter: '/relations/0',
        fields: [{ field: 'delay', after: true, pointerBefore: '/relations/0/delay', pointerAfter: '/relations/0/delay' }],
      },
    ]);
  });

  it('tells a polarity flip, and the loop through it turning from reinforcing to balancing', () => {
    const result = changed((doc) => (doc.relations[2].polarity = '-'));
    assert.deepEqual(result.polarityFlips, [
      { id: 'c->a:causes', from: 'c', to: 'a', before: '+', after: '-', pointerBefore: '/relations/2', pointerAfter: '/relations/2' },
    ]);
    assert.deepEqual(
      result.loops.changed.map((c) => [c.before.code, c.after.code, c.polarityChanged, c.evidenceChanged]),
      [['R1', 'B1', true, false]],
    );
  });

  it('tells placement moves: layer, horizon, level and sector, and a placement taken away', () => {
    const result = changed((doc) => {
      doc.elements[0].layer = 'structures';
      doc.elements[3].level = 'regional';
      doc.elements[4].sector = 'public';
      doc.elements[6].horizon = 'H3';
      delete doc.elements[2].layer;
    });
    assert.deepEqual(result.moves, [
      { id: 'a', field: 'layer', before: 'patterns', after: 'structures' },
      { id: 'c', field: 'layer', before: 'structures' },
      { id: 'i1', field: 'horizon', before: 'H2', after: 'H3' },
      { id: 'x', field: 'level', before: 'local', after: 'regional' },
      { id: 'y', field: 'sector', before: 'voluntary', after: 'public' },
    ]);
  });

  it('tells a loop that appeared', () => {
    const result = changed((doc) => doc.relations.push({ from: 'b', to: 'a', type: 'causes', polarity: '-' }));
    assert.deepEqual(
      result.loops.appeared.map((loop) => [loop.code, loop.members, loop.polarity]),
      [['B1', ['a', 'b'], 'B']],
    );
    assert.deepEqual(result.loops.broke, []);
  });

  it('tells a loop broken by a removed link, and which link', () => {
    const result = changed((doc) => doc.relations.splice(1, 1));
    assert.deepEqual(
      result.loops.broke.map((loop) => [loop.code, loop.members, loop.because]),
      [['R1', ['a', 'b', 'c'], [{ reason: 'link-removed', from: 'b', to: 'c', relation: 'b->c:causes' }]]],
    );
  });

  it('tells a loop broken by a removed factor', () => {
    const result = changed((doc) => {
      doc.elements.splice(1, 1);
      doc.relations.splice(0, 2);
    });
    assert.deepEqual(
      result.loops.broke.map((loop) => loop.because),
      [[{ reason: 'factor-removed', factor: 'b' }]],
    );
  });

  it('tells a loop whose evidence changed: a link that gained a source', () => {
    const result = changed((doc) => (doc.relations[2].sources = ['s1']));
    assert.deepEqual(
      result.loops.changed.map((c) => [c.after.code, c.before.evidence, c.after.evidence, c.polarityChanged, c.evidenceChanged]),
      [['R1', { stated: 2, inferred: 0, unsourced: 1 }, { stated: 3, inferred: 0, unsourced: 0 }, false, true]],
    );
  });

  it('tells ties gained and lost between actors, and how many cross levels and sectors', () => {
    const result = changed((doc) => {
      doc.relations.splice(5, 1);
      doc.relations.push({ from: 'y', to: 'z', type: 'informs' });
    });
    assert.deepEqual(result.network.tiesGained, [{ source: 'y', target: 'z', crossLevel: true, crossSector: true }]);
    assert.deepEqual(result.network.tiesLost, [{ source: 'x', target: 'z', crossLevel: true, crossSector: false }]);
    assert.deepEqual(result.network.crossLevelTies, { before: 1, after: 1 });
    assert.deepEqual(result.network.crossSectorTies, { before: 1, after: 2 });
  });

  it('tells a broker gained: an actor that comes to join two otherwise separate groups', () => {
    const groups: Json[] = [];
    const ties: Json[] = [];
    for (const g of ['p', 'q'])
      for (let i = 0; i < 4; i++) {
        groups.push({ id: `${g}${i}`, kind: 'actor', label: `${g}${i}` });
        for (let j = 0; j < i; j++) ties.push({ from: `${g}${j}`, to: `${g}${i}`, type: 'collaborates' });
      }
    const before = { ...base(), elements: [...groups, { id: 'm', kind: 'actor', label: 'M' }], relations: ties };
    const after = {
      ...before,
      relations: [...ties, ...groups.map((actor) => ({ from: 'm', to: actor.id, type: 'collaborates' }))],
    };
    const result = run(before, after);
    assert.deepEqual([result.network.brokersGained, result.network.brokersLost], [['m'], []]);
    assert.deepEqual(run(after, before).network.brokersLost, ['m']);
    const skipped = diff(normalize(before), normalize(after), { brokers: false }).network;
    assert.deepEqual([skipped.brokersGained, skipped.brokersCompared], [[], false]);
  });

  it('tells indicator values added, removed and changed, and indicators added', () => {
    const result = changed((doc) => {
      const series = doc.indicators[0].series;
      series.push({ date: '2024', value: 9.1 });
      series[1].value = 9.6;
      series.splice(0, 1);
      doc.indicators.push({ id: 'cost', label: 'Kostnad', series: [{ date: '2021', value: 73 }] });
    });
    assert.deepEqual(result.indicators.added, [{ id: 'cost', label: 'Kostnad', pointer: '/indicators/1' }]);
    assert.deepEqual(result.indicators.valuesAdded, [
      { indicator: 'cost', date: '2021', target: false, value: 73, pointer: '/indicators/1/series/0' },
      { indicator: 'share', date: '2024', target: false, value: 9.1, pointer: '/indicators/0/series/2' },
    ]);
    assert.deepEqual(result.indicators.valuesRemoved, [
      { indicator: 'share', date: '2022', target: false, value: 9.7, pointer: '/indicators/0/series/0' },
    ]);
    assert.deepEqual(result.indicators.valuesChanged, [
      {
        indicator: 'share',
        date: '2023',
        target: false,
        value: 9.6,
        pointer: '/indicators/0/series/0',
        before: 9.5,
        pointerBefore: '/indicators/0/series/1',
      },
    ]);
  });

  it('tells sources added and removed', () => {
    const result = changed((doc) => (doc.sources = [{ id: 's2', title: 'Ny kilde' }]));
    assert.deepEqual(result.sources, { added: ['s2'], removed: ['s1'] });
  });

  it('pairs relations without an id by their ends and type, so repeated ones do not swap when reordered', () => {
    const twice = (order: number[]) => {
      const doc = base();
      const copies = [
        { from: 'x', to: 'y', type: 'collaborates', about: 'skole' },
        { from: 'x', to: 'y', type: 'collaborates', about: 'arbeid' },
      ];
      doc.relations.push(...order.map((i) => copies[i]));
      return doc;
    };
    const result = run(twice([0, 1]), twice([1, 0]));
    assert.deepEqual([result.relations.added, result.relations.removed, result.relations.changed], [[], [], []]);
  });
});

describe('diffSummary', () => {
  const edited = () =>
    changed((doc) => {
      doc.elements.push({ id: 'i2', kind: 'initiative', label: 'Satsing 2' }, { id: 'g', kind: 'goal', label: 'Mål' });
      doc.elements[0].layer = 'structures';
      doc.relations.splice(1, 1);
      doc.indicators[0].series.push({ date: '2024', value: 9.1 });
    });

  it('tells the changes in Bokmål, headline first, the broken loop with what broke it', () => {
    assert.deepEqual(diffSummary(edited(), 'nb'), {
      headline: 'Siden mars 2024: 1 ny satsing, 1 nytt mål, 1 endret.',
      sentences: [
        'Sløyfen R1 (A → B → C → A) er brutt fordi koblingen B → C er fjernet.',
        'A er flyttet fra laget Mønstre til laget Strukturer.',
        '1 ny verdi for Andel (2024).',
      ],
      text: 'Siden mars 2024: 1 ny satsing, 1 nytt mål, 1 endret. Sløyfen R1 (A → B → C → A) er brutt fordi koblingen B → C er fjernet. A er flyttet fra laget Mønstre til laget Strukturer. 1 ny verdi for Andel (2024).',
    });
  });

  it('tells the same in Nynorsk and English', () => {
    assert.equal(
      diffSummary(edited(), 'nn').text,
      'Sidan mars 2024: 1 ny satsing, 1 nytt mål, 1 endra. Sløyfa R1 (A → B → C → A) er broten fordi koplinga B → C er fjerna. A er flytta frå laget Mønstre til laget Strukturer. 1 ny verdi for Andel (2024).',
    );
    assert.equal(
      diffSummary(edited(), 'en').text,
      'Since March 2024: 1 new initiative, 1 new goal, 1 changed. Loop R1 (A → B → C → A) is broken because the link B → C was removed. A moved from layer Mønstre to layer Strukturer. 1 new value for Andel (2024).',
    );
  });

  it('says there are no changes when there are none', () => {
    assert.deepEqual(diffSummary(run(base(), base()), 'nb').text, 'Siden mars 2024: ingen endringer.');
  });

  it('tells polarity flips, removed elements and network changes in words', () => {
    const result = changed((doc) => {
      doc.relations[2].polarity = '-';
      doc.elements.splice(4, 1);
      doc.relations.splice(4, 1);
    });
    assert.deepEqual(diffSummary(result, 'nb').sentences, [
      'Sløyfen B1 har skiftet fra forsterkende til balanserende.',
      'Koblingen C → A har snudd fra + til −.',
      'Nettverket: 0 nye bånd mellom aktører, 1 borte.',
      'Bånd på tvers av nivåer ±0, på tvers av sektorer −1.',
    ]);
    assert.equal(diffSummary(result, 'nb').headline, 'Siden mars 2024: 1 aktør borte.');
  });
});
