// Module Worker: finds the loops and lays out the diagram off the main thread.
import { computeCausalLoopDiagram } from '@floke/core';
import { answerRequests } from '../base/worker-client.js';

answerRequests(computeCausalLoopDiagram);
