import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROBLEM_CODES, UI_LANGUAGES, makeProblem, parseDocument, validate } from '../../packages/core/src/index.js';
import { jsonErrorOffset } from '../../packages/core/src/document/validate/json-error-offset.js';
import { exampleDocuments, invalidFixtures, readFixture, readJson } from './helpers.js';

describe('validate', () => {
  for (const path of exampleDocuments) {
    it(`finds no problem at all in ${path}`, () => {
      const result = validate(readJson(path));
      assert.deepEqual(result.problems, []);
      assert.equal(result.valid, true);
    });
  }

  for (const fixture of invalidFixtures) {
    it(`reports ${fixture.code} at "${fixture.pointer}" when ${fixture.breaks}`, () => {
      const { problems, valid } = validate(readFixture(fixture.file));
      assert.deepEqual(
        problems.map(({ code, pointer, severity }) => ({ code, pointer, severity })),
        [{ code: fixture.code, pointer: fixture.pointer, severity: fixture.severity }],
      );
      assert.equal(valid, fixture.severity !== 'error');
    });
  }

  it('covers every problem code about the document with an invalid fixture', () => {
    // Loading and drawing, not the document: `load-cancelled` is pinned in the browser, `diagram-capped` in
    // large-documents.test.ts.
    const loadingCodes = ['json-syntax', 'fetch-failed', 'fetch-too-large', 'load-cancelled', 'layout-failed', 'diagram-capped'];
    // Refused edits, not documents: pinned in edit.test.ts.
    const editCodes = ['edit-target-missing', 'edit-relation-exists', 'edit-field-not-editable'];
    // Asking a document for a version it does not have, not a problem of the document: pinned in versions.test.ts.
    const askedOnly = ['version-not-found'];
    // Documents of 5,000 elements or 20,000 relations: pinned in hardening.test.ts rather than as fixture files.
    const tooBigForAFixture = ['too-many-elements', 'too-many-relations'];
    const reachedBySchemaOnly = [
      'out-of-range',
      'too-few-items',
      'too-many-items',
      'schema-violation',
      'self-relation',
      'duplicate-relation',
      'horizon-shift-not-h2',
    ];
    const covered = new Set(invalidFixtures.map((fixture) => fixture.code));
    const missing = PROBLEM_CODES.filter(
      (code) =>
        !covered.has(code) &&
        !loadingCodes.includes(code) &&
        !editCodes.includes(code) &&
        !askedOnly.includes(code) &&
        !reachedBySchemaOnly.includes(code) &&
        !tooBigForAFixture.includes(code),
    );
    assert.deepEqual(missing, []);
  });

  it('reports the rarer rules too: range, list length, self and duplicate relations, horizon shift off H2', () => {
    const document = {
      floke: '1.0',
      title: 't',
      elements: [
        { id: 'a', kind: 'factor', label: 'A', horizon: 'H1', horizonShift: 'toward-h3' },
        { id: 'b', kind: 'factor', label: 'B' },
      ],
      relations: [
        { from: 'a', to: 'a', type: 'causes', polarity: '+' },
        { from: 'a', to: 'b', type: 'causes', polarity: '+', strength: 3 },
        { from: 'a', to: 'b', type: 'causes', polarity: '-' },
      ],
      views: { loops: { named: [{ members: [], label: 'empty' }] } },
    };
    const found = validate(document).problems.map((p) => `${p.code} ${p.pointer}`);
    assert.deepEqual(found, [
      'horizon-shift-not-h2 /elements/0/horizonShift',
      'self-relation /relations/0',
      'out-of-range /relations/1/strength',
      'duplicate-relation /relations/2',
      'too-few-items /views/loops/named/0/members',
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      undefined,
      42,
      'text',
      [],
      [1, 2],
      { elements: 'x' },
      { floke: '1.0', title: 't', elements: [null, 3, 'x'] },
    ]) {
      const result = validate(input);
      assert.equal(result.valid, false);
      assert.ok(result.problems.length > 0);
    }
  });

  it('lists problems in document order', () => {
    const document = readFixture('duplicate-id.json') as { relations: unknown[]; floke: string };
    document.floke = '3';
    document.relations = [{ from: 'zzz', to: 'dropout', type: 'informs' }];
    const pointers = validate(document).problems.map((p) => p.pointer);
    assert.deepEqual(pointers, ['/elements/7/id', '/floke', '/relations/0/from']);
  });

  it('gives every code a distinct message in nb, nn and en', () => {
    const sample = {
      label: 'L',
      from: 'a',
      to: 'b',
      property: 'x',
      expected: 'string',
      actual: 'number',
      value: '"v"',
      allowed: 'a',
      limit: 1,
      id: 'x',
      first: '/a',
      known: 'a',
      type: 'leads',
      kind: 'actor',
      start: '2024',
      end: '2021',
      horizon: 'H1',
      detail: 'd',
      url: 'u',
      keyword: 'k',
      count: 3,
      date: '2024-01',
      dates: '2023, 2024-01',
      path: '/elements/3',
      reason: 'path-missing',
      pointer: '/relations/0/to',
      code: 'unresolved-element',
      length: 400,
      x: 1e12,
      y: 0,
      clampedX: 10000,
      clampedY: 0,
      view: 'loops',
      field: 'loop',
      factors: 5000,
      shownFactors: 300,
      links: 4970,
      shownLinks: 166,
      factorLimit: 300,
      linkLimit: 1000,
    };
    for (const code of PROBLEM_CODES) {
      const problem = makeProblem(code, '', sample);
      for (const lang of UI_LANGUAGES) assert.ok(problem.message[lang].length > 10, `${code} has a ${lang} message`);
      assert.notEqual(problem.message.nb, problem.message.en, `${code}: nb differs from en`);
      assert.ok(!/undefined/.test(Object.values(problem.message).join(' ')), `${code}: no missing parameter`);
    }
  });
});

describe('parseDocument', () => {
  it('turns a JSON syntax error into a json-syntax problem with line and column', () => {
    const { document, problems } = parseDocument('{\n  "floke": "1.0",\n  "title": oops\n}');
    assert.equal(document, undefined);
    assert.equal(problems[0]?.code, 'json-syntax');
    assert.match(problems[0]!.message.nb, /\(3:12\)/);
  });
});

describe('jsonErrorOffset', () => {
  it('finds the first syntax error, and none in valid JSON', () => {
    assert.equal(jsonErrorOffset('{"a": [1, 2,]}'), 12);
    assert.equal(jsonErrorOffset('{"a": tru}'), 9);
    assert.equal(jsonErrorOffset('{"a": "x\\q"}'), 9);
    assert.equal(jsonErrorOffset('[1] 2'), 4);
    assert.equal(jsonErrorOffset(JSON.stringify(readJson('examples/data/telemark-agder.json'), null, 2)), -1);
  });
});
