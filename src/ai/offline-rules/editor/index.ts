// The offline editor role: PageHub's rule-based stand-in for the editor model. It reads the new values (text,
// colour, font, hours…) from the prompt and where to put them from the intent and the selected context, and
// proposes JSON Patch operations on the allowed paths only. What needs a model (translation, images, bug hunts,
// judgements of taste) is refused with ModelRequiredError; what lacks a value gets one question.
import { outOfScope } from '../../../patch/index.ts';
import type { EditorRole, EditProposal, EditRequest } from '../../roles.ts';
import { addPage } from './add-page.ts';
import { addSection } from './add-section.ts';
import { editBusiness } from './business.ts';
import { editLayout } from './layout.ts';
import { removePage, renamePage } from './page-edits.ts';
import { ask } from './proposal.ts';
import { LOGO_QUESTION, modelRequired } from './refusals.ts';
import { removeSection } from './remove-section.ts';
import { editSeo } from './seo.ts';
import { editStyles } from './styles.ts';
import { editText } from './text-edits.ts';

export const offlineEditorRole: EditorRole = {
  provider: 'offline',
  model: 'rules',
  async propose(request) {
    return { value: proposeEdit(request), usage: { inputTokens: 0, outputTokens: 0 } };
  },
  async translate(request) {
    throw modelRequired(`Translating the site into ${request.language}`);
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
  const proposal = dispatch(request);
  const outside = outOfScope(proposal.operations, request.context.allowedPaths);
  if (outside.length > 0) {
    return ask(`That change would also touch ${outside[0]!.path}, which this request does not cover. Could you ask for that part separately?`);
  }
  return proposal;
}

function dispatch(request: EditRequest): EditProposal {
  const { intent } = request;
  switch (intent.intent_type) {
    case 'content_edit': return editText(request);
    case 'update_styles': return editStyles(request);
    case 'add_section': return addSection(request);
    case 'remove_section': return removeSection(request);
    case 'update_layout': return editLayout(request);
    case 'add_page': return addPage(request);
    case 'remove_page': return removePage(request);
    case 'rename_page': return renamePage(request);
    case 'update_business_info': return editBusiness(request);
    case 'update_seo': return editSeo(request);
    case 'add_logo':
    case 'replace_logo': return ask(LOGO_QUESTION);
    case 'needs_clarification': return ask(intent.question ?? 'What would you like to change?');
    case 'translate': throw modelRequired(`Translating the site${intent.target ? ` into ${languageName(intent.target)}` : ''}`);
    case 'generate_image': throw modelRequired('Creating images', 'PAGEHUB_MODEL_IMAGE');
    case 'fix_bug': throw modelRequired('Finding and fixing a problem on the site');
  }
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
