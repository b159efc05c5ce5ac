/**
 * Issue #18: inputs that crashed, hung or silently lost data. Each test pins the outcome (problem code, pointer,
 * what the model keeps) for one finding; the fuzz tests then cover the space around them.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  DOCUMENT_LIMITS,
  causalGraphOf,
  causalLoopDiagramInput,
  computeCausalLoopDiagram,
  maxOf,
  minOf,
  normalize,
  validate,
} from '../../packages/core/src/index.js';
import { wrapText } from '../../packages/core/src/geometry/text-measure.js';
import { firstNonFinite, runPipeline } from './fuzz/run-pipeline.js';
import { readJson } from './helpers.js';

const minimal = () =>
  readJson<Record<string, unknown> & { elements: Record<string, unknown>[]; relations: unknown[] }>('examples/data/minimal.json');
const codesAt = (problems: readonly { code: string; pointer: string }[]) => problems.map((p) => `${p.code} ${p.pointer}`);
/** A hang guard, not a speed target (those live in bench/): before the fixes these inputs ran for minutes. */
const hangGuard = { timeout: 20_000 };

describe('deep nesting', () => {
  const nested = (depth: number, leaf: unknown = 1) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it('reports too-deep where it cut a 20,000-level value, instead of overflowing the stack', () => {
    const doc = { ...minimal(), extensions: { deep: nested(20_000) } };
    const model = normalize(doc);
    const pointer = '/extensions/deep' + '/0'.repeat(DOCUMENT_LIMITS.depth - 2);
    assert.deepEqual(codesAt(model.problems), [`too-deep ${pointer}`]);
    assert.equal(model.problems[0]!.message.en, 'The value is nested deeper than 64 levels and was cut here.');
    assert.equal(model.elements.length, 8);
  });

  it('leaves out an element field that nests too deep and lists it in excluded', () => {
    const doc = minimal();
    doc.elements[0]!['custom'] = nested(5_000);
    const model = normalize(doc);
    assert.ok(codesAt(model.problems).includes(`too-deep /elements/0/custom${'/0'.repeat(DOCUMENT_LIMITS.depth - 3)}`));
    // A list field keeps its other entries; the one holding the cut value is left out and listed.
    assert.deepEqual(model.elements[0]!['custom'], []);
    assert.deepEqual(
      model.excluded.filter((e) => e.pointer.startsWith('/elements/0')),
      [{ pointer: '/elements/0/custom/0', because: '/elements/0/custom' + '/0'.repeat(DOCUMENT_LIMITS.depth - 3) }],
    );
  });

  it('gives a model a Worker can receive (structured clone) from a 2,000-level document', () => {
    const doc = { ...minimal(), extensions: { deep: nested(2_000, { a: 1 }) } };
    const model = normalize(doc);
    assert.doesNotThrow(() => structuredClone(model));
  });

  it('leaves a document within the depth limit as it is (source is the input itself)', () => {
    const doc = { ...minimal(), extensions: { deep: nested(DOCUMENT_LIMITS.depth - 3) } };
    const model = normalize(doc);
    assert.equal(model.source, doc);
    assert.deepEqual(model.problems, []);
  });
});

describe('prototype keys', () => {
  it('keeps "__proto__" in extensions as an own key, never as the prototype', () => {
    const doc = JSON.parse('{"floke":"1.0","title":"t","elements":[],"extensions":{"__proto__":{"isAdmin":true}}}');
    const model = normalize(doc);
    assert.deepEqual(Object.keys(model.extensions!), ['__proto__']);
    assert.equal((model.extensions as Record<string, unknown>)['isAdmin'], undefined);
    assert.equal(Object.getPrototypeOf(model.extensions), Object.prototype);
  });

  it('treats "constructor" and "toString" as ordinary ids, and "__proto__" as an ordinary unknown field', () => {
    const doc = JSON.parse(
      '{"floke":"1.0","title":"t","elements":[{"id":"constructor","kind":"factor","label":"C","__proto__":{"x":1}},' +
        '{"id":"toString","kind":"factor","label":"P"}],' +
        '"relations":[{"from":"constructor","to":"toString","type":"causes","polarity":"+"},{"from":"toString","to":"constructor","type":"causes","polarity":"-"}]}',
    );
    const model = normalize(doc);
    assert.deepEqual(
      model.elements.map((e) => e.id),
      ['constructor', 'toString'],
    );
    assert.deepEqual(model.elements[0]!['__proto__'], { x: 1 });
    assert.equal(Object.getPrototypeOf(model.elements[0]), Object.prototype);
    assert.equal(firstNonFinite(runPipeline(JSON.stringify(doc))), undefined);
  });

  it('names a "__proto__" kind at the end of an addresses relation as given, instead of throwing (fuzz #5932)', () => {
    const doc = {
      floke: '1.0',
      title: 't',
      elements: [
        { id: 'a', kind: '__proto__', label: 'A' },
        { id: 'f', kind: 'factor', label: 'F' },
      ],
      relations: [{ from: 'a', to: 'f', type: 'addresses' }],
    };
    assert.deepEqual(
      validate(doc).problems.map((p) => [p.code, p.pointer, p.message.en]),
      [
        [
          'not-allowed-value',
          '/elements/0/kind',
          'The value "__proto__" is not allowed. Allowed: "actor", "initiative", "factor", "goal", "insight".',
        ],
        [
          'addresses-wrong-kind',
          '/relations/0/from',
          '“addresses” goes from an initiative or actor to a factor or goal, but “a” is of kind “__proto__”. The relation is not shown.',
        ],
      ],
    );
  });
});

