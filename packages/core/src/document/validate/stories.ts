import { makeProblem } from '../i18n/problem-messages.js';
import { pointerOf } from '../json-pointer.js';
import type { Problem } from '../problems.js';
import { STORY_VIEWS } from '../normalized-types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The ids a story may point at: elements and sources, by id → pointer of their first definition. */
export interface StoryReferences {
  readonly elements: ReadonlyMap<string, string>;
  readonly sources: ReadonlyMap<string, string>;
}

/** Which step fields only one view uses: a step that sets them elsewhere is told so. */
const FIELD_VIEWS: Readonly<Record<string, string>> = { loop: 'loops', tour: 'loops', filters: 'network' };

/**
 * Checks `views.stories` (since 1.2) beyond its shape: story ids are unique, every element and source a step names
 * resolves, a field is set only on the view that uses it, and a tour has a loop to walk.
 */
export function storyProblems(doc: Json, refs: StoryReferences): Problem[] {
  const views = isObject(doc.views) ? doc.views : {};
  const problems: Problem[] = [];
  const firstId = new Map<string, string>();
  arrayAt(views.stories).forEach((story, storyIndex) => {
    if (!isObject(story)) return;
    const at = (...tokens: Array<string | number>) => pointerOf('views', 'stories', storyIndex, ...tokens);
    if (typeof story.id === 'string') {
      const first = firstId.get(story.id);
      if (first) problems.push(makeProblem('duplicate-id', at('id'), { id: story.id, first }));
      else firstId.set(story.id, at('id'));
    }
    arrayAt(story.steps).forEach((step, stepIndex) => {
      if (isObject(step)) checkStep(step, (...tokens) => at('steps', stepIndex, ...tokens), refs, problems);
    });
  });
  return problems;
}

function checkStep(step: Json, at: (...tokens: Array<string | number>) => string, refs: StoryReferences, problems: Problem[]): void {
  if (typeof step.selected === 'string' && !refs.elements.has(step.selected)) {
    problems.push(makeProblem('unresolved-element', at('selected'), { id: step.selected }));
  }
  const initiative = isObject(step.filters) ? step.filters.initiative : undefined;
  if (typeof initiative === 'string' && !refs.elements.has(initiative)) {
    problems.push(makeProblem('unresolved-element', at('filters', 'initiative'), { id: initiative }));
  }
  arrayAt(step.sources).forEach((entry, index) => {
    const id = typeof entry === 'string' ? entry : isObject(entry) && typeof entry.source === 'string' ? entry.source : undefined;
    if (id === undefined || refs.sources.has(id)) return;
    problems.push(
      makeProblem('unresolved-source', typeof entry === 'string' ? at('sources', index) : at('sources', index, 'source'), { id }),
    );
  });
  // An unknown view is the schema's to report; which fields it uses is then unknown.
  const stepView = step.view;
  if (typeof stepView !== 'string' || !(STORY_VIEWS as readonly string[]).includes(stepView)) return;
  for (const [field, view] of Object.entries(FIELD_VIEWS)) {
    if (step[field] !== undefined && stepView !== view) {
      problems.push(makeProblem('story-step-field-ignored', at(field), { field, view: stepView }));
    }
  }
  if (step.tour !== undefined && step.view === 'loops' && step.loop === undefined) {
    problems.push(makeProblem('story-tour-needs-loop', at('tour')));
  }
}
