import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatByteSize } from '../../packages/elements/src/base/byte-size.js';

describe('formatByteSize (the limit a too-large document is refused at)', () => {
  it('says bytes below 1 KB, so max-bytes="1000" is not "0 MB"', () => {
    assert.equal(formatByteSize(1000), '1,000 bytes');
    assert.equal(formatByteSize(100), '100 bytes');
  });
  it('says KB below 1 MB and MB above, with at most one decimal', () => {
    assert.equal(formatByteSize(1024), '1 KB');
    assert.equal(formatByteSize(200 * 1024 + 100), '200.1 KB');
    assert.equal(formatByteSize(5 * 1024 * 1024), '5 MB');
    assert.equal(formatByteSize(1.25 * 1024 * 1024), '1.3 MB');
  });
});
