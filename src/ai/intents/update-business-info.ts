// update_business_info: one business detail (target: phone, email, address, hours, socials, name, tagline or
// description), which sections and the footer show wherever it appears.
import { editBusiness } from '../offline-rules/editor/business.ts';
import { businessRule } from '../offline-rules/intent/business-rules.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

const BUSINESS_FIELDS: Readonly<Record<string, string>> = {
  phone: '/business/phone', email: '/business/email', address: '/business/address', hours: '/business/hours',
  socials: '/business/socials', name: '/business/name', tagline: '/business/tagline', description: '/business/description',
};

declare module '../intent.ts' {
  interface IntentTypeNames {
    update_business_info: true;
  }
}

export const updateBusinessInfo: IntentModule<'update_business_info'> = {
  type: 'update_business_info',
  target: 'business field (phone, email, address, hours, socials)',
  risk: 'low',
  describeRisk: removesContent,
  selectContext(draft) {
    const pointer = BUSINESS_FIELDS[draft.target];
    if (!pointer) return draft.ask(`Which business detail should change? I can update: ${Object.keys(BUSINESS_FIELDS).join(', ')}.`);
    draft.allow(pointer);
    draft.show(pointer);
    return draft.selected();
  },
  offlineEdit: editBusiness,
  offlineRule: businessRule,
};
