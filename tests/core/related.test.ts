import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLoops, loopCodes, normalize, relatedAcross } from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

type Json = Record<string, any>;
const telemark = () => readJson<Json>('examples/data/telemark-agder.json');
const model = normalize(telemark());

describe('relatedAcross on the Telemark example', () => {
  it('a factor: the initiatives that address it on the horizons, their actors in the network, its loops', () => {
    const frafall = relatedAcross(model, 'frafall');
    assert.deepEqual(frafall, {
      iceberg: { view: 'iceberg', appears: true, related: ['ev-elev-slutter'] },
      horizons: { view: 'horizons', appears: false, related: ['flere-i-arbeid', 'flyt'] },
      network: {
        view: 'network',
        appears: false,
        related: ['agder-fk', 'av-dir', 'kristiansand', 'kronprinsparets-fond', 'naeringsforeningen-krs', 'uia'],
      },
      loops: { view: 'loops', appears: true, related: ['fattigdom', 'psykisk-uhelse', 'utenforskap'], loops: ['R5', 'R6'] },
    });
  });

  it('the problem itself: ten initiatives and the mission address it, 35 actors take part in them', () => {
    const utenforskap = relatedAcross(model, 'utenforskap');
    assert.deepEqual(utenforskap.horizons.related, [
      'alle-med',
      'felleslaft-trondelag',
      'flere-i-arbeid',
      'folkehelseprogrammet',
      'inn-i-jobb',
      'ips-ung',
      'more-og-romsdal-2025',
      'piau',
      'samfunnsoppdraget',
      'utenforfloken',
    ]);
    assert.equal(utenforskap.network.related.length, 35);
    assert.ok(utenforskap.network.related.includes('regjeringen'), 'an actor that addresses it directly');
    assert.deepEqual(utenforskap.iceberg, { view: 'iceberg', appears: false, related: ['samfunnsoppdraget'] });
    assert.deepEqual(utenforskap.loops.loops, ['R4', 'R5', 'R6', 'R7', 'R8', 'B1', 'B3', 'B4', 'B5']);
  });

  it('an initiative: its actors in the network, the factors it addresses and their loops', () => {
    assert.deepEqual(relatedAcross(model, 'folkehelseprogrammet'), {
      iceberg: { view: 'iceberg', appears: false, related: [] },
      horizons: { view: 'horizons', appears: true, related: [] },
      network: { view: 'network', appears: false, related: ['agder-fk', 'fhi', 'hdir', 'hod', 'ks', 'telemark-fk'] },
      loops: {
        view: 'loops',
        appears: false,
        related: ['psykisk-uhelse', 'tilhorighet', 'utenforskap'],
        loops: ['R4', 'R5', 'R6', 'R7', 'R8', 'B1', 'B3', 'B4', 'B5'],
      },
    });
  });

  it('an actor: its initiatives, the factors they address, and the loops those factors are in', () => {
    const avDir = relatedAcross(model, 'av-dir');
    assert.deepEqual(avDir.network, { view: 'network', appears: true, related: [] });
    assert.deepEqual(avDir.loops, {
      view: 'loops',
      appears: false,
      related: ['frafall', 'fragmentering', 'kunnskap', 'laeringssloyfer', 'utenforskap'],
      loops: ['R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'B1', 'B3', 'B4', 'B5'],
    });
    assert.deepEqual(avDir.iceberg.related, ['frafall', 'fragmentering', 'laeringssloyfer', 'samarbeid-0-24', 'systemdemonstrator']);
    assert.equal(avDir.horizons.related.length, 16);
  });

  it('a goal is addressed like a factor', () => {
    assert.deepEqual(relatedAcross(model, 'h3-egosystem-okosystem'), {
      iceberg: { view: 'iceberg', appears: true, related: [] },
      horizons: { view: 'horizons', appears: true, related: ['utenforfloken-3'] },
      network: { view: 'network', appears: false, related: ['aera', 'doga', 'gjensidigestiftelsen'] },
      loops: { view: 'loops', appears: false, related: [], loops: [] },
    });
  });

  it('counts initiatives as drawn in the network when it is drawn two-mode', () => {
    const twoMode = relatedAcross(model, 'frafall', { networkMode: 'two-mode' });
    assert.deepEqual(twoMode.network.related, [
      'agder-fk',
      'av-dir',
      'flere-i-arbeid',
      'flyt',
      'kristiansand',
      'kronprinsparets-fond',
      'naeringsforeningen-krs',
      'uia',
    ]);
    assert.equal(relatedAcross(model, 'ips-ung', { networkMode: 'two-mode' }).network.appears, true);
  });

  it('an unknown id appears nowhere and relates to nothing', () => {
    const empty = (view: string) => ({ view, appears: false, related: [] });
    assert.deepEqual(relatedAcross(model, 'no-such-id'), {
      iceberg: empty('iceberg'),
      horizons: empty('horizons'),
      network: empty('network'),
      loops: { ...empty('loops'), loops: [] },
    });
  });

  it('names loops with the codes the loop view gives them', () => {
    const { loops } = findLoops(model);
    const codes = loopCodes(loops);
    const throughFrafall = loops.filter((loop) => loop.members.includes('frafall')).map((loop) => codes.get(loop.id));
    assert.deepEqual(throughFrafall.sort(), relatedAcross(model, 'frafall').loops.loops!.slice().sort());
  });

  it('is deterministic: the order of the document does not change the answer', () => {
    const document = telemark();
    document.elements.reverse();
    document.relations.reverse();
    const reversed = normalize(document);
    for (const id of ['frafall', 'utenforskap', 'av-dir', 'folkehelseprogrammet', 'samfunnsoppdraget']) {
      assert.deepEqual(relatedAcross(reversed, id), relatedAcross(model, id), id);
    }
  });
});

describe('relatedAcross on a small document', () => {
  it('leaves out the element itself, and relates an insight only through its explains links', () => {
    const small = normalize({
      floke: '1.1',
      title: 'Small',
      elements: [
        { id: 'school', kind: 'actor', label: 'School' },
        { id: 'mentoring', kind: 'initiative', label: 'Mentoring', layer: 'structures', horizon: 'H2' },
        { id: 'dropout', kind: 'factor', label: 'Dropout', layer: 'events' },
        { id: 'belonging', kind: 'factor', label: 'Belonging' },
        { id: 'silos', kind: 'insight', label: 'Silos', layer: 'mental-models' },
      ],
      relations: [
        { from: 'school', to: 'mentoring', type: 'leads' },
        { from: 'mentoring', to: 'dropout', type: 'addresses', direction: 'decrease' },
        { from: 'belonging', to: 'dropout', type: 'causes', polarity: '-' },
        { from: 'dropout', to: 'belonging', type: 'causes', polarity: '-' },
        { from: 'silos', to: 'mentoring', type: 'explains' },
      ],
    });
    assert.deepEqual(relatedAcross(small, 'silos').iceberg, { view: 'iceberg', appears: true, related: ['mentoring'] });
    assert.deepEqual(relatedAcross(small, 'silos').loops, { view: 'loops', appears: false, related: [], loops: [] });
    assert.deepEqual(relatedAcross(small, 'school').loops, { view: 'loops', appears: false, related: ['dropout'], loops: ['R1'] });
    assert.deepEqual(relatedAcross(small, 'dropout').iceberg, { view: 'iceberg', appears: true, related: ['mentoring'] });
    assert.deepEqual(relatedAcross(small, 'dropout').network, { view: 'network', appears: false, related: ['school'] });
    assert.deepEqual(relatedAcross(small, 'mentoring').iceberg, { view: 'iceberg', appears: true, related: ['dropout', 'silos'] });
  });
});
