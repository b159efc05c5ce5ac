/** Importers on small fixtures written from each format's specification, and round trips through GraphML and CSV. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  exportCsv,
  exportGexf,
  exportGraphml,
  exportKumu,
  formatReport,
  importCsv,
  importGexf,
  importGraphml,
  importKumu,
} from '../../packages/core/src/interchange/index.js';
import { validate } from '../../packages/core/src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/interchange/${name}`, import.meta.url), 'utf8');
const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), 'utf8'));

test('CSV actors and ties sheets: names become ids, unmapped columns go to extensions and the report', () => {
  const { document, report } = importCsv(fixture('actors.csv'), fixture('ties.csv'), { title: 'Telemark' });
  assert.deepEqual(document['elements'], [
    {
      id: 'Fylkeskommunen',
      label: 'Fylkeskommunen',
      kind: 'actor',
      level: 'regional',
      sector: 'public',
      extensions: { csv: { Kommune: 'Skien' } },
    },
    {
      id: 'Frivilligsentralen',
      label: 'Frivilligsentralen',
      kind: 'actor',
      level: 'local',
      sector: 'voluntary',
      extensions: { csv: { Kommune: 'Porsgrunn' } },
    },
    {
      id: 'los-ordningen-ungdom',
      label: 'Los-ordningen, ungdom',
      kind: 'initiative',
      level: 'local',
      sector: 'public',
      extensions: { csv: { Kommune: 'Skien' } },
    },
  ]);
  assert.deepEqual(document['relations'], [
    { from: 'Fylkeskommunen', to: 'los-ordningen-ungdom', type: 'funds', strength: 0.8, extensions: { csv: { Note: 'tilskudd 2024' } } },
    { from: 'Frivilligsentralen', to: 'los-ordningen-ungdom', type: 'participates' },
    { from: 'Fylkeskommunen', to: 'Frivilligsentralen', type: 'collaborates', extensions: { csv: { type: 'samarbeider' } } },
  ]);
  assert.deepEqual(formatReport(report), [
    'unmapped "Kommune" (3×): kept under extensions',
    'unmapped "Note" (1×): kept under extensions',
    'ids made from names where they were not valid ids (e.g. "Los-ordningen, ungdom" → "los-ordningen-ungdom")',
    'relation type "samarbeider" is not a Floke type: collaborates used',
  ]);
});

test('CSV factors and links sheets with + and −: causes links between factors, semicolons detected', () => {
  const { document } = importCsv(fixture('factors.csv'), fixture('links.csv'));
  assert.deepEqual(
    (document['elements'] as { id: string; kind: string }[]).map((e) => `${e.id}:${e.kind}`),
    ['dropout:factor', 'exclusion:factor', 'belonging:factor'],
  );
  assert.deepEqual(document['relations'], [
    { from: 'dropout', to: 'exclusion', type: 'causes', polarity: '+', delay: true },
    { from: 'exclusion', to: 'belonging', type: 'causes', polarity: '-' },
    { from: 'belonging', to: 'dropout', type: 'causes', polarity: '-' },
  ]);
  assert.equal(validate(document).valid, true);
});

test('GraphML from the primer: attr.name keys map to fields, color kept under extensions', () => {
  const { document, report } = importGraphml(fixture('sample.graphml'));
  assert.deepEqual(document['elements'], [
    { id: 'n0', label: 'Dropout', kind: 'factor', extensions: { graphml: { color: 'green' } } },
    { id: 'n1', label: 'Exclusion', kind: 'factor' },
    { id: 'n2', label: 'Belonging', kind: 'factor', extensions: { graphml: { color: 'blue' } } },
  ]);
  assert.deepEqual(document['relations'], [
    { id: 'e0', from: 'n0', to: 'n1', type: 'causes', polarity: '+', strength: 1 },
    { id: 'e1', from: 'n1', to: 'n2', type: 'causes', polarity: '-' },
    { id: 'e2', from: 'n2', to: 'n0', type: 'causes', polarity: '-', strength: 0.5 },
  ]);
  assert.deepEqual(report.unmapped, [
    { where: 'elements/0', field: 'color' },
    { where: 'elements/2', field: 'color' },
  ]);
  assert.equal(validate(document).valid, true);
});

test('GEXF from the primer: labels, attvalues by title, weights outside 0…1 kept', () => {
  const { document, report } = importGexf(fixture('sample.gexf'));
  assert.equal(document['title'], 'Samarbeid i Telemark');
  assert.deepEqual(document['elements'], [
    { id: '0', label: 'NAV', kind: 'actor', sector: 'public', extensions: { gexf: { modularity_class: '2' } } },
    { id: '1', label: 'Skolen', kind: 'actor', sector: 'public', extensions: { gexf: { modularity_class: '1' } } },
    { id: '2', label: 'Idrettslaget', kind: 'actor', sector: 'voluntary' },
  ]);
  assert.deepEqual(document['relations'], [
    { id: '0', from: '0', to: '1', type: 'collaborates', extensions: { gexf: { strength: '2' } } },
    { id: '1', from: '2', to: '1', type: 'collaborates', label: 'collaborates' },
  ]);
  assert.ok(report.notes.includes('weights outside 0…1 kept under extensions (Floke strength is 0…1)'));
});

test('Kumu blueprint, the documented import form: labels or ids as ends, types to kinds, signs to polarity', () => {
  // Written from docs.kumu.io "JSON / Blueprints": fields on the item, custom keys, ids for repeated labels, direction.
  const blueprint = JSON.parse(fixture('kumu-blueprint.json'));
  const { document, report } = importKumu({ ...blueprint, perspectives: [{ name: 'Default' }] });
  const elements = document['elements'] as Record<string, unknown>[];
  assert.deepEqual(
    elements.map((e) => `${e['id']} ${e['kind']} ${e['label']}`),
    [
      'fragmented-services factor Fragmented services',
      'information-sharing factor Information sharing',
      'Collaboration factor Collaboration',
      'e1 actor Youth club',
      'e2 factor Youth club',
    ],
  );
  assert.deepEqual(elements[0]!['tags'], ['structure']);
  assert.deepEqual(elements[2]!['extensions'], { kumu: { Owner: 'The municipality' } });
  assert.deepEqual(elements[4]!['extensions'], { kumu: { kind: 'Organisation' } });
  const relations = document['relations'] as Record<string, unknown>[];
  assert.deepEqual(
    relations.map((r) => `${r['from']} ${r['type']} ${r['polarity'] ?? ''} ${r['to']}`),
    [
      'fragmented-services causes - information-sharing',
      'information-sharing causes + Collaboration',
      'Collaboration causes - fragmented-services',
      'e1 collaborates  e2',
    ],
  );
  assert.equal(relations[3]!['id'], 'c1');
  assert.deepEqual(relations[3]!['extensions'], { kumu: { 'kumu direction': 'mutual', type: 'partners' } });
  assert.deepEqual(document['views'], {
    loops: { named: [{ label: 'R2 Siloen låser seg', members: ['fragmented-services', 'information-sharing', 'Collaboration'] }] },
  });
  assert.deepEqual(document['extensions'], { kumu: { perspectives: [{ name: 'Default' }] } });
  assert.deepEqual(
    report.unmapped.map((u) => `${u.where} ${u.field}`),
    ['elements/2 Owner', 'relations/0 kumu direction', 'relations/3 kumu direction', 'document perspectives'],
  );
  assert.equal(validate(document).valid, true);
});

test('Kumu blueprint, a project export: attributes, element and connection types, delays, loops by connections', () => {
  // The "Export JSON" backup form: `_id`, fields under `attributes`, connection ends by `_id`, loops as connections.
  const { document, report } = importKumu(JSON.parse(fixture('kumu-export.json')));
  assert.deepEqual(
    (document['elements'] as Record<string, unknown>[]).map((e) => `${e['id']} ${e['kind']} ${e['label']}`),
    ['elem-fragmented factor Fragmented services', 'elem-sharing factor Information sharing', 'elem-collaboration factor Collaboration'],
  );
  const relations = document['relations'] as Record<string, unknown>[];
  assert.deepEqual(relations[0], {
    id: 'conn-1',
    from: 'elem-fragmented',
    to: 'elem-sharing',
    polarity: '-',
    delay: true,
    label: 'weakens',
    type: 'causes',
    extensions: { kumu: { 'kumu direction': 'directed' } },
  });
  assert.deepEqual(
    relations.map((r) => `${r['id']} ${r['polarity']}`),
    ['conn-1 -', 'conn-2 +', 'conn-3 -'],
  );
  assert.deepEqual(document['views'], {
    loops: { named: [{ label: 'R2 Siloen låser seg', members: ['elem-fragmented', 'elem-sharing', 'elem-collaboration'] }] },
  });
  assert.deepEqual(document['extensions'], { kumu: { maps: [{ _id: 'map-1', name: 'System map' }] } });
  assert.deepEqual(
    report.unmapped.map((u) => `${u.where} ${u.field}`),
    ['elements/2 score', 'relations/0 kumu direction', 'relations/1 kumu direction', 'relations/2 kumu direction', 'document maps'],
  );
  assert.equal(validate(document).valid, true);
});

test('Kumu loop naming fewer than two known elements is kept under extensions and reported', () => {
  const { document, report } = importKumu({
    elements: [{ label: 'A' }, { label: 'B' }],
    connections: [{ from: 'A', to: 'B', type: '+' }],
    loops: [{ label: 'Lost', elements: ['A', 'Nowhere'] }],
  });
  assert.equal(document['views'], undefined);
  assert.deepEqual(document['extensions'], { kumu: { loops: [{ label: 'Lost', elements: ['A', 'Nowhere'] }] } });
  assert.ok(report.notes.includes('loop 1 "Lost" names fewer than two known elements: kept under extensions'));
});

for (const name of ['minimal', 'telemark-agder']) {
  test(`${name}: Floke → GraphML → Floke keeps the whole document`, () => {
    const original = example(name);
    const { document, report } = importGraphml(exportGraphml(original).text);
    assert.deepEqual(document, original);
    assert.deepEqual(report.unmapped, []);
  });

  test(`${name}: Floke → CSV → Floke keeps every element and relation; document fields are listed as lost`, () => {
    const original = example(name);
    const sheets = exportCsv(original);
    const { document } = importCsv(sheets.elements, sheets.relations);
    assert.deepEqual(document['elements'], original.elements);
    assert.deepEqual(document['relations'], original.relations);
    assert.ok(sheets.lost.some((line) => line.startsWith('document field "title"')));
  });

  test(`${name}: Floke → GEXF → Floke keeps every element and relation`, () => {
    const original = example(name);
    const fromGexf = importGexf(exportGexf(original).text).document;
    assert.deepEqual(fromGexf['elements'], original.elements);
    // GEXF requires edge ids: relations without one get e0, e1, … (reported by the exporter).
    const withoutMadeIds = (fromGexf['relations'] as Record<string, unknown>[]).map((r, i) => {
      if (original.relations[i].id !== undefined) return r;
      const { id, ...rest } = r;
      assert.equal(id, `e${i}`);
      return rest;
    });
    assert.deepEqual(withoutMadeIds, original.relations);
  });

  test(`${name}: Floke → Kumu → Floke keeps every element, relation, polarity and named loop`, () => {
    const original = example(name);
    const { document } = importKumu(exportKumu(original).blueprint);
    const elementKey = (e: Record<string, unknown>) => `${e['id']} ${e['kind']} ${JSON.stringify(e['label'])}`;
    assert.deepEqual((document['elements'] as Record<string, unknown>[]).map(elementKey), original.elements.map(elementKey));
    const relationKey = (r: Record<string, unknown>) => `${r['id'] ?? ''} ${r['from']} ${r['type']} ${r['polarity'] ?? ''} ${r['to']}`;
    const relations = (document['relations'] as Record<string, unknown>[]).map((r) => ({
      ...r,
      // The Floke type of a signed relation comes back from `floke-type` (kept under extensions).
      type: ((r['extensions'] as Record<string, Record<string, string>> | undefined)?.['kumu']?.['floke-type'] ?? r['type']) as string,
    }));
    assert.deepEqual(relations.map(relationKey), original.relations.map(relationKey));
    assert.deepEqual(
      ((document['views'] as Record<string, Record<string, unknown>> | undefined)?.['loops']?.['named'] as unknown[] | undefined)?.length ??
        0,
      original.views?.loops?.named?.length ?? 0,
    );
  });
}
