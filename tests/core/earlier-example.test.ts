import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import { diff } from '../../packages/core/src/diff/index.js';
import { CUTOFF, EARLY_INDICATORS, EARLY_SOURCES, earlierVersion, withEarlierVersion } from '../../scripts/earlier-example.js';
import { materializeVersion } from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

type Json = Record<string, any>;

const today = readJson<Json>('examples/data/telemark-agder.json');
const january = readJson<Json>('examples/data/telemark-agder-2024-01.json');
const cited = (entry: Json | string) => (typeof entry === 'string' ? entry : entry.source);

describe('the January 2024 version of the Telemark example', () => {
  it("is exactly what scripts/earlier-example.ts derives from today's map: nothing written by hand", () => {
    assert.deepEqual(january, earlierVersion(today));
  });

  it("is today's map's version 2024-01, a patch the script wrote, that makes exactly that map", () => {
    assert.deepEqual(today, withEarlierVersion(today));
    const version = materializeVersion(today, '2024-01');
    assert.ok(version.ok);
    assert.deepEqual(version.document, january);
  });

  it('cites only the two sources that existed on 18 January 2024, each with the line it rests on', () => {
    const citations = [...january.elements, ...january.relations].flatMap((item: Json) => item.sources as Json[]);
    assert.deepEqual([...new Set(citations.map(cited))].sort(), [...EARLY_SOURCES].sort());
    assert.deepEqual(
      citations.filter((entry) => typeof entry === 'string' || !/^l\. \d/.test(entry.locator)),
      [],
    );
  });

  it('keeps no note dated after the meeting, and marks what started after it as planned', () => {
    const notes = january.elements.flatMap((e: Json) => (e.notes ?? []).map((n: Json) => n.date));
    assert.deepEqual(
      notes.filter((date: string) => date > CUTOFF),
      [],
    );
    const later = january.elements.filter((e: Json) => e.kind !== 'goal' && (e.date ?? e.period?.start ?? '') > CUTOFF);
    assert.deepEqual(
      later.filter((e: Json) => e.planned !== true).map((e: Json) => e.id),
      [],
    );
  });

  it('has only the figures the meeting stated, measured by then', () => {
    assert.deepEqual(
      january.indicators.map((i: Json) => [i.id, i.series]),
      EARLY_INDICATORS.map((id) => [id, today.indicators.find((i: Json) => i.id === id).series]),
    );
  });

  it('compared with today: only additions of elements, and loops that appeared, none broken', () => {
    const result = diff(normalize(january), normalize(today));
    assert.deepEqual([result.elements.added.length, result.elements.removed.length, result.elements.changed.length], [81, 0, 48]);
    assert.deepEqual([result.loops.appeared.length, result.loops.broke.length, result.loops.changed.length], [10, 0, 0]);
  });
});
