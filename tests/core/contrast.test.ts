import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLOR_SCHEMES, INITIATIVE_COLORS, PALETTES, SECTOR_COLORS, SECTOR_SHAPES } from '../../packages/core/src/index.js';
import { blendColors, contrastRatio, minimumAlpha } from '../../packages/core/src/color/contrast.js';
import { CONTRAST_REQUIREMENTS } from '../../packages/core/src/color/palette.js';

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

describe('the sector colours of the actor network', () => {
  for (const scheme of COLOR_SCHEMES) {
    for (const [sector, color] of Object.entries(SECTOR_COLORS[scheme])) {
      for (const background of ['background', 'surface'] as const) {
        it(`${scheme}: ${sector} reaches 3:1 on ${background}`, () => {
          const ratio = contrastRatio(color, PALETTES[scheme][background]);
          assert.ok(ratio >= 3, `${ratio.toFixed(2)}:1`);
        });
      }
    }
  }

  it('gives every sector its own shape, so colour is never the only cue', () => {
    assert.equal(new Set(Object.values(SECTOR_SHAPES)).size, Object.keys(SECTOR_SHAPES).length);
  });
});

describe('translucent lines', () => {
  it('blends a colour over a background by its opacity', () => {
    assert.equal(blendColors('#000000', '#ffffff', 0), '#ffffff');
    assert.equal(blendColors('#000000', '#ffffff', 1), '#000000');
    assert.equal(blendColors('#000000', '#ffffff', 0.5), '#808080');
  });

  it('finds the least opacity at which a line reaches 3:1', () => {
    for (const scheme of COLOR_SCHEMES) {
      const { textSubtle, background } = PALETTES[scheme];
      const alpha = minimumAlpha(textSubtle, background, 3);
      assert.ok(contrastRatio(blendColors(textSubtle, background, alpha), background) >= 3, `${scheme} at ${alpha}`);
      assert.ok(contrastRatio(blendColors(textSubtle, background, alpha - 0.02), background) < 3, `${scheme} below ${alpha}`);
    }
    assert.equal(minimumAlpha('#4d5b6e', '#ffffff', 3), 0.65);
  });

  it('is opaque when even the opaque colour falls short', () => {
    assert.equal(minimumAlpha('#eeeeee', '#ffffff', 3), 1);
  });
});

describe('initiatives in a two-mode network', () => {
  it('are outlined at 3:1 or more on the background and the surface, in both schemes', () => {
    for (const scheme of COLOR_SCHEMES)
      for (const ground of ['background', 'surface'] as const)
        assert.ok(contrastRatio(INITIATIVE_COLORS[scheme], PALETTES[scheme][ground]) >= 3, `${scheme} on ${ground}`);
  });
});
