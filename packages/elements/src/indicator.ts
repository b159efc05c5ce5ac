import { define } from './base/define.js';
import { FlokeIndicator } from './indicator/floke-indicator.js';

export { FlokeIndicator };

define('floke-indicator', FlokeIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'floke-indicator': FlokeIndicator;
  }
}
