import { parseSite, SECTION_CATALOG, type Site, type SiteInput } from '../../src/site/index.ts';

const theme: SiteInput['theme'] = {
  colors: { primary: '#1f6f5c', secondary: '#264653', accent: '#e9c46a', background: '#fbfaf7', surface: '#f1efe8', text: '#1d2327', muted: '#5b6770' },
  fonts: { heading: 'eb-garamond', body: 'source-sans-3' },
  radius: 'md',
  density: 'comfortable',
  mode: 'light',
};

const business: SiteInput['business'] = {
  name: 'Sample Bakery',
  tagline: 'Bread worth getting up for',
  email: 'hello@sample.example',
  phone: '(512) 555-0100',
  address: { street: '12 Oak Street', city: 'Austin', region: 'TX', postalCode: '78701', country: 'USA' },
  hours: {
    monday: { closed: true },
    tuesday: { closed: false, open: '07:00', close: '15:00' },
    wednesday: { closed: false, open: '07:00', close: '15:00' },
    thursday: { closed: false, open: '07:00', close: '15:00' },
    friday: { closed: false, open: '07:00', close: '18:00' },
    saturday: { closed: false, open: '08:00', close: '18:00' },
    sunday: { closed: false, open: '08:00', close: '13:00' },
  },
  socials: { instagram: 'https://instagram.com/sample' },
};

/** A six-page site that uses every section type of the catalog with its defaults. */
export function sampleSiteInput(): SiteInput {
  const types = SECTION_CATALOG.map((definition) => definition);
  const perPage = Math.ceil(types.length / 4);
  const groups = [0, 1, 2, 3].map((index) => types.slice(index * perPage, (index + 1) * perPage));
  const slugs = ['', 'about', 'services', 'contact'];
  const pages: SiteInput['pages'] = groups.map((group, pageIndex) => ({
    id: pageIndex === 0 ? 'home' : slugs[pageIndex]!,
    slug: slugs[pageIndex]!,
    title: pageIndex === 0 ? 'Home' : slugs[pageIndex]!.replace(/^./, (letter) => letter.toUpperCase()),
    sections: [
      ...(pageIndex === 0 ? [] : [{ id: `${slugs[pageIndex]}-hero`, type: 'hero', props: { variant: 'centered', heading: `About page ${pageIndex}` } }]),
      ...group.map((definition, index) => ({ id: `p${pageIndex}-s${index}-${definition.type.toLowerCase()}`, type: definition.type, props: structuredClone(definition.defaults) })),
    ],
  }) as SiteInput['pages'][number]);
  pages.push(
    { id: 'privacy', slug: 'privacy', title: 'Privacy', kind: 'legal', sections: [{ id: 'privacy-text', type: 'richText', props: { heading: 'Privacy policy', body: 'We keep **only** what we need.\n\n### Contact\n\nWrite to [us](page:contact).' } }] },
    { id: 'first-post', slug: 'blog/first-post', title: 'Our first loaf', kind: 'post', date: '2026-01-15', excerpt: 'How it began.', sections: [{ id: 'post-text', type: 'richText', props: { heading: 'Our first loaf', body: 'It began with flour.' } }] },
  );
  return structuredClone({
    schemaVersion: 2 as const,
    name: 'Sample Bakery',
    business,
    theme,
    navigation: { items: [{ label: 'Home', href: 'page:home' }, { label: 'About', href: 'page:about' }, { label: 'Services', href: 'page:services' }, { label: 'Contact', href: 'page:contact' }], cta: { label: 'Order', href: 'page:contact' } },
    footer: { text: 'Fresh bread in Austin since 2012.', links: [{ label: 'Privacy', href: 'page:privacy' }] },
    seo: { titleTemplate: '%s · Sample Bakery', description: 'A neighbourhood bakery in Austin.' },
    pages,
  });
}

export function sampleSite(): Site {
  return parseSite(sampleSiteInput());
}
