import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findLoops, normalize, validate, type FlokeDocument } from '../../packages/core/src/index.js';
import { applyEdit, applyJsonPatch, EditHistory, type Edit, type EditResult } from '../../packages/core/src/edit/index.js';

/** Freezes every object and array below `value`, so any write to the input throws. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (item !== null && typeof item === 'object' && !Object.isFrozen(item)) {
      Object.freeze(item);
      stack.push(...Object.values(item));
    }
  }
  return value;
}

/** A small workshop map: two factors with one link, an actor, two iceberg layers, a source and a named loop. */
const start = (): FlokeDocument =>
  deepFreeze({
    floke: '1.0',
    id: 'verksted',
    title: 'Verksted',
    elements: [
      { id: 'frafall', kind: 'factor', label: 'Frafall i videregående', layer: 'patterns' },
      { id: 'utenforskap', kind: 'factor', label: 'Utenforskap' },
      { id: 'nav', kind: 'actor', label: 'NAV' },
    ],
    relations: [{ from: 'frafall', to: 'utenforskap', type: 'causes', polarity: '+' }],
    sources: [{ id: 'halogen-2023', title: 'Halogen (2023)' }],
    views: { iceberg: { layers: [{ id: 'events' }, { id: 'patterns' }] } },
  } as FlokeDocument);

function accepted(result: EditResult) {
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message.en).join('; '));
  return result;
}

function refused(result: EditResult) {
  assert.equal(result.ok, false, 'the edit should be refused');
  return result.ok ? assert.fail() : result;
}

describe('applyEdit: elements', () => {
  it('adds an element at the end, with a patch that adds it and an inverse that removes it', () => {
    const element = { id: 'mestring', kind: 'factor', label: 'Mestring på skolen' } as const;
    const result = accepted(applyEdit(start(), { type: 'add-element', element }));
    assert.deepEqual(result.document.elements.at(-1), element);
    assert.deepEqual(result.patch, [{ op: 'add', path: '/elements/3', value: element }]);
    assert.deepEqual(result.inverse, [{ op: 'remove', path: '/elements/3' }]);
  });

  it('renames an element and stores a position hint, replacing what was and adding what was not', () => {
    const result = accepted(
      applyEdit(start(), {
        type: 'update-element',
        id: 'utenforskap',
        changes: { label: 'Ungt utenforskap', position: { x: 40, y: -20 } },
      }),
    );
    assert.deepEqual(result.document.elements[1], {
      id: 'utenforskap',
      kind: 'factor',
      label: 'Ungt utenforskap',
      position: { x: 40, y: -20 },
    });
    assert.deepEqual(result.patch, [
      { op: 'replace', path: '/elements/1/label', value: 'Ungt utenforskap' },
      { op: 'add', path: '/elements/1/position', value: { x: 40, y: -20 } },
    ]);
    assert.deepEqual(result.inverse, [
      { op: 'remove', path: '/elements/1/position' },
      { op: 'replace', path: '/elements/1/label', value: 'Utenforskap' },
    ]);
  });

  it('removes a field given as null', () => {
    const result = accepted(applyEdit(start(), { type: 'update-element', id: 'frafall', changes: { layer: null } }));
    assert.equal('layer' in result.document.elements[0]!, false);
    assert.deepEqual(result.patch, [{ op: 'remove', path: '/elements/0/layer' }]);
  });

  it('refuses to put an element in a layer the iceberg does not have, and says where', () => {
    const result = refused(applyEdit(start(), { type: 'update-element', id: 'nav', changes: { layer: 'myths' } }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['unknown-layer', '/elements/2/layer']],
    );
  });

  it('refuses a second element with an id already in use', () => {
    const result = refused(applyEdit(start(), { type: 'add-element', element: { id: 'nav', kind: 'actor', label: 'NAV Skien' } }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['duplicate-id', '/elements/3/id']],
    );
  });

  it('refuses to edit an element that is not there, in nb, nn and en', () => {
    const result = refused(applyEdit(start(), { type: 'remove-element', id: 'ghost' }));
    assert.deepEqual(result.problems[0]!.pointer, '/elements');
    assert.deepEqual(result.problems[0]!.message, {
      nb: 'Fant ikke ghost i dokumentet, så endringen ble ikke gjort.',
      nn: 'Fann ikkje ghost i dokumentet, så endringa vart ikkje gjord.',
      en: 'Could not find ghost in the document, so the change was not made.',
    });
  });

  it('refuses to change a field an edit does not reach, such as the id', () => {
    const changes = { id: 'nav-skien' } as unknown as { label: string };
    const result = refused(applyEdit(start(), { type: 'update-element', id: 'nav', changes }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['edit-field-not-editable', '/elements/2/id']],
    );
  });

  it('removes an element with the relations that touch it and the named loops it is in, in one patch', () => {
    const withLoop = accepted(
      applyEdit(start(), { type: 'add-relation', relation: { from: 'utenforskap', to: 'frafall', type: 'causes', polarity: '+' } }),
    ).document;
    const named: FlokeDocument = {
      ...withLoop,
      views: { ...withLoop.views, loops: { named: [{ members: ['frafall', 'utenforskap'], label: 'Sirkel' }] } },
    };
    const result = accepted(applyEdit(deepFreeze(named), { type: 'remove-element', id: 'utenforskap' }));
    assert.deepEqual(result.patch, [
      { op: 'remove', path: '/views/loops/named/0' },
      { op: 'remove', path: '/relations/1' },
      { op: 'remove', path: '/relations/0' },
      { op: 'remove', path: '/elements/1' },
    ]);
    assert.deepEqual(result.document.relations, []);
    assert.deepEqual(applyJsonPatch(result.document, result.inverse).document, named);
  });

  it('accepts an edit to a document that already has an error, as long as it adds none', () => {
    const broken = deepFreeze({
      ...start(),
      relations: [{ from: 'frafall', to: 'ghost', type: 'causes', polarity: '+' }],
    } as FlokeDocument);
    assert.equal(validate(broken).valid, false);
    accepted(applyEdit(broken, { type: 'update-element', id: 'nav', changes: { label: 'NAV Skien' } }));
  });
});

