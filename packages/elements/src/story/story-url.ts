import type { HashCodec } from '../explorer/url-sync.js';

/** What the story player keeps in `location.hash`: `#story=tredemolla&step=3` (steps from 1). */
export interface StoryUrlState {
  readonly story?: string;
  readonly step?: number;
}

/** Reads a story and step from a hash; a step that is not a whole number from 1 is ignored. */
export function parseStoryHash(hash: string): StoryUrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const story = params.get('story');
  const step = Number(params.get('step'));
  return { ...(story ? { story } : {}), ...(Number.isInteger(step) && step >= 1 ? { step } : {}) };
}

/** The hash of a story step: `#story=tredemolla&step=3`. */
export function formatStoryHash(state: StoryUrlState): string {
  const params = new URLSearchParams();
  if (state.story) params.set('story', state.story);
  if (state.step !== undefined) params.set('step', String(state.step));
  const text = params.toString();
  return text ? `#${text}` : '';
}

export const STORY_HASH: HashCodec<StoryUrlState> = { parse: parseStoryHash, format: formatStoryHash };
