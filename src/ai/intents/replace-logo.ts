// replace_logo: a different logo in the navigation bar ("use our new logo"), selected and edited as add_logo is.
import { addLogo } from './add-logo.ts';
import type { IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    replace_logo: true;
  }
}

export const replaceLogo: IntentModule<'replace_logo'> = {
  ...addLogo,
  type: 'replace_logo',
  /** add_logo's rule tells the two apart. */
  offlineRule: null,
};
