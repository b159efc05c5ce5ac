import { define } from './base/define.js';
import { FlokeCausalLoops } from './causal-loops/floke-causal-loops.js';

export { FlokeCausalLoops };

define('floke-causal-loops', FlokeCausalLoops);

declare global {
  interface HTMLElementTagNameMap {
    'floke-causal-loops': FlokeCausalLoops;
  }
}
