import { describe, expect, it } from 'vitest';
import { editFixtureSite, intentFor, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

describe('adding pages', () => {
  it.each([
    ['Add a new page called Menu', 'menu', 'Menu', 'menu'],
    ['create a blog page', 'blog', 'Blog', 'blogList'],
    ['Add a Careers page', 'careers', 'Careers', 'richText'],
    ['add a page for our workshops', 'workshops', 'Workshops', 'richText'],
  ])('%s', async (prompt, slug, title, body) => {
    const { before, after, changes, proposal } = await runChange(prompt, intentFor('add_page', slug));
    // Before the legal pages, and listed in the navigation before Contact.
    expect(after.pages.map((page) => page.id)).toEqual(['home', 'services', 'about', 'contact', slug, 'privacy', 'terms']);
    expect(after.navigation.items.map((item) => item.href)).toEqual(['page:home', 'page:services', 'page:about', `page:${slug}`, 'page:contact']);
    expect(after.navigation.items[3]!.label).toBe(title);
    const page = after.pages[4]!;
    expect(page).toMatchObject({ id: slug, slug, title, kind: 'page', seo: { title } });
    // A page named after a kind of section holds one (Menu, Blog); others start with a text to fill in.
    expect(page.sections.map((section) => section.type)).toEqual(['hero', body, 'cta']);
    expect(page.sections[0]!.props).toMatchObject({ heading: title });
    expect(page.sections[2]!.props).toMatchObject({ primaryAction: { href: 'page:contact' } });
    // Nothing else in the document moved.
    expect(changes.every((change) => change.path.startsWith('/pages/4') || change.path.startsWith('/navigation/items'))).toBe(true);
    expect(after.pages.filter((candidate) => candidate.id !== slug)).toEqual(before.pages);
    expect(proposal.summary).toMatch(new RegExp(`^Added a ${title} page at /${slug} and to the navigation, with ${body === 'richText' ? 'a text to fill in' : 'an? [\\w ]+ section whose examples are marked as samples'}$`));
  });

  it('refuses a second page of the same name', async () => {
    expect(await runQuestion('Add a page called About', intentFor('add_page', 'about'))).toMatch(/already a page called "About"/);
  });
});

describe('removing pages', () => {
  it('removes a legal page and its footer link', async () => {
    const { changes, after } = await runChange('Delete the terms page', intentFor('remove_page', 'terms'));
    expect(changes).toEqual([{ op: 'remove', path: '/footer/links/1' }, { op: 'remove', path: '/pages/5' }]);
    expect(after.footer.links).toEqual([{ label: 'Privacy policy', href: 'page:privacy' }]);
    const privacy = await runChange('remove the privacy policy page', intentFor('remove_page', 'privacy'));
    expect(privacy.after.pages.map((page) => page.id)).not.toContain('privacy');
    expect(privacy.after.footer.links).toEqual([{ label: 'Terms of use', href: 'page:terms' }]);
  });

  it('removes the menu link and sends every other link to the home page', async () => {
    const { after, proposal } = await runChange('Delete the contact page', intentFor('remove_page', 'contact'));
    expect(after.pages.map((page) => page.id)).toEqual(['home', 'services', 'about', 'privacy', 'terms']);
    expect(after.navigation.items.map((item) => item.href)).toEqual(['page:home', 'page:services', 'page:about']);
    expect(after.navigation.cta).toEqual({ label: 'Check availability', href: '/' });
    // Links inside rich text ("[contact page](page:contact)") are not in the context; the renderer sends them home.
    expect(JSON.stringify(after)).not.toContain('"href":"page:contact');
    expect(proposal.summary).toMatch(/^Deleted the Contact page \(removed its menu link; \d+ links to it now open the home page\)$/);
  });
});

describe('renaming pages', () => {
  it('renames the title, the search title and the menu label, keeping the address', async () => {
    const { changes, proposal } = await runChange('Rename the About page to Our Story', intentFor('rename_page', 'about'));
    expect(changes).toEqual([
      { op: 'replace', path: '/navigation/items/2/label', value: 'Our Story' },
      { op: 'replace', path: '/pages/2/title', value: 'Our Story' },
      { op: 'replace', path: '/pages/2/seo/title', value: 'Our Story' },
    ]);
    expect(proposal.summary).toBe('Renamed the About page to "Our Story" (address /about kept, 1 menu label updated)');
    const services = await runChange("call the services page 'What we do' instead", intentFor('rename_page', 'services'));
    expect(services.after.pages[1]).toMatchObject({ slug: 'services', title: 'What we do' });
    expect(services.after.navigation.items[1]).toEqual({ label: 'What we do', href: 'page:services' });
  });

  it('leaves button labels that only point at the page alone', async () => {
    const { after } = await runChange('Rename the contact page to Get in touch', intentFor('rename_page', 'contact'));
    expect(after.navigation.cta).toEqual({ label: 'Check availability', href: 'page:contact' });
    expect(after.navigation.items[3]).toEqual({ label: 'Get in touch', href: 'page:contact' });
  });

  it('asks for the new name', async () => {
    expect(await runQuestion('Rename the About page', intentFor('rename_page', 'about'))).toMatch(/What should the About page be called\?/);
  });
});

describe('a page named after a kind of section', () => {
  it('"add a page for our team" adds a Team page holding a team section, its invented people marked as samples', async () => {
    const { siteOutline } = await import('../../site-outline.ts');
    const { classifyPrompt } = await import('../intent/index.ts');
    const { findSamples } = await import('../../../site/index.ts');
    const site = editFixtureSite();
    const intent = classifyPrompt('add a page for our team', siteOutline(site));
    expect(intent).toMatchObject({ intent_type: 'add_page', target: 'team' });
    const { after, proposal } = await runChange('add a page for our team', intent, site);
    const page = after.pages.find((candidate) => candidate.slug === 'team')!;
    expect(page.title).toBe('Team');
    expect(page.sections.map((section) => section.type)).toEqual(['hero', 'team', 'cta']);
    expect(findSamples(after).filter((sample) => sample.pageId === page.id).map((sample) => sample.sectionLabel)).toEqual(['Team', 'Team']);
    expect(proposal.summary).toMatch(/Team section/);
  });
});
