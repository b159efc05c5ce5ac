import { define } from './base/define.js';
import { FlokeSummary } from './summary/floke-summary.js';

export { FlokeSummary };

define('floke-summary', FlokeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'floke-summary': FlokeSummary;
  }
}
