import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ICEBERG_LAYERS, NETWORK_LEVELS, normalize, summarizeDocument } from '../../packages/core/src/index.js';
import { cloneJson } from '../../packages/core/src/document/clone-json.js';
import { readJson } from './helpers.js';

const telemark = () => readJson<Record<string, any>>('examples/data/telemark-agder.json');
const minimal = () => readJson<Record<string, any>>('examples/data/minimal.json');

describe('normalize', () => {
  it('leaves its input deep-equal to what it was', () => {
    for (const document of [telemark(), minimal(), { floke: '1.0', title: 't', elements: [{ id: 'a', kind: 'nope', label: 1 }] }]) {
      const before = cloneJson(document);
      normalize(document, { lang: 'en' });
      assert.deepEqual(document, before);
    }
  });

  it('shares no mutable object with its input', () => {
    const document = telemark();
    const model = normalize(document);
    (model.extensions as Record<string, any>)['no.telemark.kontakt'].rolle = 'changed';
    (model.elements[0]!.tags as string[]).push('x');
    assert.equal(document.extensions['no.telemark.kontakt'].rolle, 'rådgiver for inkludering');
  });

  it('round-trips extensions, and keeps fields it does not know on the document, elements and relations', () => {
    const document = minimal();
    document.extensions = { 'kumu.io': { map: 'abc', nested: [1, { deep: true }] } };
    document.elements[0].extensions = { colour: 'teal' };
    document.elements[0].customScore = 7;
    document.relations[0].weightFromWorkshop = 0.4;
    document.generator = 'hand';
    const model = normalize(document);
    assert.deepEqual(model.extensions, document.extensions);
    assert.deepEqual(model.elements[0]!.extensions, { colour: 'teal' });
    assert.equal(model.elements[0]!.customScore, 7);
    assert.equal(model.relations[0]!.weightFromWorkshop, 0.4);
    assert.deepEqual(model.unknownFields, { generator: 'hand' });
    assert.ok(model.problems.some((p) => p.code === 'unknown-property' && p.pointer === '/elements/0/customScore'));
  });

  it('still yields every other element and relation when one relation is broken', () => {
    const document = telemark();
    const whole = normalize(document);
    document.relations[5].to = 'does-not-exist';
    const model = normalize(document);
    assert.deepEqual(
      model.elements.map((e) => e.id),
      whole.elements.map((e) => e.id),
    );
    assert.equal(model.relations.length, whole.relations.length - 1);
    assert.deepEqual(model.excluded, [{ pointer: '/relations/5', because: '/relations/5/to' }]);
    // The dated version keeps that relation, so it is broken there too: said once, where the document has it.
    assert.deepEqual(
      model.problems.map((p) => `${p.code} ${p.pointer}`),
      ['unresolved-element /relations/5/to'],
    );
  });

  it('leaves out an element it cannot use, its relations with it, and says why for each', () => {
    const document = minimal();
    document.elements[4].kind = 'person'; // belonging
    const model = normalize(document);
    assert.ok(!model.elements.some((e) => e.id === 'belonging'));
    assert.equal(model.elements.length, document.elements.length - 1);
    assert.deepEqual(model.excluded, [
      { pointer: '/elements/4', because: '/elements/4/kind' },
      { pointer: '/relations/3', because: '/elements/4/kind' },
      { pointer: '/relations/4', because: '/elements/4/kind' },
    ]);
  });

  it('keeps an element whose optional field is broken, without that field', () => {
    const document = minimal();
    document.elements[3].date = '2023-02-30';
    document.elements[3].layer = 'nowhere';
    const dropout = normalize(document).elements.find((e) => e.id === 'dropout')!;
    assert.equal(dropout.date, undefined);
    assert.equal(dropout.layer, undefined);
    assert.equal(dropout.horizon, 'H1');
  });

  it('resolves LocalText to the asked language, falling back through Norwegian siblings to the document language', () => {
    const document = telemark();
    document.elements.push({ id: 'nn-only', kind: 'factor', label: { nn: 'Tilhøyrsle' } });
    assert.equal(normalize(document, { lang: 'en' }).title, 'Including children and young people in Telemark and Agder');
    assert.equal(normalize(document, { lang: 'nn' }).title, 'Inkludering av barn og unge i Telemark og Agder');
    assert.equal(normalize(document, { lang: 'nb' }).elements.find((e) => e.id === 'nn-only')!.label, 'Tilhøyrsle');
    const utenforskap = normalize(document, { lang: 'en' }).elements.find((e) => e.id === 'utenforskap')!;
    assert.equal(utenforskap.label, 'Youth exclusion');
    assert.deepEqual(utenforskap.texts.label, { nb: 'Utenforskap blant unge', en: 'Youth exclusion' });
  });

  it('applies defaults: language nb, the four iceberg layers, three levels, no relations', () => {
    const model = normalize({ floke: '1.0', title: 'Tom', elements: [] });
    assert.equal(model.language, 'nb');
    assert.deepEqual(
      model.views.iceberg.layers.map((l) => l.label),
      ICEBERG_LAYERS.map((l) => l.label.nb),
    );
    assert.equal(model.views.iceberg.waterline, 'events');
    assert.deepEqual(
      model.views.network.levels.map((l) => l.id),
      NETWORK_LEVELS.map((l) => l.id),
    );
    assert.deepEqual(model.relations, []);
    assert.deepEqual(model.views.horizons, { start: '2015', end: '2035', curves: {} });
  });

  it('offers the six-conditions preset with its own layers and waterline', () => {
    const model = normalize({ floke: '1.0', title: 'T', elements: [], views: { iceberg: { preset: 'six-conditions' } } }, { lang: 'en' });
    assert.deepEqual(
      model.views.iceberg.layers.map((l) => l.id),
      ['policies', 'practices', 'resource-flows', 'relationships', 'power-dynamics', 'mental-models'],
    );
    assert.equal(model.views.iceberg.waterline, 'resource-flows');
  });

  it('derives stable relation ids and keeps authored ones', () => {
    const model = normalize(minimal());
    assert.equal(model.relations[0]!.id, 'school->mentoring:leads');
    assert.equal(model.relations[2]!.polarity, '+');
    assert.equal(model.relations[2]!.delay, true);
    assert.equal(model.relations[0]!.polarity, undefined);
  });

  it('orders indicator series by date and points each item back to its place', () => {
    const document = minimal();
    document.indicators = [
      {
        id: 'i',
        label: 'I',
        series: [
          { date: '2024', value: 2 },
          { date: '2019-06', value: 1 },
        ],
      },
    ];
    const model = normalize(document);
    assert.deepEqual(
      model.indicators[0]!.series.map((p) => p.date),
      ['2019-06', '2024'],
    );
    assert.equal(model.indicators[0]!.pointer, '/indicators/0');
    assert.equal(model.elements[2]!.pointer, '/elements/2');
  });

  it('turns any input into an empty, explained model instead of throwing', () => {
    for (const input of [null, 7, 'x', []]) {
      const model = normalize(input);
      assert.deepEqual(model.elements, []);
      assert.equal(model.problems[0]?.code, 'wrong-type');
    }
  });
});

