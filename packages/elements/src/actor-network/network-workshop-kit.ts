// Workshop mode's code (the editor with the validator and the JSON Patch library, the gestures, the panel, the "new"
// tags and the workshop's texts), a chunk of its own: the view loads it when it first becomes `editable`, so a page
// that only reads the network does not pay for it.
export { NetworkWorkshopController } from './network-workshop-controller.js';
export { NetworkWorkshopWords } from './network-workshop-words.js';