describe('applyEdit: relations and notes', () => {
  const link = { from: 'utenforskap', to: 'frafall', type: 'causes' } as const;

  it('adds a signed link, creating the relation list when the document has none', () => {
    const bare = { ...start() };
    delete bare.relations;
    const result = accepted(applyEdit(bare, { type: 'add-relation', relation: { ...link, polarity: '-' } }));
    assert.deepEqual(result.patch, [{ op: 'add', path: '/relations', value: [{ ...link, polarity: '-' }] }]);
    assert.deepEqual(result.inverse, [{ op: 'remove', path: '/relations' }]);
  });

  it('refuses a causal link without a polarity', () => {
    const result = refused(applyEdit(start(), { type: 'add-relation', relation: link }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['causes-needs-polarity', '/relations/1']],
    );
  });

  it('refuses a link to an element that is not there', () => {
    const result = refused(applyEdit(start(), { type: 'add-relation', relation: { ...link, to: 'ghost', polarity: '+' } }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['unresolved-element', '/relations/1/to']],
    );
  });

  it('refuses a second link with the same ends and type', () => {
    const result = refused(
      applyEdit(start(), { type: 'add-relation', relation: { from: 'frafall', to: 'utenforskap', type: 'causes', polarity: '-' } }),
    );
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer, p.message.en]),
      [['edit-relation-exists', '/relations/0', 'There is already a causes relation from “frafall” to “utenforskap”.']],
    );
  });

  it('toggles a delay, marks the evidence and cites a source', () => {
    const ref = { from: 'frafall', to: 'utenforskap', type: 'causes' } as const;
    const result = accepted(
      applyEdit(start(), {
        type: 'update-relation',
        relation: ref,
        changes: { delay: true, evidence: 'stated', sources: ['halogen-2023'] },
      }),
    );
    assert.deepEqual(result.document.relations![0], { ...ref, polarity: '+', delay: true, evidence: 'stated', sources: ['halogen-2023'] });
  });

  it('refuses to cite a source the document does not list', () => {
    const ref = { from: 'frafall', to: 'utenforskap', type: 'causes' } as const;
    const result = refused(applyEdit(start(), { type: 'update-relation', relation: ref, changes: { sources: ['nowhere'] } }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['unresolved-source', '/relations/0/sources/0']],
    );
  });

  it('flips a polarity and removes a link', () => {
    const ref = { from: 'frafall', to: 'utenforskap', type: 'causes' } as const;
    const flipped = accepted(applyEdit(start(), { type: 'update-relation', relation: ref, changes: { polarity: '-' } }));
    assert.deepEqual(flipped.patch, [{ op: 'replace', path: '/relations/0/polarity', value: '-' }]);
    const removed = accepted(applyEdit(start(), { type: 'remove-relation', relation: ref }));
    assert.deepEqual(removed.document.relations, []);
    assert.deepEqual(removed.inverse, [{ op: 'add', path: '/relations/0', value: { ...ref, polarity: '+' } }]);
  });

  it('adds dated notes to an element and to a relation', () => {
    const note = { date: '2026-02-25', text: 'Sagt i dialogkonferansen', author: 'Gruppe 2' };
    const onElement = accepted(applyEdit(start(), { type: 'add-note', target: { element: 'nav' }, note }));
    assert.deepEqual(onElement.patch, [{ op: 'add', path: '/elements/2/notes', value: [note] }]);
    const ref = { from: 'frafall', to: 'utenforskap', type: 'causes' } as const;
    const twice = accepted(
      applyEdit(accepted(applyEdit(start(), { type: 'add-note', target: { relation: ref }, note })).document, {
        type: 'add-note',
        target: { relation: ref },
        note,
      }),
    );
    assert.deepEqual(twice.patch, [{ op: 'add', path: '/relations/0/notes/1', value: note }]);
  });

  it('refuses a note whose date is not a date', () => {
    const result = refused(applyEdit(start(), { type: 'add-note', target: { element: 'nav' }, note: { date: 'i går', text: 'x' } }));
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.pointer]),
      [['date-format', '/elements/2/notes/0/date']],
    );
  });

  it('finds the loop a link closes', () => {
    assert.equal(findLoops(normalize(start())).loops.length, 0);
    const result = accepted(applyEdit(start(), { type: 'add-relation', relation: { ...link, polarity: '-' } }));
    const { loops } = findLoops(normalize(result.document));
    assert.deepEqual(
      loops.map((loop) => [loop.members, loop.polarity]),
      [[['frafall', 'utenforskap'], 'B']],
    );
  });
});

