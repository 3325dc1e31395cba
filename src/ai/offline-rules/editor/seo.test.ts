import { describe, expect, it } from 'vitest';
import { describePage } from './seo.ts';
import { intentFor, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

describe('search titles and descriptions', () => {
  it('sets a quoted search title', async () => {
    const { changes, proposal } = await runChange("Set the page title of the home page for Google to 'Best bakery in Austin'", intentFor('update_seo', 'home'));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/0/seo/title', value: 'Best bakery in Austin' }]);
    expect(proposal.summary).toBe('Search title of Home → "Best bakery in Austin"');
  });

  it('sets a description it is given', async () => {
    const { changes } = await runChange("Make the about page description in Google say 'Meet the photographer behind Luna Studio.'", intentFor('update_seo', 'about'));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/2/seo/description', value: 'Meet the photographer behind Luna Studio.' }]);
  });

  it('writes a specific description from the page title and headings', async () => {
    const { changes } = await runChange('Improve the meta description of the contact page', intentFor('update_seo', 'contact'));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/3/seo/description', value: 'Contact Luna Studio: check availability, contact details and find Luna Studio.' }]);
  });

  it('keeps written descriptions within 160 characters', () => {
    const headings = Array.from({ length: 20 }, (_, index) => `Topic number ${index + 1}`);
    const description = describePage('Services', '', headings, 'en');
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/^Services: topic number 1, /);
  });

  it('asks for a title it cannot write', async () => {
    expect(await runQuestion('improve the seo title', intentFor('update_seo', 'home'))).toMatch(/title in search results/);
  });
});