describe('summarizeDocument', () => {
  it('counts the Telemark document per kind, layer, horizon, level and loop', () => {
    const summary = summarizeDocument(normalize(telemark()));
    assert.ok(summary.elementsByKind.actor >= 40);
    assert.ok(summary.elementsByKind.initiative >= 20);
    assert.ok(summary.elementsByKind.factor >= 25);
    assert.ok(summary.relationsByType.causes >= 45);
    for (const layer of summary.elementsByLayer) assert.ok(layer.count >= 4, `${layer.id} has ${layer.count}`);
    for (const horizon of ['H1', 'H2', 'H3'] as const) assert.ok(summary.elementsByHorizon[horizon] > 0, horizon);
    assert.deepEqual(
      summary.actorsByLevel.map((level) => level.id),
      ['national', 'regional', 'local'],
    );
    for (const level of summary.actorsByLevel) assert.ok(level.count > 0, level.id);
    assert.equal(summary.namedLoops, 9);
    assert.ok(summary.sources >= 5);
    assert.ok(summary.latestIndicators.filter((entry) => entry.latest).length >= 3);
  });

  it('takes the latest measured value of an indicator, not a target', () => {
    const document = minimal();
    document.indicators = [
      {
        id: 'i',
        label: 'I',
        series: [
          { date: '2030', value: 5, target: true },
          { date: '2022', value: 9.7 },
        ],
      },
    ];
    assert.equal(summarizeDocument(normalize(document)).latestIndicators[0]!.latest!.value, 9.7);
  });
});