describe('applyJsonPatch', () => {
  it('inverts move and copy as the remove and add they stand for', () => {
    const doc = deepFreeze({ a: [1, 2, 3], b: { c: 'x' } });
    const patch = [
      { op: 'move', from: '/a/0', path: '/a/2' },
      { op: 'copy', from: '/b/c', path: '/b/d' },
    ] as const;
    const { document, inverse } = applyJsonPatch(doc, patch);
    assert.deepEqual(document, { a: [2, 3, 1], b: { c: 'x', d: 'x' } });
    assert.deepEqual(applyJsonPatch(document, inverse).document, doc);
  });

  it('throws on an operation that does not apply, leaving the input as it was', () => {
    const doc = deepFreeze({ a: 1 });
    assert.throws(() => applyJsonPatch(doc, [{ op: 'remove', path: '/missing' }]));
    assert.deepEqual(doc, { a: 1 });
  });
});

describe('EditHistory', () => {
  it('undoes and redoes steps in order, and forgets the redo steps when a new step is recorded', () => {
    const history = new EditHistory();
    const first = accepted(applyEdit(start(), { type: 'update-element', id: 'nav', changes: { label: 'NAV Skien' } }));
    history.record(first);
    const second = accepted(applyEdit(first.document, { type: 'remove-element', id: 'frafall' }));
    history.record(second);
    const back = history.undo(second.document)!;
    assert.deepEqual(back.document, first.document);
    assert.deepEqual(history.undo(back.document)!.document, start());
    assert.equal(history.undo(start()), undefined);
    assert.deepEqual(history.redo(start())!.document, first.document);
    history.record(accepted(applyEdit(first.document, { type: 'remove-element', id: 'nav' })));
    assert.deepEqual(history.size, { undo: 2, redo: 0 });
    assert.equal(history.redo(first.document), undefined);
  });

  it('forgets the oldest steps beyond its limit', () => {
    const history = new EditHistory(2);
    for (const label of ['a', 'b', 'c']) history.record({ patch: [{ op: 'replace', path: '/title', value: label }], inverse: [] });
    assert.deepEqual(history.size, { undo: 2, redo: 0 });
  });
});

