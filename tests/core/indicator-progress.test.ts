import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indicatorProgress, normalize, type NormalizedIndicator } from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

/** An indicator as a document would give it (illustrative values, not from the seeds). */
function indicator(series: { date: string; value: number; target?: boolean }[], extra: Record<string, unknown> = {}): NormalizedIndicator {
  const model = normalize({
    floke: '1.1',
    title: 'Indicators',
    elements: [],
    indicators: [{ id: 'share', label: 'Andelen', unit: '%', better: 'down', series, ...extra }],
  });
  return model.indicators[0]!;
}

const falling = () =>
  indicator([
    { date: '2034', value: 7, target: true },
    { date: '2022', value: 9.7 },
    { date: '2024-03', value: 9.1 },
  ]);

describe('indicatorProgress', () => {
  it('keeps the latest measurement and the target apart, whatever order the series is in', () => {
    const progress = indicatorProgress(falling(), 'nb');
    assert.deepEqual(
      [progress.first, progress.latest, progress.target],
      [
        { date: '2022', value: 9.7 },
        { date: '2024-03', value: 9.1 },
        { date: '2034', value: 7 },
      ],
    );
    assert.deepEqual(progress.measurements.length, 2);
    assert.deepEqual(progress.targets, [{ date: '2034', value: 7 }]);
  });

  it('says in nb, nn and en where it went and what the target is, numbers and dates as each language writes them', () => {
    const sentences = (['nb', 'nn', 'en'] as const).map((lang) => indicatorProgress(falling(), lang).sentence);
    assert.deepEqual(sentences, [
      'Andelen gikk ned fra 9,7\u00a0% i 2022 til 9,1\u00a0% i mars 2024; målet for 2034 er 7\u00a0%.',
      'Andelen gjekk ned frå 9,7\u00a0% i 2022 til 9,1\u00a0% i mars 2024; målet for 2034 er 7\u00a0%.',
      'Andelen fell from 9.7% in 2022 to 9.1% in March 2024; the target for 2034 is 7%.',
    ]);
  });

  it('judges the trend against the better direction', () => {
    const trend = (better: 'up' | 'down', lang: 'nb' | 'nn' | 'en') => {
      const p = indicatorProgress(
        indicator(
          [
            { date: '2022', value: 9.7 },
            { date: '2024', value: 9.1 },
          ],
          { better },
        ),
        lang,
      );
      return [p.trend, p.trendText, p.betterText];
    };
    assert.deepEqual(trend('down', 'nb'), ['toward-target', 'på vei mot målet', 'lavere er bedre']);
    assert.deepEqual(trend('up', 'nb'), ['wrong-way', 'går feil vei', 'høyere er bedre']);
    assert.deepEqual(trend('up', 'nn'), ['wrong-way', 'går feil veg', 'høgare er betre']);
    assert.deepEqual(trend('down', 'en'), ['toward-target', 'heading for the target', 'lower is better']);
  });

  it('says when there are too few measurements to tell, as for the NEET share in the Telemark example', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const neet = model.indicators.find((i) => i.id === 'neet-andel')!;
    const sentences = (['nb', 'nn', 'en'] as const).map((lang) => indicatorProgress(neet, lang));
    assert.deepEqual(
      sentences.map((p) => [p.trend, p.trendText, p.sentence]),
      [
        [
          'too-few',
          'for få målinger til å si noe',
          'Andel unge 15–29 år utenfor arbeid, utdanning og opplæring var 9,7\u00a0% i 2022. For få målinger til å si noe.',
        ],
        [
          'too-few',
          'for få målingar til å seie noko',
          'Andel unge 15–29 år utenfor arbeid, utdanning og opplæring var 9,7\u00a0% i 2022. For få målingar til å seie noko.',
        ],
        [
          'too-few',
          'too few measurements to tell',
          'Andel unge 15–29 år utenfor arbeid, utdanning og opplæring was 9.7% in 2022. Too few measurements to tell.',
        ],
      ],
    );
  });

  it('never calls a target the latest value: an indicator with only a target is not measured yet', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const plager = indicatorProgress(
      model.indicators.find((i) => i.id === 'psykiske-plager')!,
      'nb',
    );
    assert.equal(plager.latest, undefined);
    assert.deepEqual(plager.target, { date: '2034', value: -25 });
    assert.equal(plager.sentence, 'Selvrapporterte psykiske plager, endring er ikke målt ennå; målet for 2034 er −25\u00a0%.');
  });

  it('takes the better direction from the target when the indicator does not give one', () => {
    const p = indicatorProgress(
      indicator(
        [
          { date: '2020', value: 50 },
          { date: '2023', value: 60 },
          { date: '2030', value: 80, target: true },
        ],
        { better: undefined, unit: 'personer' },
      ),
      'en',
    );
    assert.deepEqual(
      [p.better, p.trend, p.sentence],
      [
        'up',
        'toward-target',
        'Andelen rose from 50\u00a0personer in 2020 to 60\u00a0personer in 2023; the target for 2030 is 80\u00a0personer.',
      ],
    );
  });

  it('says a value stayed the same, and that no direction is known without better or a target', () => {
    const same = indicatorProgress(
      indicator([
        { date: '2020', value: 5 },
        { date: '2021', value: 5 },
      ]),
      'nb',
    );
    assert.deepEqual([same.trend, same.sentence], ['unchanged', 'Andelen var uendret på 5\u00a0% fra 2020 til 2021.']);
    const unknown = indicatorProgress(
      indicator(
        [
          { date: '2020', value: 5 },
          { date: '2021', value: 6 },
        ],
        { better: undefined },
      ),
      'nb',
    );
    assert.deepEqual([unknown.trend, unknown.trendText], ['no-direction', 'ukjent hvilken retning som er bedre']);
  });

  it('names the next target after the latest measurement, not a past one', () => {
    const p = indicatorProgress(
      indicator([
        { date: '2020', value: 10, target: true },
        { date: '2022', value: 9.7 },
        { date: '2030', value: 8, target: true },
        { date: '2034', value: 7, target: true },
      ]),
      'nb',
    );
    assert.deepEqual(p.target, { date: '2030', value: 8 });
  });
});
