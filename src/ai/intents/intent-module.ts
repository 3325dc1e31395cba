import type { ContextSelection } from '../edit-context.ts';
import type { Intent, IntentType } from '../intent.ts';
import type { IntentRule } from '../offline-rules/intent/build-intent.ts';
import type { EditProposal, EditRequest } from '../roles.ts';
import type { ContextDraft } from './context-draft.ts';

/**
 * Everything one intent type needs, in one place: the module's file declares the type's name (../intent.ts) and
 * INTENT_MODULES (./index.ts) registers the module under it, so a declared intent without a module — or a module
 * without one of these pieces — does not compile.
 */
export interface IntentModule<Type extends IntentType = IntentType> {
  readonly type: Type;
  /** What `target` names for this intent, as the model is told: "section type", "page slug", "locale code"… */
  readonly target: string;
  /** high asks for confirmation before the change (it deletes a page); medium removes a section; low is the rest. */
  readonly risk: Intent['risk'];
  /** What the change would do, for the confirmation a high-risk request needs: "delete the page "about" and …". */
  describeRisk(intent: Intent): string;
  /** Set when `target` names the page (perhaps a new one), so a scope page the site lacks is not asked about first. */
  readonly targetsPage?: boolean;
  /** The parts of the document the editor may read and change for this intent, or the one question to ask instead. */
  selectContext(draft: ContextDraft): ContextSelection;
  /** The offline editor's proposal; throws ModelRequiredError for what only a model can do. */
  offlineEdit(request: EditRequest): EditProposal;
  /**
   * The offline classifier's rule that recognises this intent, tried in the order of the registry (./index.ts);
   * null when another intent's rule produces this one as well.
   */
  readonly offlineRule: IntentRule | null;
}

/** The confirmation's words for intents that carry no risk of their own (a model may still call them high). */
export function removesContent(): string {
  return 'remove content';
}
