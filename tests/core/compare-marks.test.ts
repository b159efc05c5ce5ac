import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  changeBadgeMarkup,
  combineTrends,
  elementProgress,
  ghostMarkup,
  horizonsGhosts,
  icebergGhosts,
  layoutHorizons,
  layoutIceberg,
  normalize,
  placeGhosts,
  progressBadgeMarkup,
  progressMarks,
  type Ghost,
} from '../../packages/core/src/index.js';
import { placeClear } from '../../packages/core/src/geometry/place-clear.js';
import { readJson } from './helpers.js';

const ghost = (id: string, x: number, y: number): Ghost => ({
  id,
  kind: 'factor',
  lines: ['Frafall'],
  x,
  y,
  width: 40,
  height: 20,
  fontSize: 12,
  lineHeight: 15,
});

describe('placeClear', () => {
  const bounds = { left: 0, top: 0, right: 200, bottom: 200 };

  it('keeps a box where it is when nothing is there', () => {
    assert.deepEqual(placeClear({ x: 50, y: 50, width: 20, height: 10 }, [], bounds), { x: 50, y: 50, width: 20, height: 10 });
  });

  it('moves a box off an obstacle to the nearest free place, straight down before sideways', () => {
    const obstacle = { x: 50, y: 50, width: 40, height: 20 };
    assert.deepEqual(placeClear({ x: 50, y: 50, width: 20, height: 10 }, [obstacle], bounds, { gap: 0, step: 5 }), {
      x: 50,
      y: 65,
      width: 20,
      height: 10,
    });
  });

  it('brings a box from outside its bounds to the nearest place inside', () => {
    assert.deepEqual(placeClear({ x: 250, y: 50, width: 20, height: 10 }, [], bounds), { x: 190, y: 50, width: 20, height: 10 });
  });

  it('gives up when no place within reach is free', () => {
    const wall = { x: 100, y: 100, width: 400, height: 400 };
    assert.equal(placeClear({ x: 50, y: 50, width: 20, height: 10 }, [wall], bounds), undefined);
  });
});

describe('placeGhosts', () => {
  it('keeps ghosts off the drawn marks and off each other (their «borte» pills included), in order', () => {
    const placed = placeGhosts([ghost('a', 50, 50), ghost('b', 50, 50)], [], () => ({ left: 0, top: 0, right: 200, bottom: 200 }));
    assert.deepEqual(
      placed.map((g) => [g.id, g.x, g.y]),
      [
        ['a', 50, 50],
        ['b', 50, 98],
      ],
    );
  });
});

describe('progress marks', () => {
  it('combines several indicators: a conflict is mixed, else the most telling trend', () => {
    assert.deepEqual(
      [
        combineTrends(['toward-target', 'wrong-way']),
        combineTrends(['too-few', 'wrong-way']),
        combineTrends(['too-few', 'toward-target']),
        combineTrends(['too-few']),
        combineTrends([]),
      ],
      ['mixed', 'wrong-way', 'toward-target', 'too-few', undefined],
    );
  });

  it('badges every element of the example with indicators as having too few measurements to tell', async () => {
    const model = normalize(await readJson('examples/data/telemark-agder.json'));
    assert.deepEqual(Object.fromEntries(progressMarks(model)), {
      utenforskap: 'too-few',
      'psykisk-uhelse': 'too-few',
      samfunnskostnad: 'too-few',
      'ev-foreldre-tilpasser-jobb': 'too-few',
      'h1-neet-2022': 'too-few',
      'h3-psykiske-plager': 'too-few',
      'h3-delmal-1-7': 'too-few',
    });
    const progress = elementProgress(model, 'utenforskap', 'nb')!;
    assert.deepEqual(
      [progress.markText, progress.indicators.map((p) => p.indicator.id)],
      ['for få målinger til å si noe', ['neet-andel', 'neet-antall']],
    );
    assert.equal(elementProgress(model, 'frafall', 'nb'), undefined);
  });
});

