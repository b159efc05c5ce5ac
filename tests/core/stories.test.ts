import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLoops, loopCodes, loopTour, normalize, validate } from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

// Stories (`views.stories`, since 1.2): guided steps through the views, each with a caption and its sources.

/** A small document with one story of three steps over a two-factor loop. */
function storied(steps: unknown[] = defaultSteps()): Record<string, any> {
  return {
    floke: '1.2',
    title: 'Story',
    elements: [
      { id: 'a', kind: 'factor', label: 'A' },
      { id: 'b', kind: 'factor', label: 'B' },
      { id: 'c', kind: 'factor', label: 'C' },
    ],
    relations: [
      { from: 'b', to: 'c', type: 'causes', polarity: '+' },
      { from: 'c', to: 'a', type: 'causes', polarity: '+' },
      { from: 'a', to: 'b', type: 'causes', polarity: '-' },
    ],
    sources: [{ id: 'report', title: 'A report' }],
    views: {
      loops: { named: [{ members: ['b', 'c', 'a'], label: 'B1 Round' }] },
      stories: [{ id: 'walk', title: { nb: 'Turen', en: 'The walk' }, steps }],
    },
  };
}

function defaultSteps(): unknown[] {
  return [
    { view: 'loops', loop: 'B1', caption: { nb: 'Sløyfen', en: 'The loop' }, sources: ['report'] },
    { view: 'loops', loop: 'B1', tour: 2, caption: 'Andre ledd', sources: [{ source: 'report', locator: 'p. 3' }] },
    { view: 'network', selected: 'a', filters: { levels: 'local', 'hide-history': true }, caption: 'Nettverket' },
  ];
}

const problemsOf = (document: unknown) =>
  validate(document).problems.map(({ code, pointer, severity }) => `${severity} ${code} ${pointer}`);

describe('stories in the document', () => {
  it('accepts a story whose steps name a view, a loop, a tour, a selection, filters and sources', () => {
    assert.deepEqual(problemsOf(storied()), []);
  });

  it('keeps a 1.0 document without stories valid, with no stories in the model', () => {
    const model = normalize({ floke: '1.0', title: 'Old', elements: [] });
    assert.deepEqual(model.problems, []);
    assert.deepEqual(model.views.stories, []);
  });

  it('normalizes steps: caption in the asked language with every language kept, tour, filters as attributes, sources', () => {
    const [story] = normalize(storied(), { lang: 'en' }).views.stories;
    assert.equal(story!.title, 'The walk');
    assert.deepEqual(
      story!.steps.map((s) => ({ view: s.view, caption: s.caption, loop: s.loop, tour: s.tour, selected: s.selected, filters: s.filters })),
      [
        { view: 'loops', caption: 'The loop', loop: 'B1', tour: undefined, selected: undefined, filters: {} },
        { view: 'loops', caption: 'Andre ledd', loop: 'B1', tour: 2, selected: undefined, filters: {} },
        {
          view: 'network',
          caption: 'Nettverket',
          loop: undefined,
          tour: undefined,
          selected: 'a',
          filters: { levels: 'local', 'hide-history': '' },
        },
      ],
    );
    assert.deepEqual(story!.steps[0]!.captions, { nb: 'Sløyfen', en: 'The loop' });
    assert.deepEqual(story!.steps[1]!.sourceLocators, [{ source: 'report', locator: 'p. 3' }]);
    assert.equal(story!.steps[2]!.pointer, '/views/stories/0/steps/2');
  });

  it('reports a step without a caption at its pointer, in nb, nn and en, and plays the other steps', () => {
    const steps = defaultSteps();
    delete (steps[1] as Record<string, unknown>).caption;
    const model = normalize(storied(steps));
    const problem = model.problems.find((p) => p.code === 'required')!;
    assert.equal(problem.pointer, '/views/stories/0/steps/1');
    assert.deepEqual(problem.message, {
      nb: 'Mangler «caption», som er påkrevd her.',
      nn: 'Manglar «caption», som er påkravd her.',
      en: 'Missing “caption”, which is required here.',
    });
    assert.deepEqual(
      model.views.stories[0]!.steps.map((s) => s.pointer),
      ['/views/stories/0/steps/0', '/views/stories/0/steps/2'],
    );
    assert.deepEqual(model.excluded, [{ pointer: '/views/stories/0/steps/1', because: '/views/stories/0/steps/1' }]);
  });

  it('reports an unknown view as a value not allowed', () => {
    const steps = defaultSteps();
    (steps[0] as Record<string, unknown>).view = 'map';
    assert.deepEqual(problemsOf(storied(steps)), ['error not-allowed-value /views/stories/0/steps/0/view']);
  });

  it('reports a selection and a source that do not resolve', () => {
    const steps = defaultSteps();
    (steps[2] as Record<string, unknown>).selected = 'nobody';
    (steps[1] as Record<string, any>).sources[0].source = 'lost';
    assert.deepEqual(problemsOf(storied(steps)), [
      'error unresolved-source /views/stories/0/steps/1/sources/0/source',
      'error unresolved-element /views/stories/0/steps/2/selected',
    ]);
  });

  it('warns when a step sets a field its view does not use, and leaves the field out', () => {
    const steps = [{ view: 'iceberg', loop: 'B1', filters: { levels: 'local' }, caption: 'Isfjellet' }];
    const model = normalize(storied(steps));
    assert.deepEqual(
      model.problems.map((p) => `${p.severity} ${p.code} ${p.pointer} ${p.message.en}`),
      [
        'warning story-step-field-ignored /views/stories/0/steps/0/filters “filters” does not apply to the view “iceberg” and is not used in this step.',
        'warning story-step-field-ignored /views/stories/0/steps/0/loop “loop” does not apply to the view “iceberg” and is not used in this step.',
      ],
    );
    assert.deepEqual(
      { ...model.views.stories[0]!.steps[0], captions: undefined, sources: undefined },
      {
        view: 'iceberg',
        caption: 'Isfjellet',
        captions: undefined,
        filters: {},
        sources: undefined,
        sourceLocators: [],
        pointer: '/views/stories/0/steps/0',
      },
    );
  });

  it('warns when a tour has no loop to walk', () => {
    assert.deepEqual(problemsOf(storied([{ view: 'loops', tour: 1, caption: 'Tur' }])), [
      'warning story-tour-needs-loop /views/stories/0/steps/0/tour',
    ]);
  });

  it('reports a second story with the same id, and a tour step below 1', () => {
    const doc = storied();
    doc.views.stories.push({ id: 'walk', title: 'Igjen', steps: [{ view: 'loops', loop: 'B1', tour: 0, caption: 'Null' }] });
    assert.deepEqual(problemsOf(doc), ['error duplicate-id /views/stories/1/id', 'error out-of-range /views/stories/1/steps/0/tour']);
  });

  it('leaves out a story without steps, and says so', () => {
    const doc = storied([]);
    const model = normalize(doc);
    assert.deepEqual(problemsOf(doc), ['error too-few-items /views/stories/0/steps']);
    assert.deepEqual(model.views.stories, []);
    assert.deepEqual(model.excluded, [{ pointer: '/views/stories/0', because: '/views/stories/0/steps' }]);
  });
});

