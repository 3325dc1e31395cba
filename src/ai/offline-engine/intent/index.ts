import { ModelRequiredError, type IntentRole } from '../../roles.ts';

/** Placeholder until the rule classifier lands. */
export const offlineIntentRole: IntentRole = {
  provider: 'offline',
  model: 'rules',
  async classify() {
    throw new ModelRequiredError('Not implemented yet', 'PAGEHUB_MODEL_INTENT');
  },
};
