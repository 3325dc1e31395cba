// Adding sections through the classifier and the offline editor together: a pricing section made from the
// site's own services (prices not given are samples), placed before the page's closing call to action.
import { describe, expect, it } from 'vitest';
import { findSamples, type Site } from '../../../site/index.ts';
import { siteOutline } from '../../site-outline.ts';
import { classifyPrompt } from '../intent/index.ts';
import { editFixtureSite, runChange } from '../../../../test/support/offline-editor.ts';

async function add(prompt: string, site: Site = editFixtureSite()) {
  const intent = classifyPrompt(prompt, siteOutline(site));
  return { intent, ...(await runChange(prompt, intent, site)) };
}

type Plan = { name: string; price: string; sample?: true };

describe('adding a section', () => {
  it('"add a section with our prices" makes one plan per service the site lists, every invented price a sample', async () => {
    const { intent, after, proposal } = await add('add a section with our prices');
    expect(intent).toMatchObject({ intent_type: 'add_section', target: 'pricing' });
    const added = after.pages[0]!.sections.find((section) => section.id === 'home-pricing-2')!;
    const plans = (added.props as { plans: Plan[] }).plans;
    expect(plans.map((plan) => plan.name)).toEqual(['Weddings', 'Portraits', 'Engagement sessions']);
    expect(plans.every((plan) => plan.sample === true)).toBe(true);
    expect(findSamples(after).filter((sample) => sample.sectionId === 'home-pricing-2')).toHaveLength(3);
    expect(proposal.summary).toMatch(/a plan for each of your 3 services, every price is an example marked as samples/);
  });

  it('uses the prices the prompt gives and marks only the others as samples', async () => {
    const { after } = await add('add a section with our prices: weddings £1200, portraits £150');
    const plans = (after.pages[0]!.sections.find((section) => section.id === 'home-pricing-2')!.props as { plans: Plan[] }).plans;
    expect(plans).toMatchObject([{ name: 'Weddings', price: '£1200' }, { name: 'Portraits', price: '£150' }, { name: 'Engagement sessions', sample: true }]);
    expect(plans[0]!.sample).toBeUndefined();
    expect(plans[1]!.sample).toBeUndefined();
  });

  it('puts a new section before the call to action that closes the page', async () => {
    for (const [prompt, pageIndex] of [['add a faq to the about page', 2], ['add some stats to the services page', 1], ['add a section with our prices', 0]] as const) {
      const { after, before } = await add(prompt);
      const types = after.pages[pageIndex]!.sections.map((section) => section.type);
      expect(types.at(-1), prompt).toBe('cta');
      expect(types.length).toBe(before.pages[pageIndex]!.sections.length + 1);
    }
  });
});
