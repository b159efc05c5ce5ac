import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize, summaryInsight } from '../../packages/core/src/index.js';
import { topBrokers } from '../../packages/core/src/actor-network/index.js';
import { readJson } from './helpers.js';

const telemark = normalize(readJson('examples/data/telemark-agder.json'));

describe('summaryInsight on the Telemark example', () => {
  const insight = summaryInsight(telemark, 'nb');

  it('leads with the measured indicators and the element that carries each', () => {
    assert.deepEqual(
      insight.headlines.map((h) => [h.progress.indicator.id, h.element, h.progress.latest, h.progress.trend]),
      [
        ['neet-andel', 'utenforskap', { date: '2022', value: 9.7 }, 'too-few'],
        ['neet-antall', 'utenforskap', { date: '2022', value: 100000 }, 'too-few'],
        ['kostnad-utenforskap', 'samfunnskostnad', { date: '2021', value: 73 }, 'too-few'],
      ],
    );
  });

  it('leaves out an indicator that has only a target', () => {
    assert.ok(!insight.headlines.some((h) => h.progress.indicator.id === 'psykiske-plager'));
  });

  it('names the loops to read first with the codes of the loop view, of 13 found', () => {
    assert.deepEqual(
      insight.loops.map((l) => [l.code, l.name, l.members.length, l.hypothesised]),
      [
        ['R1', 'R1 Tillitssirkelen', 3, false],
        ['R2', 'R2 Siloen låser seg', 3, false],
        ['R6', 'R6 Fattigdom går i arv', 3, false],
      ],
    );
    assert.deepEqual([insight.loopCount, insight.loopsComplete], [13, true]);
  });

  it('ranks where to act drivers first, with the loops each lever is in', () => {
    assert.deepEqual(
      insight.levers.map((l) => [l.id, l.role, l.loops]),
      [
        ['oremerkede-tilskudd', 'driver', []],
        ['informasjonsdeling', 'driver', ['R2', 'B5']],
        ['kapasitet', 'driver', []],
      ],
    );
  });

  it('finds the brokers the network view rings', () => {
    assert.deepEqual(
      topBrokers(telemark).map((b) => [b.id, b.label, Math.round(b.betweenness * 1000) / 1000]),
      [
        ['av-dir', 'AV-dir', 0.177],
        ['ks', 'KS', 0.104],
      ],
    );
  });
});
