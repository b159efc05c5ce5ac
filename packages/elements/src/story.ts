import { define } from './base/define.js';
import { FlokeStory } from './story/floke-story.js';

export { FlokeStory };

define('floke-story', FlokeStory);

declare global {
  interface HTMLElementTagNameMap {
    'floke-story': FlokeStory;
  }
}
