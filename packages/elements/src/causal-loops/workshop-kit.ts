// Workshop mode's code (editing, undo, drafts, files, the panel), a chunk of its own: the view loads it when it
// becomes `editable`, so a page that only reads a diagram does not pay for it.
import { DocumentEditor, type EditorHost } from '../controllers/document-editor.js';
import { WORKSHOP_STRINGS } from '../base/workshop-strings.js';
import { LoopWorkshop, type LoopWorkshopHooks, type LoopWorkshopHost } from './loop-workshop.js';
import { renderWorkshopPanel } from './workshop-panel.js';

export { renderWorkshopPanel, WORKSHOP_STRINGS };

/** The workshop's two controllers, added to `host` when created. */
export interface WorkshopKit {
  readonly editor: DocumentEditor;
  readonly workshop: LoopWorkshop;
}

/** The view's own editor (it stands down inside an editable explorer) and the gestures, which edit through `host.editor`. */
export function createWorkshop(host: EditorHost & LoopWorkshopHost, hooks: LoopWorkshopHooks): WorkshopKit {
  return { editor: new DocumentEditor(host, hooks.announce), workshop: new LoopWorkshop(host, hooks) };
}
