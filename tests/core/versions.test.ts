import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import jsonPatch from 'fast-json-patch';
import { materializeVersion, normalize, validate, versionsOf } from '../../packages/core/src/index.js';
import { diff } from '../../packages/core/src/diff/index.js';
import { applyPatch } from '../../packages/core/src/document/versions/apply-patch.js';
import { readJson } from './helpers.js';

type Json = Record<string, any>;

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
};

/** Today's document: two factors and a link, with two dated versions (a patch and a whole document) given newest first. */
const today = (): Json => ({
  floke: '1.3',
  title: 'I dag',
  language: 'nb',
  updated: '2026-02',
  elements: [
    { id: 'frafall', kind: 'factor', label: 'Frafall' },
    { id: 'mestring', kind: 'factor', label: 'Mestring' },
  ],
  relations: [{ from: 'mestring', to: 'frafall', type: 'causes', polarity: '-' }],
  versions: [
    {
      date: '2025',
      label: { nb: 'Før satsingen', en: 'Before the initiative' },
      patch: [
        { op: 'test', path: '/elements/1/id', value: 'mestring' },
        { op: 'remove', path: '/relations/0' },
        { op: 'remove', path: '/elements/1' },
      ],
    },
    { date: '2024-01', document: { floke: '1.0', title: 'Januar', elements: [], versions: [{ date: '2023', patch: [] }] } },
  ],
});

describe('versionsOf', () => {
  it('lists the dated versions oldest first, with their labels in the asked language, pointers and kind of content', () => {
    assert.deepEqual(versionsOf(today(), 'en'), [
      { date: '2024-01', pointer: '/versions/1', content: 'document' },
      { date: '2025', label: 'Before the initiative', pointer: '/versions/0', content: 'patch' },
    ]);
  });

  it("reads labels in the document's language by default", () => {
    assert.equal(versionsOf(today())[1]?.label, 'Før satsingen');
  });

  it('leaves out entries without a date or with no content, and a document without versions has none', () => {
    const doc = { ...today(), versions: [{ label: 'x', patch: [] }, { date: '2020' }, { date: '2021', patch: [], document: {} }] };
    assert.deepEqual(versionsOf(doc), []);
    assert.deepEqual(versionsOf({ floke: '1.0', title: 't', elements: [] }), []);
  });
});

describe('materializeVersion', () => {
  it('applies the version’s patch to the document without its versions, dated by the version', () => {
    const result = materializeVersion(deepFreeze(today()), '2025');
    assert.equal(result.ok, true);
    assert.deepEqual(result.ok && result.document, {
      floke: '1.3',
      title: 'I dag',
      language: 'nb',
      updated: '2025',
      elements: [{ id: 'frafall', kind: 'factor', label: 'Frafall' }],
      relations: [],
    });
  });

  it('keeps a date the patch sets itself, and shares with the document what the patch leaves alone', () => {
    const doc = today();
    doc.versions[0].patch.push({ op: 'replace', path: '/updated', value: '2025-03-01' });
    const result = materializeVersion(doc, '2025');
    assert.ok(result.ok);
    assert.equal(result.document.updated, '2025-03-01');
    assert.equal((result.document.elements as Json[])[0], doc.elements[0]);
  });

  it('takes a whole document as given, without its own versions, dated by the version when it has no date', () => {
    const result = materializeVersion(today(), '2024-01');
    assert.deepEqual(result.ok && result.document, { floke: '1.0', title: 'Januar', elements: [], updated: '2024-01' });
  });

  it('says which dates there are when asked for one the document does not have', () => {
    const result = materializeVersion(today(), '2024');
    assert.equal(result.ok, false);
    const [problem] = result.ok ? [] : result.problems;
    assert.deepEqual([problem?.code, problem?.pointer, problem?.severity], ['version-not-found', '/versions', 'error']);
    assert.equal(problem?.message.nb, 'Dokumentet har ingen versjon datert 2024. Versjonene er: 2024-01, 2025.');
    assert.equal(problem?.message.en, 'The document has no version dated 2024. Its versions are: 2024-01, 2025.');
  });

  it('names the operation that does not apply, and why, in nb, nn and en', () => {
    const doc = today();
    doc.versions[0].patch[0].value = 'noe-annet';
    const result = materializeVersion(doc, '2025');
    const [problem] = result.ok ? [] : result.problems;
    assert.deepEqual([problem?.code, problem?.pointer], ['version-patch-failed', '/versions/0/patch/0']);
    assert.deepEqual(problem?.message, {
      nb: 'Versjonen 2025 kan ikke lages: verdien ved /elements/1/id er ikke den «test» venter. Versjonen blir ikke brukt.',
      nn: 'Versjonen 2025 kan ikkje lagast: verdien ved /elements/1/id er ikkje den «test» ventar. Versjonen vert ikkje brukt.',
      en: 'The version 2025 cannot be made: the value at /elements/1/id is not the one “test” expects. The version is not used.',
    });
  });

  it('uses the first of two versions with the same date', () => {
    const doc = today();
    doc.versions.push({ date: '2025', patch: [{ op: 'replace', path: '/title', value: 'Den andre' }] });
    const result = materializeVersion(doc, '2025');
    assert.equal(result.ok && result.document.title, 'I dag');
  });

  it('makes of the example the January 2024 map, so comparing with it gives the same diff as with the separate file', () => {
    const telemark = readJson<Json>('examples/data/telemark-agder.json');
    const january = readJson<Json>('examples/data/telemark-agder-2024-01.json');
    const result = materializeVersion(telemark, '2024-01');
    assert.ok(result.ok);
    assert.deepEqual(result.document, january);
    const now = normalize(telemark);
    assert.deepEqual(diff(normalize(result.document), now), diff(normalize(january), now));
  });
});

