// The offline rules: PageHub's rule-based stand-in for every model role, used when a role is set to `offline`
// (the default). Deterministic and instant, and honest about its limits: what needs a model (translation,
// images, judgements of taste) answers with ModelRequiredError naming the variable to set.
import type { ImageRole, ModelRoles } from '../roles.ts';
import { offlineEditorRole } from './editor/index.ts';
import { IMAGE_TASK, INSTEAD, modelRequired } from './editor/refusals.ts';
import { offlineGeneratorRole } from './generator.ts';
import { offlineIntentRole } from './intent/index.ts';

/** Rules cannot draw: every picture asked for is refused with the product sentence and the operator's hint. */
const offlineImageRole: ImageRole = {
  provider: 'offline',
  model: 'rules',
  isAvailable: false,
  generate() {
    return Promise.reject(modelRequired(IMAGE_TASK, 'PAGEHUB_MODEL_IMAGE', INSTEAD.images));
  },
};

export function offlineRoles(): ModelRoles {
  return { intent: offlineIntentRole, editor: offlineEditorRole, generator: offlineGeneratorRole, image: offlineImageRole };
}

export { offlineEditorRole, offlineGeneratorRole, offlineIntentRole };
