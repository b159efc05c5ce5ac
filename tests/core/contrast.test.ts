import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLOR_SCHEMES, CONTRAST_REQUIREMENTS, PALETTES, contrastRatio } from '../../packages/core/src/index.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#fff', '#fff'), 1);
    assert.ok(Math.abs(contrastRatio('#767676', '#ffffff') - 4.54) < 0.01);
  });
});

describe('the colours views draw with', () => {
  for (const scheme of COLOR_SCHEMES) {
    for (const [foreground, background, minimum] of CONTRAST_REQUIREMENTS) {
      it(`${scheme}: ${foreground} on ${background} reaches ${minimum}:1`, () => {
        const palette = PALETTES[scheme];
        const ratio = contrastRatio(palette[foreground], palette[background]);
        assert.ok(ratio >= minimum, `${ratio.toFixed(2)}:1`);
      });
    }
  }
});
