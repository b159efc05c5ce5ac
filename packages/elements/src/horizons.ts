import { define } from './base/define.js';
import { FlokeHorizons } from './horizons/floke-horizons.js';

export { FlokeHorizons };

define('floke-horizons', FlokeHorizons);

declare global {
  interface HTMLElementTagNameMap {
    'floke-horizons': FlokeHorizons;
  }
}
