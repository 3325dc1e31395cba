// The intent registry is complete and consistent: one module per intent type, registered under its own type, and
// the offline classifier's rule order naming exactly the modules that have a rule.
import { describe, expect, it } from 'vitest';
import { INTENT_TYPES, type Intent } from '../intent.ts';
import { RULE_ORDER } from '../offline-rules/intent/classify-prompt.ts';
import { INTENT_MODULES } from './index.ts';

describe('INTENT_MODULES', () => {
  it('has a module for every intent type, and nothing else', () => {
    expect(Object.keys(INTENT_MODULES).sort()).toEqual([...INTENT_TYPES].sort());
  });

  it.each(INTENT_TYPES.map((type) => [type]))('registers %s under its own type', (type) => {
    expect(INTENT_MODULES[type].type).toBe(type);
  });

  it('tries every offline rule exactly once, and only modules that have one', () => {
    expect(new Set(RULE_ORDER).size).toBe(RULE_ORDER.length);
    const withRule = INTENT_TYPES.filter((type) => INTENT_MODULES[type].offlineRule !== null);
    expect([...RULE_ORDER].sort()).toEqual([...withRule].sort());
  });

  it('asks for confirmation only where a page is deleted, and says which', () => {
    expect(INTENT_TYPES.filter((type) => INTENT_MODULES[type].risk === 'high')).toEqual(['remove_page']);
    const intent: Intent = { intent_type: 'remove_page', target: 'about', scope: { page: 'about', sections: [] }, risk: 'high', needs_clarification: false, question: null };
    expect(INTENT_MODULES.remove_page.describeRisk(intent)).toBe('delete the page "about" and everything on it');
  });
});
