import type { LocalTextMap } from './i18n/local-text.js';
import { pointerOf } from './json-pointer.js';
import {
  STORY_VIEWS,
  type ExcludedItem,
  type NormalizedStory,
  type NormalizedStoryStep,
  type SourceLocator,
  type StoryView,
} from './normalized-types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** What story normalisation borrows from `normalize`: where errors are, how texts resolve, how sources read. */
export interface StoryTools {
  /** The first error at or below a pointer. */
  readonly errorWithin: (pointer: string) => string | undefined;
  /** The first error at exactly a pointer. */
  readonly errorAt: (pointer: string) => string | undefined;
  readonly pick: (text: unknown) => string | undefined;
  readonly map: (text: unknown) => LocalTextMap;
  readonly sourceList: (value: unknown) => { sources: string[]; sourceLocators: SourceLocator[] };
}

/** Network filter attributes as strings; a boolean `hide-history` is present (`''`) or absent. */
function filterAttributes(value: unknown): Record<string, string> {
  const filters: Record<string, string> = {};
  if (!isObject(value)) return filters;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string') filters[key] = entry;
    else if (entry === true) filters[key] = '';
  }
  return filters;
}

function normalizeStep(step: Json, pointer: string, tools: StoryTools): NormalizedStoryStep {
  const view = step.view as StoryView;
  const { sources, sourceLocators } = tools.sourceList(step.sources);
  // Fields a view does not use are warned about (`story-step-field-ignored`) and left out here.
  const loop = view === 'loops' && typeof step.loop === 'string' ? step.loop : undefined;
  return {
    view,
    caption: tools.pick(step.caption) ?? '',
    captions: tools.map(step.caption),
    ...(typeof step.selected === 'string' ? { selected: step.selected } : {}),
    ...(loop ? { loop } : {}),
    ...(loop && typeof step.tour === 'number' ? { tour: step.tour } : {}),
    filters: view === 'network' ? filterAttributes(step.filters) : {},
    sources,
    sourceLocators,
    pointer,
  };
}

/**
 * The document's stories: a story with a broken id, title or step list is left out whole; a step with an error only
 * itself. Each item left out goes into `excluded` beside the error that caused it.
 */
export function normalizeStories(views: Json, tools: StoryTools, excluded: ExcludedItem[]): NormalizedStory[] {
  const stories: NormalizedStory[] = [];
  arrayAt(views.stories).forEach((story, storyIndex) => {
    const pointer = pointerOf('views', 'stories', storyIndex);
    // The story itself is unusable when its id, title or step list is broken; a broken step costs only that step.
    const blocking =
      tools.errorAt(pointer) ??
      tools.errorWithin(`${pointer}/id`) ??
      tools.errorWithin(`${pointer}/title`) ??
      tools.errorAt(`${pointer}/steps`);
    if (!isObject(story) || blocking !== undefined) {
      excluded.push({ pointer, because: blocking ?? pointer });
      return;
    }
    const steps: NormalizedStoryStep[] = [];
    arrayAt(story.steps).forEach((step, stepIndex) => {
      const at = `${pointer}/steps/${stepIndex}`;
      const broken = tools.errorWithin(at);
      if (broken !== undefined || !isObject(step) || !(STORY_VIEWS as readonly unknown[]).includes(step.view)) {
        excluded.push({ pointer: at, because: broken ?? at });
        return;
      }
      steps.push(normalizeStep(step, at, tools));
    });
    if (steps.length === 0) return;
    const description = tools.pick(story.description);
    stories.push({
      id: story.id as string,
      title: tools.pick(story.title) ?? String(story.id),
      ...(description === undefined ? {} : { description }),
      steps,
      pointer,
    });
  });
  return stories;
}
