// Module Worker: builds, measures and lays out the actor network off the main thread.
import { answerRequests } from '../base/worker-client.js';
import { computeNetworkViewHere } from './compute-here.js';

answerRequests(computeNetworkViewHere);
