import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  causalGraphOf,
  explainsChain,
  findLoops,
  layoutHorizons,
  normalize,
  summarizeDocument,
  validate,
} from '../../packages/core/src/index.js';
import { buildActorNetwork } from '../../packages/core/src/actor-network/index.js';
import { readJson } from './helpers.js';

// Schema 1.1 (additive): sources that point at a place in them, periods dated by one end, and `addresses`.

/** A document whose element and relation cite sources in both forms: an id, or `{source, locator}`. */
function located(): Record<string, any> {
  return {
    floke: '1.1',
    title: 'Located sources',
    elements: [
      { id: 'a', kind: 'factor', label: 'A', sources: ['report', { source: 'survey', locator: 'table 3' }] },
      { id: 'b', kind: 'factor', label: 'B' },
    ],
    relations: [
      {
        from: 'a',
        to: 'b',
        type: 'causes',
        polarity: '+',
        sources: [
          { source: 'report', locator: 'p. 12: «A makes B worse»' },
          { source: 'report', locator: 'p. 40' },
        ],
      },
    ],
    sources: [
      { id: 'report', title: 'A report' },
      { id: 'survey', title: 'A survey' },
    ],
  };
}

const problemsOf = (document: unknown) =>
  validate(document).problems.map(({ code, pointer, severity }) => `${severity} ${code} ${pointer}`);

describe('located sources', () => {
  it('accepts ids and {source, locator} objects side by side, on elements and relations', () => {
    assert.deepEqual(problemsOf(located()), []);
  });

  it('keeps sources a list of ids and puts the locators beside it, in document order', () => {
    const model = normalize(located());
    const a = model.elements.find((e) => e.id === 'a')!;
    assert.deepEqual(a.sources, ['report', 'survey']);
    assert.deepEqual(a.sourceLocators, [{ source: 'survey', locator: 'table 3' }]);
    const [relation] = model.relations;
    assert.deepEqual(relation!.sources, ['report', 'report']);
    assert.deepEqual(relation!.sourceLocators, [
      { source: 'report', locator: 'p. 12: «A makes B worse»' },
      { source: 'report', locator: 'p. 40' },
    ]);
    const b = model.elements.find((e) => e.id === 'b')!;
    assert.deepEqual([b.sources, b.sourceLocators], [[], []]);
  });

  it('reports an unresolved id inside the object at its "source", in nb, nn and en', () => {
    const document = located();
    document.relations[0].sources[1].source = 'missing';
    const { problems } = validate(document);
    assert.deepEqual(
      problems.map((p) => [p.code, p.pointer, p.params.id]),
      [['unresolved-source', '/relations/0/sources/1/source', 'missing']],
    );
    assert.equal(problems[0]!.message.nb, 'Fant ikke kilden «missing» i «sources».');
    assert.equal(problems[0]!.message.nn, 'Fann ikkje kjelda «missing» i «sources».');
    assert.equal(problems[0]!.message.en, 'No source “missing” in “sources”.');
  });

  it('leaves out only the broken entry, and its locator, when normalizing', () => {
    const document = located();
    document.relations[0].sources[1].source = 'missing';
    document.elements[0].sources[1].locator = ' ';
    const model = normalize(document);
    assert.deepEqual(model.relations[0]!.sources, ['report']);
    assert.deepEqual(model.relations[0]!.sourceLocators, [{ source: 'report', locator: 'p. 12: «A makes B worse»' }]);
    assert.deepEqual(model.elements[0]!.sources, ['report']);
    assert.deepEqual(model.elements[0]!.sourceLocators, []);
  });

  it('says what is wrong inside the object: a missing or blank locator, a malformed id, an unknown field', () => {
    const cases: [unknown, string[]][] = [
      [{ source: 'report' }, ['error required /relations/0/sources/0']],
      [{ source: 'report', locator: '' }, ['error locator-blank /relations/0/sources/0/locator']],
      // As with a plain id: malformed, and so also not found.
      [
        { source: 'not an id', locator: 'p. 1' },
        ['error id-format /relations/0/sources/0/source', 'error unresolved-source /relations/0/sources/0/source'],
      ],
      [{ source: 'report', locator: 'p. 1', page: 4 }, ['warning unknown-property /relations/0/sources/0/page']],
    ];
    for (const [entry, expected] of cases) {
      const document = located();
      document.relations[0].sources = [entry];
      assert.deepEqual(problemsOf(document), expected, JSON.stringify(entry));
    }
  });

  it('names both allowed forms when an entry is neither an id nor an object', () => {
    const document = located();
    document.elements[0].sources = [42];
    const { problems } = validate(document);
    assert.deepEqual(
      problems.map((p) => [p.code, p.pointer]),
      [['wrong-type', '/elements/0/sources/0']],
    );
    assert.match(problems[0]!.message.en, /id \| \{source, locator\}/);
  });

  it('still reads a 1.0 document whose sources are plain ids, unchanged', () => {
    const document = located();
    document.floke = '1.0';
    document.elements[0].sources = ['report'];
    document.relations[0].sources = ['report'];
    const model = normalize(document);
    assert.deepEqual(model.problems, []);
    assert.deepEqual([model.elements[0]!.sources, model.elements[0]!.sourceLocators], [['report'], []]);
  });
});

