// add_logo: a logo in the navigation bar (target: navbar). The editor may change only the theme's logo; offline,
// the logo has to be uploaded first.
import { ask } from '../offline-rules/editor/proposal.ts';
import { LOGO_QUESTION } from '../offline-rules/editor/refusals.ts';
import { logoRule } from '../offline-rules/intent/special-rules.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    add_logo: true;
  }
}

export const addLogo: IntentModule<'add_logo'> = {
  type: 'add_logo',
  target: '"navbar"',
  risk: 'low',
  describeRisk: removesContent,
  selectContext(draft) {
    draft.allow('/theme/logo');
    draft.show('/theme/logo');
    return draft.selected();
  },
  offlineEdit: () => ask(LOGO_QUESTION),
  /** Tells adding a logo from replacing one, so replace_logo has no rule of its own. */
  offlineRule: logoRule,
};