describe('loopTour', () => {
  it('walks a named loop from the first member its author gave, link by link', () => {
    const model = normalize(storied());
    const [loop] = findLoops(model).loops;
    assert.deepEqual(loop!.members, ['a', 'b', 'c']);
    assert.deepEqual(
      loopTour(loop!, model.views.loops.named).map((s) => `${s.from}→${s.to}`),
      ['b→c', 'c→a', 'a→b'],
    );
  });

  it('walks an unnamed loop from its first member, each step naming the link between its ends', () => {
    const model = normalize(storied());
    const [loop] = findLoops(model).loops;
    const tour = loopTour(loop!);
    assert.deepEqual(
      tour.map((s) => `${s.from}→${s.to}`),
      ['a→b', 'b→c', 'c→a'],
    );
    assert.deepEqual(
      tour.map((s) => s.link),
      loop!.links,
    );
  });
});

describe('the treadmill story in the Telemark example', () => {
  const model = normalize(readJson('examples/data/telemark-agder.json'));
  const story = model.views.stories.find((s) => s.id === 'tredemolla')!;

  it('validates, and every step cites a source with a located line', () => {
    assert.deepEqual(
      model.problems.filter((p) => p.pointer.startsWith('/views/stories')),
      [],
    );
    assert.equal(story.steps.length, 10);
    for (const step of story.steps)
      assert.ok(step.sourceLocators.length > 0 && step.sourceLocators.every((l) => /^l\. \d/.test(l.locator)), step.pointer);
  });

  it('tours R3 Prosjekttredemølla from short-term projects, one step per link', () => {
    const loops = findLoops(model).loops;
    const codes = loopCodes(loops);
    const r3 = loops.find((loop) => codes.get(loop.id) === 'R3')!;
    const tour = loopTour(r3, model.views.loops.named);
    assert.deepEqual(
      tour.map((s) => s.from),
      ['kortsiktige-prosjekter', 'prosjektdod', 'effektforskning', 'kunnskap', 'starte-pa-nytt'],
    );
    assert.deepEqual(
      story.steps.filter((s) => s.tour !== undefined).map((s) => `${s.loop} ${s.tour}`),
      ['R3 1', 'R3 2', 'R3 3', 'R3 4', 'R3 5'],
    );
  });
});