describe('validate, on versions', () => {
  it('finds nothing wrong with valid versions', () => {
    assert.deepEqual(validate(today()).problems, []);
  });

  it('tells a version with both a patch and a document, at the version', () => {
    const doc = today();
    doc.versions[0].document = { floke: '1.0', title: 't', elements: [] };
    assert.deepEqual(
      validate(doc).problems.map((p) => `${p.code} ${p.pointer}`),
      ['version-content /versions/0'],
    );
  });

  it('tells a version its patch breaks, once, at the version, with its first error', () => {
    const doc = today();
    doc.versions[0].patch.push({
      op: 'add',
      path: '/relations/-',
      value: { from: 'frafall', to: 'nowhere', type: 'causes', polarity: '+' },
    });
    const problems = validate(doc).problems;
    assert.deepEqual(
      problems.map((p) => `${p.code} ${p.pointer}`),
      ['version-invalid /versions/0'],
    );
    assert.match(problems[0]!.message.en, /unresolved-element/);
  });

  it('tells an error the document has, and its patched version inherits, once, where the document has it', () => {
    const doc = today();
    doc.elements.push({ id: 'x', kind: 'factor', label: 'X' });
    doc.relations.push({ from: 'x', to: 'nowhere', type: 'causes', polarity: '+' });
    assert.deepEqual(
      validate(doc).problems.map((p) => `${p.code} ${p.pointer}`),
      ['unresolved-element /relations/1/to'],
    );
  });

  it('tells a broken relation once, at the document, when the version also lacks the element it starts from', () => {
    const doc = today();
    // Version 2025 has no «mestring»: there the relation is broken at both ends, but the break is the document's.
    doc.relations.push({ from: 'mestring', to: 'nowhere', type: 'causes', polarity: '+' });
    assert.deepEqual(
      validate(doc).problems.map((p) => `${p.code} ${p.pointer}`),
      ['unresolved-element /relations/1/to'],
    );
  });

  it('tells the shape of an operation the schema does not allow, at the operation', () => {
    const doc = today();
    doc.versions[0].patch.push({ op: 'rename', path: '/title' });
    assert.deepEqual(
      validate(doc)
        .problems.filter((p) => p.code !== 'version-patch-failed')
        .map((p) => `${p.code} ${p.pointer}`),
      ['not-allowed-value /versions/0/patch/3/op'],
    );
  });
});

/** RFC 6902 on small documents: Floke's applier agrees with fast-json-patch on whether a patch applies, and on the result. */
describe('applyPatch', () => {
  const key = fc.constantFrom('a', 'b', 'c');
  const leaf = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y'), fc.constant(null));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
  })).node;
  const path = fc
    .array(fc.constantFrom('a', 'b', 'c', '0', '1', '-'), { minLength: 1, maxLength: 2 })
    .map((tokens) => '/' + tokens.join('/'));
  const operation = fc.oneof(
    fc.record({ op: fc.constantFrom('add', 'replace', 'test'), path, value }),
    fc.record({ op: fc.constant('remove'), path }),
    fc.record({ op: fc.constantFrom('move', 'copy'), path, from: path }),
  );
  // Short paths over few keys, so that many operations find their place and the patches that apply do something.
  const document = fc.dictionary(key, value, { minKeys: 2, maxKeys: 3 });

  it('applies or refuses a patch as fast-json-patch does, and never changes its input', () => {
    fc.assert(
      fc.property(document, fc.array(operation, { minLength: 1, maxLength: 3 }), (doc, patch) => {
        const before = JSON.stringify(doc);
        const ours = applyPatch(deepFreeze(structuredClone(doc)), patch);
        let theirs: { ok: true; value: unknown } | { ok: false };
        try {
          theirs = {
            ok: true,
            value: jsonPatch.applyPatch(structuredClone(doc), structuredClone(patch) as never, true, false).newDocument,
          };
        } catch {
          theirs = { ok: false };
        }
        assert.equal(ours.ok, theirs.ok, JSON.stringify({ doc, patch, ours }));
        if (ours.ok && theirs.ok) assert.deepEqual(ours.value, theirs.value);
        assert.equal(JSON.stringify(doc), before);
      }),
      { seed: 1903, numRuns: 3000 },
    );
  });
});
