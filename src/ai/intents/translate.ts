// translate: the whole site into another language (target: the locale code). Translation reads every text, so it
// has its own pipeline (../translate-pipeline.ts) and selects no context here; offline, it needs a model.
import { INSTEAD, modelRequired } from '../offline-rules/editor/refusals.ts';
import { translateRule } from '../offline-rules/intent/special-rules.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    translate: true;
  }
}

export const translate: IntentModule<'translate'> = {
  type: 'translate',
  target: 'locale code',
  risk: 'low',
  describeRisk: removesContent,
  selectContext: (draft) => draft.ask('Translations are planned by the translation pipeline.'),
  offlineEdit({ intent }) {
    throw modelRequired(`Translating the site${intent.target ? ` into ${languageName(intent.target)}` : ''}`, 'PAGEHUB_MODEL_EDITOR', INSTEAD.translation);
  },
  offlineRule: translateRule,
};

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
