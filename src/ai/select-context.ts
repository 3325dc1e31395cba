// Deterministic context selection: from an intent, the few parts of the document an edit may read and change
// (edit-context.ts). Each intent's module (intents/) says what its edits need; this only checks the scope first.
import type { Site } from '../site/index.ts';
import type { ContextSelection } from './edit-context.ts';
import type { Intent } from './intent.ts';
import { contextDraft, INTENT_MODULES } from './intents/index.ts';

export function selectContext(site: Site, intent: Intent): ContextSelection {
  const intentModule = INTENT_MODULES[intent.intent_type];
  const draft = contextDraft(site, intent);
  if (intent.scope.page && draft.scopedPage === null && intentModule.targetsPage !== true) return draft.askForMissingPage(intent.scope.page);
  return intentModule.selectContext(draft);
}