describe('position hints', () => {
  it('clamps a position of 1e308 to the coordinate limit with a position-clamped warning', () => {
    const doc = minimal();
    doc.elements[3]!['position'] = { x: 1e308, y: -5 };
    const { problems, valid } = validate(doc);
    assert.equal(valid, true);
    assert.deepEqual(codesAt(problems), ['position-clamped /elements/3/position']);
    assert.equal(problems[0]!.message.en, 'The position (1e+308, -5) lies outside ±10000 and was moved to the edge (10000, -5).');
    const model = normalize(doc);
    assert.deepEqual(model.elements[3]!.position, { x: 10_000, y: -5 });
    const diagram = computeCausalLoopDiagram(causalLoopDiagramInput(model));
    assert.deepEqual(
      diagram.layout.nodes.filter((n) => n.pinned).map((n) => n.id),
      ['dropout'],
    );
    assert.equal(firstNonFinite(diagram), undefined);
  });
});

describe('parallel links', () => {
  const withParallel = () => {
    const doc = minimal();
    for (let i = 0; i < 9; i++) doc.relations.push({ from: 'dropout', to: 'belonging', type: 'causes', polarity: '+' });
    return doc;
  };

  it('bundles nine parallel causes links into one drawn link that names the others', () => {
    const model = normalize(withParallel());
    assert.equal(model.problems.filter((p) => p.code === 'duplicate-relation').length, 8);
    const links = causalGraphOf(model).links.filter((l) => l.from === 'dropout' && l.to === 'belonging');
    assert.deepEqual(
      links.map((l) => [l.id, l.bundled?.length]),
      [['dropout->belonging:causes', 8]],
    );
    const diagram = computeCausalLoopDiagram(causalLoopDiagramInput(model));
    const drawn = diagram.layout.links.find((l) => l.id === 'dropout->belonging:causes')!;
    assert.deepEqual(
      drawn.bundled,
      Array.from({ length: 8 }, (_, i) => `dropout->belonging:causes#${i + 2}`),
    );
    assert.equal(diagram.loops.length, 2);
    assert.equal(firstNonFinite(diagram), undefined);
    assert.ok(Number.isFinite(diagram.layout.width) && Number.isFinite(diagram.layout.height));
  });
});

describe('long words', () => {
  it('wraps a 20,000-character word into hyphenated lines that each fit', hangGuard, () => {
    const lines = wrapText('x'.repeat(20_000), 100, 12);
    // 0.55 em × 12 px = 6.6 px a character: 14 characters and a hyphen (0.55 em) fit in 100 px.
    assert.equal(lines[0], 'x'.repeat(14) + '-');
    assert.equal(lines.length, Math.ceil(20_000 / 14));
    assert.equal(lines.join('').replace(/-/g, '').length, 20_000);
  });

  it('keeps a single character wider than the line on a line of its own instead of looping', hangGuard, () => {
    assert.deepEqual(wrapText('W', 1, 12), ['W-']);
  });

  it('cuts a 20,000-character label to the limit and keeps the whole text in fullLabel', hangGuard, () => {
    const doc = minimal();
    const label = 'Tjenesteinnovasjon'.repeat(1_200);
    doc.elements[3]!['label'] = label;
    const model = normalize(doc);
    assert.deepEqual(codesAt(model.problems), ['label-too-long /elements/3/label']);
    const element = model.elements[3]!;
    assert.equal(element.label.length, DOCUMENT_LIMITS.labelLength);
    assert.ok(element.label.endsWith('…'));
    assert.equal(element.fullLabel, label);
    assert.equal(firstNonFinite(runPipeline(JSON.stringify(doc))), undefined);
  });
});

