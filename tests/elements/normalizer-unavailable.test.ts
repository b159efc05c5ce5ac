/**
 * Issue #17, size: when the normalizer's chunk cannot load (a host that copied the bundle without its chunks, a
 * network error), the view does not draw the document unvalidated: it reports `fetch-failed` for `normalizer.js` and
 * tries again with the next document. Its own page, so the chunk has not been loaded by another test.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './lit-dev-warnings.js';
import '../../packages/elements/dist/iceberg.js';
import type { FlokeIceberg } from '../../packages/elements/src/iceberg.js';
import { MINIMAL, loadJson } from './view-helpers.js';

describe('a view whose normalizer cannot load', () => {
  let el: FlokeIceberg;
  const errors: string[][] = [];
  before(async () => {
    await executeServerCommand('floke-block-urls', ['*/normalizer.js*']);
    el = document.createElement('floke-iceberg') as FlokeIceberg;
    el.addEventListener('floke-error', (event) => errors.push(event.detail.problems.map((p) => `${p.code} ${p.params.url}`)));
    document.body.append(el);
  });
  after(async () => {
    await executeServerCommand('floke-block-urls', []);
    el.remove();
  });

  it('reports fetch-failed for normalizer.js and draws no model', async () => {
    el.data = await loadJson(MINIMAL);
    await el.updateComplete;
    expect(el.model).to.equal(undefined);
    expect(el.problems.map((p) => `${p.code} ${p.params.url}`)).to.deep.equal(['fetch-failed normalizer.js']);
    expect(errors).to.deep.equal([['fetch-failed normalizer.js']]);
  });

  it('loads it with the next document once the chunk is reachable again', async () => {
    await executeServerCommand('floke-block-urls', []);
    el.data = await loadJson(MINIMAL);
    await el.updateComplete;
    expect(el.model?.problems).to.deep.equal([]);
    expect(el.problems).to.deep.equal([]);
  });
});
