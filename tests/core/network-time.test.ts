import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import {
  buildActorNetwork,
  filterNetwork,
  networkAt,
  networkMetrics,
  networkYears,
  spanStatus,
  type ActorNetwork,
  type NetworkVisibility,
} from '../../packages/core/src/actor-network/index.js';

const actor = (id: string, period?: { start: string; end?: string }) => ({
  id,
  kind: 'actor',
  label: id,
  level: 'local',
  sector: 'public',
  ...(period ? { period } : {}),
});
const initiative = (id: string, time: { period?: { start: string; end?: string }; date?: string } = {}) => ({
  id,
  kind: 'initiative',
  label: id,
  ...time,
});
const member = (from: string, to: string) => ({ from, to, type: 'participates' });
const doc = (elements: unknown[], relations: unknown[]) => normalize({ floke: '1.0', title: 't', elements, relations });

/**
 * A county that ended in 2023 (vtfk) and its successor from July 2024 (tfk); an initiative that ended in 2021 (old), one
 * running since 2019 (running), a dated one-off (event, 2024) and one planned for 2026–27 (late).
 */
const timeline = (mode: 'actors' | 'two-mode' = 'actors') =>
  buildActorNetwork(
    doc(
      [
        actor('a'),
        actor('b'),
        actor('c'),
        actor('d'),
        actor('vtfk', { start: '2020', end: '2023' }),
        actor('tfk', { start: '2024-07' }),
        initiative('old', { period: { start: '2015', end: '2021' } }),
        initiative('running', { period: { start: '2019' } }),
        initiative('event', { date: '2024' }),
        initiative('late', { period: { start: '2026-02', end: '2027-01' } }),
      ],
      [
        member('a', 'old'),
        member('b', 'old'),
        member('c', 'old'),
        member('a', 'running'),
        member('c', 'running'),
        member('vtfk', 'running'),
        member('tfk', 'running'),
        member('b', 'event'),
        member('d', 'event'),
        member('d', 'late'),
        member('b', 'late'),
        { from: 'b', to: 'c', type: 'collaborates' },
      ],
    ),
    mode,
  );

/** The time status of one tie and one node, read from a visibility: shown, history or hidden. */
const tieState = (network: ActorNetwork, visibility: NetworkVisibility, source: string, target: string) => {
  const i = network.ties.findIndex((t) => t.source === source && t.target === target);
  assert.ok(i >= 0, `${source}–${target}`);
  return visibility.ties[i] ? (visibility.historic[i] ? 'history' : 'current') : 'hidden';
};
const nodeState = (network: ActorNetwork, visibility: NetworkVisibility, id: string) => {
  const i = network.nodes.findIndex((n) => n.id === id);
  return visibility.nodes[i] ? (visibility.former[i] ? 'former' : 'current') : 'hidden';
};

describe('spanStatus: how partial dates compare', () => {
  it('runs a period ending in a year through 31 December of that year', () => {
    const span = { start: '2020', end: '2023' };
    assert.deepEqual(
      ['2023', '2023-12', '2023-12-31', '2024-01-01', '2024-01', '2024'].map((asOf) => spanStatus(span, asOf)),
      ['current', 'current', 'current', 'past', 'past', 'past'],
    );
  });

  it('starts a period starting in a month on the first of that month', () => {
    const span = { start: '2024-03' };
    assert.deepEqual(
      ['2023', '2024-02', '2024-02-29', '2024-03-01', '2024-03', '2024'].map((asOf) => spanStatus(span, asOf)),
      ['future', 'future', 'future', 'current', 'current', 'current'],
    );
  });

  it('ends a day-precise period at the end of that day, leap day included', () => {
    const span = { start: '2024-01-01', end: '2024-02-29' };
    assert.deepEqual(
      ['2023-12-31', '2024-02-29', '2024-03-01', '2024-02', '2024-03'].map((asOf) => spanStatus(span, asOf)),
      ['future', 'current', 'past', 'current', 'past'],
    );
  });

  it('counts a period as current as of a year or month it overlaps at any time', () => {
    assert.equal(spanStatus({ start: '2023-11', end: '2023-12' }, '2023'), 'current');
    assert.equal(spanStatus({ start: '2023-06-30', end: '2023-06-30' }, '2023-06'), 'current');
    assert.equal(spanStatus({ start: '2023-06-30', end: '2023-06-30' }, '2023-07'), 'past');
  });

  it('treats an undated span, an open end and an open start as running', () => {
    assert.deepEqual(
      [spanStatus(undefined, '1990'), spanStatus({}, '1990'), spanStatus({ start: '2019' }, '2999'), spanStatus({ end: '2030' }, '1900')],
      ['current', 'current', 'current', 'current'],
    );
  });

  it('treats a date that does not parse as open, in the span or as the date asked for', () => {
    assert.equal(spanStatus({ start: '2020', end: '2021-13' }, '2030'), 'current');
    assert.equal(spanStatus({ start: '2020', end: '2021' }, 'nå'), 'current');
  });
});