describe('many values', () => {
  it('finds the least and greatest of 300,000 numbers (Math.min(...xs) throws RangeError there)', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => (i % 2 ? i : -i));
    assert.equal(minOf(values), -299_998);
    assert.equal(maxOf(values), 299_999);
    assert.equal(minOf([]), Infinity);
    assert.equal(maxOf([]), -Infinity);
  });

  it('spreads no array into Math.min or Math.max anywhere in core or elements', () => {
    const files = ['packages/core/src', 'packages/elements/src'].flatMap(listTs);
    // Also after other arguments: `Math.max(0, ...xs)` throws the same.
    const spreads = files.filter((file) => /Math\.(min|max)\([^()]*\.\.\./.test(readFileSync(file, 'utf8')));
    assert.deepEqual(spreads, []);
  });
});

describe('validation completeness', () => {
  it('names every missing required field of an empty document', () => {
    const { problems } = validate({});
    assert.deepEqual(
      problems.map((p) => [p.code, p.pointer, p.params['property']]),
      [
        ['required', '', 'floke'],
        ['required', '', 'title'],
        ['required', '', 'elements'],
      ],
    );
  });
});

describe('nothing dropped silently', () => {
  it('lists notes and indicator data points with impossible dates in excluded', () => {
    const doc = minimal();
    doc.elements[0]!['notes'] = [
      { date: '2024-02-30', text: 'impossible day' },
      { date: '2024-03-01', text: 'kept' },
    ];
    doc['indicators'] = [
      {
        id: 'neet',
        label: 'NEET',
        series: [
          { date: '2022', value: 9.7 },
          { date: '2023-13', value: 9.1 },
        ],
      },
    ];
    const model = normalize(doc);
    assert.deepEqual(
      model.elements[0]!.notes.map((n) => n.text),
      ['kept'],
    );
    assert.deepEqual(
      model.indicators[0]!.series.map((p) => p.date),
      ['2022'],
    );
    assert.deepEqual(model.excluded, [
      { pointer: '/elements/0/notes/0', because: '/elements/0/notes/0/date' },
      { pointer: '/indicators/0/series/1', because: '/indicators/0/series/1/date' },
    ]);
  });
});

describe('document limits', () => {
  it('uses the first 5,000 elements, reports too-many-elements and lists the rest, and relations to them, in excluded', () => {
    const elements = Array.from({ length: DOCUMENT_LIMITS.elements + 2 }, (_, i) => ({ id: `e${i}`, kind: 'factor', label: `E ${i}` }));
    const doc = {
      floke: '1.0',
      title: 'Many',
      elements,
      relations: [{ from: 'e0', to: `e${DOCUMENT_LIMITS.elements + 1}`, type: 'causes', polarity: '+' }],
    };
    const model = normalize(doc);
    assert.deepEqual(codesAt(model.problems), ['too-many-elements /elements/5000']);
    assert.equal(model.problems[0]!.message.nb, 'Dokumentet har 5002 elementer; bare de første 5000 brukes, resten er utelatt.');
    assert.equal(model.elements.length, DOCUMENT_LIMITS.elements);
    assert.deepEqual(model.excluded, [
      { pointer: '/elements/5000', because: '/elements/5000' },
      { pointer: '/elements/5001', because: '/elements/5000' },
      { pointer: '/relations/0', because: '/elements/5000' },
    ]);
  });

  it('uses the first 20,000 relations and reports too-many-relations', () => {
    const doc = minimal();
    for (let i = 0; doc.relations.length <= DOCUMENT_LIMITS.relations; i++) {
      doc.relations.push({ id: `r${i}`, from: 'school', to: 'youth-club', type: 'informs' });
    }
    const model = normalize(doc);
    assert.deepEqual(
      model.problems.filter((p) => p.code === 'too-many-relations').map((p) => p.pointer),
      ['/relations/20000'],
    );
    assert.equal(model.relations.length, DOCUMENT_LIMITS.relations);
    assert.deepEqual(model.excluded, [{ pointer: '/relations/20000', because: '/relations/20000' }]);
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTs(path) : path.endsWith('.ts') ? [path] : [];
  });
}
