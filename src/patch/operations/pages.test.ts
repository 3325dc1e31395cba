import { describe, expect, it } from 'vitest';
import { applyReversibly, refusal, sample } from './apply-reversibly.test-support.ts';
import { DocumentOperationError } from './locate.ts';
import { addPage, movePage, pageSlug, removePage, renamePage, setPageSeo } from './pages.ts';

const pageIds = (site: ReturnType<typeof sample>) => site.pages.map((page) => page.id);

describe('addPage', () => {
  it('adds an empty "New page <n>" at the end, numbered past the addresses in use', () => {
    const site = sample();
    const added = applyReversibly(site, addPage(site));
    expect(added.pages.at(-1)).toEqual({ id: 'page-7', slug: 'page-7', title: 'New page 7', kind: 'page', excerpt: '', seo: { title: '', description: '' }, sections: [] });
    const next = applyReversibly(added, addPage(added));
    expect(next.pages.at(-1)?.id).toBe('page-8');
    const taken = sample((input) => {
      input.pages[5]!.slug = 'page-7';
    });
    expect(applyReversibly(taken, addPage(taken)).pages.at(-1)?.slug).toBe('page-8');
  });

  it('names a titled page after its title, wherever it is put', () => {
    const site = sample();
    const story = applyReversibly(site, addPage(site, { title: 'Our Story', at: 2 }));
    expect(story.pages[2]).toMatchObject({ id: 'our-story', slug: 'our-story', title: 'Our Story' });
    const about = applyReversibly(site, addPage(site, { title: 'About' }));
    expect(about.pages.at(-1)).toMatchObject({ id: 'about-2', slug: 'about-2', title: 'About' });
    expect(() => addPage(site, { at: 9 })).toThrow(/out of range/);
  });
});

describe('addPage with an address and a navigation link', () => {
  it('takes the address the person chose and links the page at the end of the navigation', () => {
    const site = sample();
    const added = applyReversibly(site, addPage(site, { title: 'Our Team', slug: 'people', showInNavigation: true }));
    const page = added.pages.at(-1)!;
    expect(page).toMatchObject({ id: 'people', slug: 'people', title: 'Our Team' });
    expect(added.navigation.items.at(-1)).toEqual({ label: 'Our Team', href: 'page:people' });
    expect(added.navigation.items).toHaveLength(site.navigation.items.length + 1);
  });

  it('leaves the navigation alone unless asked', () => {
    const site = sample();
    expect(applyReversibly(site, addPage(site, { title: 'Careers' })).navigation).toEqual(site.navigation);
  });

  it('derives the address from the title, whole words, unique', () => {
    const site = sample();
    expect(pageSlug(site, 'Meet the Team!')).toBe('meet-the-team');
    expect(pageSlug(site, 'About')).toBe('about-2');
    expect(pageSlug(site, '   ')).toBe('page');
  });

  it('refuses an address in use or badly formed, through the site schema', () => {
    const site = sample();
    expect(refusal(site, addPage(site, { title: 'About us', slug: 'about' }))).toEqual(['Another page already uses the address "/about"']);
    expect(refusal(site, addPage(site, { title: 'Shout', slug: 'Big News' }))).toEqual([expect.stringMatching(/lowercase letters/)]);
  });
});

describe('movePage', () => {
  it('moves a page in the list, or does nothing when it is there', () => {
    const site = sample();
    expect(pageIds(applyReversibly(site, movePage(site, 'contact', 1)))).toEqual(['home', 'contact', 'about', 'services', 'privacy', 'first-post']);
    expect(movePage(site, 'about', 1)).toEqual([]);
    expect(() => movePage(site, 'about', 6)).toThrow(/out of range/);
    expect(() => movePage(site, 'gone', 0)).toThrow(new DocumentOperationError('There is no page "gone" in this site'));
  });
});

describe('renamePage and setPageSeo', () => {
  it('set the title and the search texts, keeping the address', () => {
    const site = sample();
    const renamed = applyReversibly(site, renamePage(site, 'about', 'Our story'));
    expect(renamed.pages[1]).toMatchObject({ id: 'about', slug: 'about', title: 'Our story' });
    const described = applyReversibly(site, setPageSeo(site, 'about', 'description', 'Who bakes your bread.'));
    expect(described.pages[1]!.seo.description).toBe('Who bakes your bread.');
    expect(applyReversibly(site, setPageSeo(site, 'about', 'title', 'About us')).pages[1]!.seo.title).toBe('About us');
  });

  it('sets the default locale of a translated title', () => {
    const site = sample((input) => {
      input.locales = { default: 'en', available: ['en', 'pt'] };
      input.pages[1]!.title = { en: 'About', pt: 'Sobre' };
    });
    expect(applyReversibly(site, renamePage(site, 'about', 'About us')).pages[1]!.title).toEqual({ en: 'About us', pt: 'Sobre' });
  });
});

describe('removePage', () => {
  it('removes a page', () => {
    const site = sample();
    expect(pageIds(applyReversibly(site, removePage(site, 'first-post')))).not.toContain('first-post');
  });

  it('never removes the home page; a page that is linked to is refused by the applier', () => {
    const site = sample();
    expect(() => removePage(site, 'home')).toThrow(new DocumentOperationError('The home page cannot be removed: every site needs one'));
    expect(refusal(site, removePage(site, 'about'))).toContain('Links to page "about", which does not exist');
  });
});
