import { define } from './base/define.js';
import { FlokeIceberg } from './iceberg/floke-iceberg.js';

export { FlokeIceberg };

define('floke-iceberg', FlokeIceberg);

declare global {
  interface HTMLElementTagNameMap {
    'floke-iceberg': FlokeIceberg;
  }
}
