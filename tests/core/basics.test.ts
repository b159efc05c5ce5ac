import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decimalYearAtEndOf,
  decimalYearOf,
  parsePartialDate,
  parsePointer,
  pickText,
  pointerOf,
  resolveUiLanguage,
  valueAtPointer,
} from '../../packages/core/src/index.js';

describe('JSON pointers (RFC 6901)', () => {
  it('escapes ~ and / in tokens and reads them back', () => {
    const pointer = pointerOf('extensions', 'a/b', 'c~d', 0);
    assert.equal(pointer, '/extensions/a~1b/c~0d/0');
    assert.deepEqual(parsePointer(pointer), ['extensions', 'a/b', 'c~d', '0']);
  });
  it('finds values and answers undefined for paths that do not exist', () => {
    const doc = { a: [{ 'x/y': 1 }] };
    assert.equal(valueAtPointer(doc, '/a/0/x~1y'), 1);
    assert.equal(valueAtPointer(doc, '/a/1'), undefined);
    assert.equal(valueAtPointer(doc, ''), doc);
  });
});

describe('partial dates', () => {
  it('accepts years, months and days that exist', () => {
    assert.deepEqual(parsePartialDate('2026'), { year: 2026 });
    assert.deepEqual(parsePartialDate('2026-03'), { year: 2026, month: 3 });
    assert.deepEqual(parsePartialDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  });
  it('rejects days and months that do not exist', () => {
    for (const text of ['2023-02-29', '2026-13', '2026-00', '2026-04-31', '26', '2026-3'])
      assert.equal(parsePartialDate(text), undefined, text);
  });
  it('places dates of any precision on one axis', () => {
    assert.equal(decimalYearOf('2026'), 2026);
    assert.ok(Math.abs(decimalYearOf('2026-07')! - 2026.4959) < 1e-3);
    assert.equal(decimalYearAtEndOf('2021'), 2022);
    assert.equal(decimalYearAtEndOf('2021-12'), 2022);
  });
  it('ends a day exactly where the next day starts, across months, leap days and years', () => {
    assert.equal(decimalYearAtEndOf('2024-12-31'), 2025);
    assert.equal(decimalYearAtEndOf('2024-02-28'), decimalYearOf('2024-02-29'));
    assert.equal(decimalYearAtEndOf('2023-02-28'), decimalYearOf('2023-03-01'));
    assert.equal(decimalYearAtEndOf('2026-03-04'), decimalYearOf('2026-03-05'));
  });
});

describe('languages', () => {
  it('maps BCP 47 tags to a UI language', () => {
    assert.equal(resolveUiLanguage('nn-NO'), 'nn');
    assert.equal(resolveUiLanguage('no'), 'nb');
    assert.equal(resolveUiLanguage('en-GB'), 'en');
    assert.equal(resolveUiLanguage('se'), 'nb');
    assert.equal(resolveUiLanguage(undefined, 'en'), 'en');
  });
  it('picks the text in the wanted language, then a Norwegian sibling, then the document language', () => {
    assert.equal(pickText({ nb: 'Hei', en: 'Hi' }, 'en-GB', 'nb'), 'Hi');
    assert.equal(pickText({ nb: 'Bokmål', en: 'English' }, 'nn', 'en'), 'Bokmål');
    assert.equal(pickText({ en: 'English', de: 'Deutsch' }, 'nn', 'de'), 'Deutsch');
    assert.equal(pickText({}, 'nb', 'nb'), undefined);
  });
});