describe('compare marks markup', () => {
  it('draws a new badge as a pill with its word, a changed one as a square Δ, a gone one as a pill with its word', () => {
    assert.equal(
      changeBadgeMarkup('a', 'new', 10, 20, 'ny'),
      '<g class="change-badge new" part="change-badge" data-for="a" data-change="new" transform="translate(10,20)" aria-hidden="true"><rect class="pill" x="-13" y="-9" width="26" height="18" rx="9"/><text dy="0.35em" text-anchor="middle">ny</text></g>',
    );
    assert.equal(
      changeBadgeMarkup('a', 'changed', 10, 20, 'ny'),
      '<g class="change-badge changed" part="change-badge" data-for="a" data-change="changed" transform="translate(10,20)" aria-hidden="true"><rect x="-9" y="-9" width="18" height="18" rx="2"/><text dy="0.35em" text-anchor="middle">Δ</text></g>',
    );
    assert.match(changeBadgeMarkup('a', 'gone', 0, 0, 'borte'), /data-change="gone".*<rect class="pill".*>borte<\/text>/);
  });

  it('draws a progress badge by shape and arrow', () => {
    assert.equal(
      progressBadgeMarkup('a', 'wrong-way', 1, 2),
      '<g class="progress-badge wrong-way" part="progress-badge" data-for="a" data-progress="wrong-way" transform="translate(1,2)" aria-hidden="true"><path d="M0,-11L11,0L0,11L-11,0Z"/><text dy="0.35em" text-anchor="middle">↘</text></g>',
    );
  });

  it('draws a ghost as a button with its name, escaped', () => {
    assert.equal(
      ghostMarkup({ ...ghost('a', 30, 20), lines: ['A & B'] }, { label: 'Faktor A & B, borte', selected: false }),
      '<g class="ghost kind-factor" part="ghost" role="button" data-id="a" data-change="gone" aria-pressed="false" aria-label="Faktor A &amp; B, borte" transform="translate(10,10)"><rect class="ghost-box" width="40" height="20" rx="4"/><text class="ghost-label" font-size="12" aria-hidden="true"><tspan x="20" y="10" dy="0.35em" text-anchor="middle">A &amp; B</tspan></text></g>',
    );
  });
});

describe('ghosts of gone elements', () => {
  const gone = ['fragmentering', 'prosjektdod', 'h2-oppstartskonferanse'];
  const versions = async () => {
    const earlier = normalize(await readJson('examples/data/telemark-agder-2024-01.json'));
    const doc = (await readJson('examples/data/telemark-agder.json')) as {
      elements: { id: string }[];
      relations: { from: string; to: string }[];
    };
    doc.elements = doc.elements.filter((e) => !gone.includes(e.id));
    doc.relations = doc.relations.filter((r) => !gone.includes(r.from) && !gone.includes(r.to));
    return { earlier, later: normalize(doc) };
  };
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

  it('iceberg: each gone chip in its layer, clear of every drawn chip', async () => {
    const { earlier, later } = await versions();
    const before = layoutIceberg(earlier, { width: 1200 });
    const after = layoutIceberg(later, { width: 1200 });
    const ghosts = icebergGhosts(before, after, gone);
    assert.deepEqual(
      ghosts.map((g) => g.id),
      ['prosjektdod', 'fragmentering'],
    );
    for (const g of ghosts) {
      const band = after.bands.find((b) => b.id === before.chips.find((c) => c.id === g.id)!.layer)!;
      assert.ok(g.y - g.height / 2 >= band.top && g.y + g.height / 2 <= band.bottom, `${g.id} in its layer`);
      assert.deepEqual(
        after.chips.filter((c) => overlaps(g, c)).map((c) => c.id),
        [],
      );
    }
  });

  it('horizons: the gone marker near where it was, clear of markers and labels', async () => {
    const { earlier, later } = await versions();
    const before = layoutHorizons(earlier, { width: 1200 });
    const after = layoutHorizons(later, { width: 1200 });
    const [g] = horizonsGhosts(before, after, gone);
    assert.equal(g?.id, 'h2-oppstartskonferanse');
    const marks = after.elements.map((e) => ({ x: e.mark.x, y: e.mark.y, width: 16, height: 16 }));
    const labels = after.elements.filter((e) => e.labelled).map((e) => e.labelBox);
    assert.deepEqual(
      [...marks, ...labels].filter((box) => overlaps(g!, box)),
      [],
    );
  });
});
