// The offline editor role: PageHub's rule-based stand-in for the editor model. It reads the new values (text,
// colour, font, hours…) from the prompt and where to put them from the intent and the selected context, and
// proposes JSON Patch operations on the allowed paths only; each intent's module (../../intents) names the
// proposal for its kind of edit. What needs a model (translation, images, bug hunts, judgements of taste) is
// refused with ModelRequiredError; what lacks a value gets one question.
import { outOfScope } from '../../../patch/index.ts';
import { INTENT_MODULES } from '../../intents/index.ts';
import type { EditorRole, EditProposal, EditRequest } from '../../roles.ts';
import { ask } from './proposal.ts';
import { INSTEAD, modelRequired } from './refusals.ts';

export const offlineEditorRole: EditorRole = {
  provider: 'offline',
  model: 'rules',
  async propose(request) {
    return { value: proposeEdit(request), usage: { inputTokens: 0, outputTokens: 0 } };
  },
  async translate(request) {
    throw modelRequired(`Translating the site into ${request.language}`, 'PAGEHUB_MODEL_EDITOR', INSTEAD.translation);
  },
};

/** The proposal for one request; throws ModelRequiredError for what only a model can do. */
export function proposeEdit(request: EditRequest): EditProposal {
  const [firstError] = request.feedback;
  if (firstError !== undefined) {
    // Rules give the same answer twice: explain what went wrong instead of repeating it.
    const where = firstError.path === '' ? '' : ` (at ${firstError.path})`;
    return ask(`I could not make that change: ${firstError.message}${where}. Could you say it another way, or make the change in the editor?`);
  }
  const proposal = INTENT_MODULES[request.intent.intent_type].offlineEdit(request);
  const outside = outOfScope(proposal.operations, request.context.allowedPaths);
  if (outside.length > 0) {
    return ask(`That change would also touch ${outside[0]!.path}, which this request does not cover. Could you ask for that part separately?`);
  }
  return proposal;
}