describe('buildActorNetwork: dates', () => {
  it("dates a node by its period, or by its date as a one-date period, and leaves an undated node's period out", () => {
    const network = timeline('two-mode');
    const period = (id: string) => network.nodes.find((n) => n.id === id)!.period;
    assert.deepEqual(period('vtfk'), { start: '2020', end: '2023' });
    assert.deepEqual(period('tfk'), { start: '2024-07' });
    assert.deepEqual(period('event'), { start: '2024', end: '2024' });
    assert.equal('period' in network.nodes.find((n) => n.id === 'a')!, false);
  });

  it('gives an actor tie the period of every initiative the two share, in id order', () => {
    const tie = timeline().ties.find((t) => t.source === 'a' && t.target === 'c')!;
    assert.deepEqual(tie.periods, [
      { initiative: 'old', start: '2015', end: '2021' },
      { initiative: 'running', start: '2019' },
    ]);
  });

  it('gives a two-mode membership the period of its initiative, and a direct relation none', () => {
    const network = timeline('two-mode');
    const tie = (source: string, target: string) => network.ties.find((t) => t.source === source && t.target === target)!;
    assert.deepEqual(tie('a', 'old').periods, [{ initiative: 'old', start: '2015', end: '2021' }]);
    assert.deepEqual(tie('a', 'old').initiatives, []);
    assert.deepEqual(tie('b', 'c').periods, []);
  });
});