/** Random edits over the ids the document may hold, valid or not: refusals are part of what is tested. */
function editArbitrary(): fc.Arbitrary<Edit> {
  const id = fc.constantFrom('frafall', 'utenforskap', 'nav', 'mestring', 'helse', 'ghost');
  const kind = fc.constantFrom('factor', 'actor', 'goal');
  const layer = fc.constantFrom('events', 'patterns', 'myths', null);
  const polarity = fc.constantFrom('+', '-', undefined);
  const ref = fc.record({ from: id, to: id, type: fc.constantFrom('causes', 'collaborates') });
  return fc.oneof(
    fc.record({ type: fc.constant('add-element'), element: fc.record({ id, kind, label: fc.string({ minLength: 1, maxLength: 8 }) }) }),
    fc.record({
      type: fc.constant('update-element'),
      id,
      changes: fc.record(
        {
          label: fc.string({ maxLength: 8 }),
          layer,
          position: fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ type: fc.constant('remove-element'), id }),
    ref.chain((r) => polarity.map((p) => ({ type: 'add-relation' as const, relation: p ? { ...r, polarity: p } : r }))),
    fc.record({
      type: fc.constant('update-relation'),
      relation: ref,
      changes: fc.record({ delay: fc.boolean(), evidence: fc.constantFrom('stated', 'inferred') }, { requiredKeys: [] }),
    }),
    fc.record({ type: fc.constant('remove-relation'), relation: ref }),
    fc.record({
      type: fc.constant('add-note'),
      target: id.map((element) => ({ element })),
      note: fc.record({ date: fc.constantFrom('2026-02-25', '2026'), text: fc.string({ maxLength: 8 }) }),
    }),
  ) as fc.Arbitrary<Edit>;
}

describe('applyEdit: any sequence of edits', () => {
  it('keeps the document valid, undoes back to the start and redoes forward again (1,000 seeded sequences)', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary(), { maxLength: 12 }), (edits) => {
        const history = new EditHistory();
        const documents = [start()];
        for (const edit of edits) {
          const result = applyEdit(documents.at(-1)!, edit);
          if (!result.ok) continue;
          assert.equal(validate(result.document).valid, true);
          history.record(result);
          documents.push(deepFreeze(result.document));
        }
        let current = documents.at(-1)!;
        for (let i = documents.length - 2; i >= 0; i--) {
          current = deepFreeze(history.undo(current)!.document);
          assert.deepEqual(current, documents[i]);
        }
        for (let i = 1; i < documents.length; i++) {
          current = deepFreeze(history.redo(current)!.document);
          assert.deepEqual(current, documents[i]);
        }
      }),
      { numRuns: 1000, seed: 21 },
    );
  });
});
