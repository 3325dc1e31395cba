import { ModelRequiredError, type EditorRole } from '../../roles.ts';

/** Placeholder until the rule editor lands. */
export const offlineEditorRole: EditorRole = {
  provider: 'offline',
  model: 'rules',
  async propose() {
    throw new ModelRequiredError('Not implemented yet', 'PAGEHUB_MODEL_EDITOR');
  },
};