describe('filterNetwork as of a date', () => {
  const network = timeline();

  it('makes a tie whose every initiative ended before the date history, and keeps it shown', () => {
    assert.equal(tieState(network, filterNetwork(network, { asOf: '2021' }), 'a', 'b'), 'current');
    assert.equal(tieState(network, filterNetwork(network, { asOf: '2022' }), 'a', 'b'), 'history');
  });

  it('keeps a tie current while any one of its initiatives runs', () => {
    assert.equal(tieState(network, filterNetwork(network, { asOf: '2022' }), 'a', 'c'), 'current');
  });

  it('keeps a tie with an undated direct relation current at any date', () => {
    assert.deepEqual(
      ['1990', '2022', '2040'].map((asOf) => tieState(network, filterNetwork(network, { asOf }), 'b', 'c')),
      ['current', 'current', 'current'],
    );
  });

  it('makes an actor whose period ended before the date former, and every tie it has history', () => {
    const as2023 = filterNetwork(network, { asOf: '2023' });
    const as2024 = filterNetwork(network, { asOf: '2024' });
    assert.deepEqual([nodeState(network, as2023, 'vtfk'), tieState(network, as2023, 'a', 'vtfk')], ['current', 'current']);
    assert.deepEqual([nodeState(network, as2024, 'vtfk'), tieState(network, as2024, 'a', 'vtfk')], ['former', 'history']);
  });

  it('hides what did not exist yet at the date, rather than calling it history', () => {
    const as2023 = filterNetwork(network, { asOf: '2023' });
    assert.deepEqual(
      [nodeState(network, as2023, 'tfk'), tieState(network, as2023, 'a', 'tfk'), tieState(network, as2023, 'b', 'd')],
      ['hidden', 'hidden', 'hidden'],
    );
    // Never at the same time: the tie between a county gone at the end of 2023 and its successor of July 2024.
    assert.equal(tieState(network, filterNetwork(network, { asOf: '2024-03' }), 'tfk', 'vtfk'), 'hidden');
  });

  it('makes a tie whose initiatives have either ended or not begun history, between and after them', () => {
    // b and d share only the one-off `event` (2024) and `late` (2026-02 to 2027-01).
    assert.deepEqual(
      ['2023', '2024', '2025', '2027', '2028'].map((asOf) => tieState(network, filterNetwork(network, { asOf }), 'b', 'd')),
      ['hidden', 'current', 'history', 'current', 'history'],
    );
  });

  it('hides history on request and keeps the current network', () => {
    const visibility = filterNetwork(network, { asOf: '2024', hideHistory: true });
    assert.deepEqual(
      [
        nodeState(network, visibility, 'vtfk'),
        tieState(network, visibility, 'a', 'b'),
        tieState(network, visibility, 'a', 'vtfk'),
        tieState(network, visibility, 'a', 'c'),
        tieState(network, visibility, 'a', 'tfk'),
      ],
      ['hidden', 'hidden', 'hidden', 'current', 'current'],
    );
    assert.equal(visibility.visibleNodeCount, 5);
  });

  it('shows all time without a date or with one that does not parse: nothing is history, nothing hidden', () => {
    for (const filter of [{}, { asOf: '2024-13' }, { asOf: '' }]) {
      const visibility = filterNetwork(network, filter);
      assert.equal(visibility.historic.some(Boolean) || visibility.former.some(Boolean), false, JSON.stringify(filter));
      assert.equal(visibility.visibleNodeCount, network.nodes.length);
      assert.equal(visibility.ties.every(Boolean), true);
    }
  });

  it('keeps a tie that no initiative dates current: an actor leading another in two-mode', () => {
    const network = buildActorNetwork(
      doc([actor('bfd'), actor('bufdir', { start: '2004' })], [{ from: 'bfd', to: 'bufdir', type: 'leads' }]),
      'two-mode',
    );
    assert.equal(tieState(network, filterNetwork(network, { asOf: '2024' }), 'bfd', 'bufdir'), 'current');
  });

  it('makes a finished initiative former in two-mode, with its memberships history', () => {
    const twoMode = timeline('two-mode');
    const visibility = filterNetwork(twoMode, { asOf: '2022' });
    assert.deepEqual(
      [nodeState(twoMode, visibility, 'old'), tieState(twoMode, visibility, 'a', 'old'), nodeState(twoMode, visibility, 'late')],
      ['former', 'history', 'hidden'],
    );
  });

  it('combines the date with the other filters', () => {
    const visibility = filterNetwork(network, { asOf: '2024', initiatives: ['old'] });
    const shown = network.nodes.filter((_, i) => visibility.nodes[i]).map((n) => n.id);
    assert.deepEqual(shown, ['a', 'b', 'c']);
    assert.equal(tieState(network, visibility, 'a', 'b'), 'history');
  });
});

describe('networkAt and networkYears', () => {
  it('keeps the nodes that existed and the current ties at the date', () => {
    const ids = (network: ActorNetwork) => [network.nodes.map((n) => n.id), network.ties.map((t) => `${t.source}-${t.target}`)];
    assert.deepEqual(ids(networkAt(timeline(), '2023')), [
      ['a', 'b', 'c', 'd', 'vtfk'],
      ['a-c', 'a-vtfk', 'b-c', 'c-vtfk'],
    ]);
    assert.deepEqual(ids(networkAt(timeline(), '2024')), [
      ['a', 'b', 'c', 'd', 'tfk'],
      ['a-c', 'a-tfk', 'b-c', 'b-d', 'c-tfk'],
    ]);
  });

  it('leaves a former hub out of the nodes and brokers of the network as it stood', () => {
    // A county that ceased to exist at the end of 2023 was the hub of five partners; two of them also work together.
    const network = buildActorNetwork(
      doc(
        ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => actor(id)).concat(actor('vtfk', { start: '2020', end: '2023' })),
        [...['p1', 'p2', 'p3', 'p4', 'p5'].map((p) => ['vtfk', p]), ['p1', 'p2']].map(([from, to]) => ({ from, to, type: 'collaborates' })),
      ),
    );
    assert.deepEqual(networkMetrics(network).brokers, ['vtfk']);
    assert.deepEqual(networkMetrics(networkAt(network, '2023')).brokers, ['vtfk']);
    assert.deepEqual(networkMetrics(networkAt(network, '2024')).brokers, []);
    assert.equal(networkMetrics(networkAt(network, '2024')).nodes.has('vtfk'), false);
  });

  it('gives the whole network for a date that does not parse', () => {
    const network = timeline();
    assert.equal(networkAt(network, 'soon'), network);
  });

  it('lists the years in which something starts or ends, and the year after each end', () => {
    assert.deepEqual(networkYears(timeline()), [2015, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
  });
});
