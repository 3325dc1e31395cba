import { describe, expect, it } from 'vitest';
import { intentFor, runChange, runQuestion, sectionIds } from '../../../../test/support/offline-editor.ts';

const layout = (target: string, sections: string[] = []) => intentFor('update_layout', target, { sections });
const HOME = ['home-hero', 'home-services', 'home-testimonials', 'home-gallery', 'home-pricing', 'home-faq', 'home-cta'];

/** Every change of a layout edit stays inside the page's section list. */
function onlySectionList(changes: { path: string }[], pageIndex: number) {
  for (const change of changes) expect(change.path.startsWith(`/pages/${pageIndex}/sections`)).toBe(true);
}

describe('layout', () => {
  it('moves a section above another', async () => {
    const { after, changes, proposal } = await runChange('Move the testimonials above the features', layout('testimonials'));
    expect(sectionIds(after, 'home')).toEqual(['home-hero', 'home-testimonials', 'home-services', ...HOME.slice(3)]);
    onlySectionList(changes, 0);
    expect(proposal.summary).toBe('Moved Testimonials above Services on Home');
  });

  it('moves below, to the top (after the hero), up one place and to the bottom', async () => {
    expect(sectionIds((await runChange('Move the gallery below the pricing', layout('gallery'))).after, 'home'))
      .toEqual(['home-hero', 'home-services', 'home-testimonials', 'home-pricing', 'home-gallery', 'home-faq', 'home-cta']);
    expect(sectionIds((await runChange('move the FAQ to the top', layout('faq'))).after, 'home'))
      .toEqual(['home-hero', 'home-faq', ...HOME.slice(1, 5), 'home-cta']);
    expect(sectionIds((await runChange('move the testimonials up', layout('testimonials'))).after, 'home'))
      .toEqual(['home-hero', 'home-testimonials', 'home-services', ...HOME.slice(3)]);
    const bottom = await runChange('put the contact form at the bottom of the page', layout('contactForm'));
    expect(sectionIds(bottom.after, 'contact')).toEqual(['contact-details', 'contact-location', 'contact-form']);
    onlySectionList(bottom.changes, 3);
  });

  it('swaps two sections', async () => {
    const { after, proposal } = await runChange('Swap the order of the features and the call to action', layout('features'));
    expect(sectionIds(after, 'home')).toEqual(['home-hero', 'home-cta', ...HOME.slice(2, 6), 'home-services']);
    expect(proposal.summary).toBe('Swapped Services and Call to action on Home');
  });

  it('hides and shows sections', async () => {
    const hidden = await runChange('hide the gallery for now', layout('gallery'));
    expect(hidden.changes).toEqual([{ op: 'replace', path: '/pages/0/sections/3/visible', value: false }]);
    const shown = await runChange('show the gallery again', layout('gallery'), hidden.after);
    expect(shown.changes).toEqual([{ op: 'replace', path: '/pages/0/sections/3/visible', value: true }]);
    const both = await runChange('hide the pricing and the faq', layout('pricing', ['pricing', 'faq']));
    expect(both.changes).toEqual([{ op: 'replace', path: '/pages/0/sections/4/visible', value: false }, { op: 'replace', path: '/pages/0/sections/5/visible', value: false }]);
  });

  it('asks when there is nothing to do or no place given', async () => {
    expect(await runQuestion('show the gallery again', layout('gallery'))).toMatch(/already shown/);
    expect(await runQuestion('move the gallery', layout('gallery'))).toMatch(/Where should the Gallery section go/);
    expect(await runQuestion('move the testimonials below the services', layout('testimonials'))).toMatch(/already below Services/);
  });
});
