/**
 * Issue #17, size: normalizing (the schema validator, the semantic checks and their messages) is a chunk of its own,
 * loaded the first time a raw document arrives. A view handed a normalized `model` never loads it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { normalize } from '@floke/core';
import './lit-dev-warnings.js';
import '../../packages/elements/dist/iceberg.js';
import type { FlokeIceberg } from '../../packages/elements/src/iceberg.js';
import { MINIMAL, loadJson } from './view-helpers.js';

// The unbundled modules of the test page alone pass the default 250 entries, after which the browser records none.
performance.setResourceTimingBufferSize(100_000);
// The built module the elements use (a path in a variable: the types come from the sources, typecheck needs no dist).
const LAZY_NORMALIZE = '../../packages/elements/dist/base/lazy-normalize.js';
const { loadedNormalize } = (await import(LAZY_NORMALIZE)) as typeof import('../../packages/elements/src/base/lazy-normalize.js');
const requested = (file: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(file));

describe('the normalizer chunk', () => {
  let el: FlokeIceberg;
  after(() => el.remove());

  it('is not loaded by a view handed a normalized model', async () => {
    el = document.createElement('floke-iceberg') as FlokeIceberg;
    el.model = normalize(await loadJson(MINIMAL), { lang: 'en' });
    document.body.append(el);
    await waitUntil(() => el.layout !== undefined);
    expect(requested('/elements/dist/base/normalizer.js')).to.equal(false);
    expect(loadedNormalize()).to.equal(undefined);
  });

  it('is loaded when a raw document arrives, and the document is validated before updateComplete resolves', async () => {
    el.data = { floke: '1.0', title: 'x', elements: [{ id: 'a', kind: 'factor', label: 'A', layer: 'nowhere' }] };
    await el.updateComplete;
    expect(requested('/elements/dist/base/normalizer.js')).to.equal(true);
    expect(loadedNormalize()).to.equal(normalize);
    expect(el.model!.problems.map(({ code, pointer }) => `${code} ${pointer}`)).to.deep.equal(['unknown-layer /elements/0/layer']);
  });
});
