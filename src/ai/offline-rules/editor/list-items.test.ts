// Taking one item out of a list (issue: "we don't do gutter cleaning any more" removes that service, not a
// section): through the offline classifier and the offline editor together, on the fixture site with a service
// the business stops offering listed on two pages.
import { describe, expect, it } from 'vitest';
import { siteOutline } from '../../site-outline.ts';
import { classifyPrompt } from '../intent/index.ts';
import { editFixtureSite, intentFor, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';
import type { Site } from '../../../site/index.ts';

function siteWithGutters(): Site {
  const site = editFixtureSite();
  for (const page of site.pages) {
    for (const section of page.sections) {
      if (section.type !== 'features') continue;
      const props = section.props as { items: { title: string; text: string; icon?: string }[] };
      props.items.push({ title: 'Gutter cleaning', text: 'Cleared and flushed, with photos.', icon: 'check' });
    }
  }
  return site;
}

const titles = (site: Site, pageIndex: number, sectionIndex: number) => (site.pages[pageIndex]!.sections[sectionIndex]!.props as { items: { title: string }[] }).items.map((item) => item.title);

describe('removing an item from a list', () => {
  it('"we don\'t do gutter cleaning any more" takes the service out of every list, and no section goes', async () => {
    const site = siteWithGutters();
    const intent = classifyPrompt("we don't do gutter cleaning any more", siteOutline(site));
    expect(intent).toMatchObject({ intent_type: 'content_edit', target: 'features' });
    const { after, proposal } = await runChange("we don't do gutter cleaning any more", intent, site);
    expect(titles(after, 0, 1)).toEqual(titles(site, 0, 1).filter((title) => title !== 'Gutter cleaning'));
    expect(titles(after, 1, 1)).toEqual(titles(site, 1, 1).filter((title) => title !== 'Gutter cleaning'));
    expect(after.pages.map((page) => page.sections.length)).toEqual(site.pages.map((page) => page.sections.length));
    expect(proposal.summary).toBe('Removed "Gutter cleaning" from the Services list (2 places)');
  });

  it('prefers the item the words name whole ("weddings" is "Weddings", not "Wedding — full day")', async () => {
    const { after } = await runChange('we no longer offer weddings', intentFor('content_edit', 'features', { sections: ['home-services'] }));
    expect(titles(after, 0, 1)).toEqual(['Portraits', 'Engagement sessions']);
  });

  it('removes by place: "remove the last question from the FAQ"', async () => {
    const site = editFixtureSite();
    const { after } = await runChange('remove the last question from the FAQ', intentFor('content_edit', 'faq'), site);
    const before = (site.pages[0]!.sections[5]!.props as { items: unknown[] }).items;
    expect((after.pages[0]!.sections[5]!.props as { items: unknown[] }).items).toEqual(before.slice(0, -1));
  });

  it('asks which item when none is named, listing what there is', async () => {
    const question = await runQuestion('we no longer sell the family plan', intentFor('content_edit', 'pricing'));
    expect(question).toMatch(/Which one should I take out\? They hold: "Portrait session", "Wedding — half day", "Wedding — full day"\./);
  });
});