describe('periods with one end', () => {
  const withPeriod = (period: unknown) => ({
    floke: '1.1',
    title: 'Periods',
    elements: [{ id: 'former-county', kind: 'actor', label: 'A former county', period }],
  });

  it('accepts a period the sources date only by its end, and keeps it', () => {
    assert.deepEqual(problemsOf(withPeriod({ end: '2023' })), []);
    assert.deepEqual(normalize(withPeriod({ end: '2023' })).elements[0]!.period, { end: '2023' });
  });

  it('rejects a period with neither end, and still checks the order of two', () => {
    assert.deepEqual(problemsOf(withPeriod({})), ['error too-few-items /elements/0/period']);
    assert.deepEqual(problemsOf(withPeriod({ start: '2024', end: '2020' })), ['error period-order /elements/0/period']);
  });

  it('lists an element on a horizon with only an end as undated rather than guessing where it starts', () => {
    const document = withPeriod({ end: '2021' });
    document.elements[0] = { ...document.elements[0]!, kind: 'initiative', horizon: 'H2' } as never;
    const layout = layoutHorizons(normalize(document));
    assert.deepEqual(layout.undated, ['former-county']);
  });
});

describe("an element's label priority", () => {
  const withPriority = (priority: unknown) => ({
    floke: '1.1',
    title: 'Priority',
    elements: [{ id: 'main-goal', kind: 'goal', label: 'The main goal', horizon: 'H3', date: '2030', priority }],
  });

  it('accepts high and low, and keeps them', () => {
    for (const priority of ['high', 'low'] as const) {
      assert.deepEqual(problemsOf(withPriority(priority)), []);
      assert.equal(normalize(withPriority(priority)).elements[0]!.priority, priority);
    }
    assert.equal(normalize(withPriority(undefined)).elements[0]!.priority, undefined);
  });

  it('rejects any other value, and the element is drawn as if it had none', () => {
    assert.deepEqual(problemsOf(withPriority('top')), ['error not-allowed-value /elements/0/priority']);
    assert.equal(normalize(withPriority('top')).elements[0]!.priority, undefined);
  });
});

describe('addresses: an initiative or actor works on a factor or goal', () => {
  /** The minimal example with an initiative and an actor working on its factors. */
  function addressing(): Record<string, any> {
    const document = readJson<Record<string, any>>('examples/data/minimal.json');
    document.floke = '1.1';
    document.relations.push(
      { from: 'mentoring', to: 'dropout', type: 'addresses', direction: 'decrease' },
      { from: 'youth-club', to: 'belonging', type: 'addresses', direction: 'increase', about: 'leisure' },
      { from: 'mentoring', to: 'no-one-outside', type: 'addresses' },
    );
    return document;
  }

  it('accepts addresses from an initiative or actor to a factor or goal, with or without a direction', () => {
    assert.deepEqual(problemsOf(addressing()), []);
  });

  it('keeps the relation and its direction when normalizing, and the direction only on addresses', () => {
    const model = normalize(addressing());
    const addresses = model.relations.filter((r) => r.type === 'addresses');
    assert.deepEqual(
      addresses.map((r) => [r.id, r.direction]),
      [
        ['mentoring->dropout:addresses', 'decrease'],
        ['youth-club->belonging:addresses', 'increase'],
        ['mentoring->no-one-outside:addresses', undefined],
      ],
    );
  });

  it('reports a wrong kind at the end that has it, in nb, nn and en, and leaves the relation out', () => {
    const document = addressing();
    document.relations.push({ from: 'dropout', to: 'school', type: 'addresses' });
    const { problems } = validate(document);
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.code} ${p.pointer}`),
      ['error addresses-wrong-kind /relations/10/from', 'error addresses-wrong-kind /relations/10/to'],
    );
    assert.equal(
      problems[0]!.message.nb,
      '«addresses» går fra en satsing eller aktør til en faktor eller et mål, men «dropout» er av typen «faktor». Relasjonen vises ikke.',
    );
    assert.equal(
      problems[1]!.message.nn,
      '«addresses» går frå ei satsing eller ein aktør til ein faktor eller eit mål, men «school» er av typen «aktør». Relasjonen vert ikkje vist.',
    );
    assert.equal(
      problems[1]!.message.en,
      '“addresses” goes from an initiative or actor to a factor or goal, but “school” is of kind “actor”. The relation is not shown.',
    );
    const model = normalize(document);
    assert.equal(model.relations.filter((r) => r.type === 'addresses').length, 3);
    assert.deepEqual(model.excluded, [{ pointer: '/relations/10', because: '/relations/10/from' }]);
  });

  it('warns that a direction on another type is not used', () => {
    const document = addressing();
    document.relations[0].direction = 'increase';
    assert.deepEqual(problemsOf(document), ['warning direction-ignored /relations/0/direction']);
  });

  it('is neither a tie in the network nor a causal link: the views count what they counted before', () => {
    const before = normalize(readJson('examples/data/minimal.json'));
    const after = normalize(addressing());
    for (const mode of ['actors', 'two-mode'] as const) {
      assert.deepEqual(buildActorNetwork(after, mode), buildActorNetwork(before, mode), mode);
    }
    assert.deepEqual(causalGraphOf(after), causalGraphOf(before));
    assert.deepEqual(findLoops(after), findLoops(before));
    assert.deepEqual(explainsChain(after, 'mentoring'), explainsChain(before, 'mentoring'));
    const summary = summarizeDocument(after);
    assert.deepEqual([summary.networkTies, summary.causalFactors, summary.relationsByType.addresses], [2, 3, 3]);
  });
});
