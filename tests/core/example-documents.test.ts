import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize, validate } from '../../packages/core/src/index.js';
import { exampleDocuments, readJson } from './helpers.js';

type Json = Record<string, any>;

/** The ids a `sources` list cites, in either form: an id, or `{source, locator}`. */
const citedIds = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).map((entry) => (typeof entry === 'string' ? entry : (entry as { source: string }).source));

const gallery = readJson<{ file: string }[]>('examples/data/index.json').map((entry) => `examples/data/${entry.file}`);

describe('example documents', () => {
  it('are all listed in the gallery and in the test helpers', () => {
    assert.deepEqual([...exampleDocuments].sort(), [...gallery].sort());
  });

  it('say who works on what: initiatives and actors address factors and goals, as the seeds state', () => {
    const count = (path: string) => (readJson<Json>(path).relations as Json[]).filter((r) => r.type === 'addresses').length;
    assert.deepEqual(
      gallery.map((path) => [path, count(path)]),
      [
        ['examples/data/telemark-agder.json', 27],
        ['examples/data/telemark-agder-2024-01.json', 20],
        ['examples/data/sammen-mot.json', 5],
        ['examples/data/minimal.json', 0],
      ],
    );
  });

  for (const path of gallery) {
    const document = readJson<Json>(path);

    it(`${path} validates with no problem at all`, () => {
      assert.deepEqual(validate(document).problems, []);
      assert.deepEqual(normalize(document).excluded, []);
    });

    // A document that names sources makes claims about the world: each must be traceable to one.
    if (!Array.isArray(document.sources) || document.sources.length === 0) continue;
    const sourceIds = new Set((document.sources as Json[]).map((s) => s.id as string));

    it(`${path}: every relation has at least one source`, () => {
      const unsourced = (document.relations as Json[])
        .filter((r) => citedIds(r.sources).length === 0)
        .map((r) => `${r.from} -${r.type}-> ${r.to}`);
      assert.deepEqual(unsourced, []);
    });

    it(`${path}: every element with a date or a period has a source`, () => {
      const undatedClaims = (document.elements as Json[])
        .filter((e) => (e.date !== undefined || e.period !== undefined) && citedIds(e.sources).length === 0)
        .map((e) => e.id as string);
      assert.deepEqual(undatedClaims, []);
    });

    it(`${path}: every source id resolves, in every form it is cited`, () => {
      const cited = [
        ...(document.elements as Json[]).flatMap((e) => citedIds(e.sources)),
        ...((document.relations ?? []) as Json[]).flatMap((r) => citedIds(r.sources)),
        ...((document.indicators ?? []) as Json[]).flatMap((i) => (i.source ? [i.source as string] : [])),
      ];
      assert.deepEqual(
        cited.filter((id) => !sourceIds.has(id)),
        [],
      );
    });

    it(`${path}: every causal link cites a place in a source, and says whether it is stated or inferred`, () => {
      const bare = (document.relations as Json[])
        .filter((r) => r.type === 'causes')
        .filter((r) => !(r.sources as unknown[]).some((s) => typeof s === 'object') || !['stated', 'inferred'].includes(r.evidence))
        .map((r) => `${r.from} -> ${r.to}`);
      assert.deepEqual(bare, []);
    });

    it(`${path}: every addresses relation quotes the line of a source it rests on`, () => {
      const unlocated = (document.relations as Json[])
        .filter((r) => r.type === 'addresses')
        .filter((r) => !(r.sources as unknown[]).some((s) => typeof s === 'object' && /^l\. \d+(–\d+)?: «.+»$/.test((s as Json).locator)))
        .map((r) => `${r.from} -> ${r.to}`);
      assert.deepEqual(unlocated, []);
    });

    it(`${path}: every source is cited somewhere`, () => {
      const cited = new Set([
        ...(document.elements as Json[]).flatMap((e) => citedIds(e.sources)),
        ...((document.relations ?? []) as Json[]).flatMap((r) => citedIds(r.sources)),
        ...((document.indicators ?? []) as Json[]).flatMap((i) => (i.source ? [i.source as string] : [])),
      ]);
      assert.deepEqual(
        [...sourceIds].filter((id) => !cited.has(id)),
        [],
      );
    });
  }
});
