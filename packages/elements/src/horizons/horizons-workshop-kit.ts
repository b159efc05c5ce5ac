// Workshop mode's code (editing, undo, drafts, files, the panel and its texts), a chunk of its own: the view loads it
// when it first becomes `editable`, so a page that only reads the horizons does not pay for the validator, the JSON
// Patch library and the workshop's texts in three languages.
import type { ReactiveControllerHost } from 'lit';
import { DocumentEditor, type EditorHost } from '../controllers/document-editor.js';
import { WORKSHOP_STRINGS } from '../base/workshop-strings.js';
import { HorizonsWorkshop, type HorizonsWorkshopHooks, type HorizonsWorkshopHost } from './horizons-workshop.js';

export { renderHorizonsWorkshopPanel } from './horizons-workshop-panel.js';
export { renderWorkshopMarks } from './horizons-workshop-marks.js';
export { WORKSHOP_STRINGS };

/** The view's own editor (it stands down inside an editable explorer) and the gestures, which edit through `editorOf()`. */
export interface HorizonsWorkshopKit {
  readonly editor: DocumentEditor;
  readonly workshop: HorizonsWorkshop;
}

export function createHorizonsWorkshop(
  host: EditorHost & HorizonsWorkshopHost & ReactiveControllerHost,
  editorOf: (own: DocumentEditor) => DocumentEditor,
  hooks: HorizonsWorkshopHooks,
): HorizonsWorkshopKit {
  const editor = new DocumentEditor(host, hooks.announce);
  return { editor, workshop: new HorizonsWorkshop(host, () => editorOf(editor), hooks) };
}
