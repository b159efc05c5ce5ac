// Module Worker: finds the loops and lays out the diagram off the main thread, measuring labels on an OffscreenCanvas.
import { answerRequests } from '../base/worker-client.js';
import { computeCausalLoopDiagramHere } from './compute-here.js';

answerRequests(computeCausalLoopDiagramHere);
