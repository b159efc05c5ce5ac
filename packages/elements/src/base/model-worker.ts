// Module Worker: validates and normalizes a large document off the main thread, and sends back the model the views
// draw (`drawingModel`), in pieces small enough that receiving them never blocks the page.
import { drawingModel, normalize } from '@floke/core';
import { CHUNK_ITEMS, type ModelAnswer, type ModelRequest } from './model-protocol.js';

let document: Record<string, unknown> & { elements?: unknown[]; relations?: unknown[] } = {};
let lang: string | undefined;

const answer = (message: ModelAnswer) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ModelRequest>) => {
  const request = event.data;
  if (request.type === 'start') {
    document = { ...request.rest };
    lang = request.lang;
  } else if (request.type === 'elements' || request.type === 'relations') {
    const list = (document[request.type] ??= []);
    for (const item of request.items) list.push(item);
  } else {
    try {
      answer({ type: 'phase', phase: 'normalizing' });
      const model = drawingModel(normalize(document, lang === undefined ? {} : { lang }));
      const { problems, excluded } = model;
      answer({
        type: 'model',
        model: { ...model, problems: [], excluded: [], source: undefined },
        problems: problems.length,
        excluded: excluded.length,
      });
      for (let i = 0; i < problems.length; i += CHUNK_ITEMS) answer({ type: 'problems', items: problems.slice(i, i + CHUNK_ITEMS) });
      for (let i = 0; i < excluded.length; i += CHUNK_ITEMS) answer({ type: 'excluded', items: excluded.slice(i, i + CHUNK_ITEMS) });
      answer({ type: 'done' });
    } catch (error) {
      answer({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    document = {};
  }
});
