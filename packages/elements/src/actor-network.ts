import { define } from './base/define.js';
import { FlokeActorNetwork } from './actor-network/floke-actor-network.js';

export { FlokeActorNetwork };

define('floke-actor-network', FlokeActorNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'floke-actor-network': FlokeActorNetwork;
  }
}
