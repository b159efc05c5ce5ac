import { define } from './base/define.js';
import { FlokeExplorer } from './explorer/floke-explorer.js';

export { FlokeExplorer };

define('floke-explorer', FlokeExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'floke-explorer': FlokeExplorer;
  }
}
