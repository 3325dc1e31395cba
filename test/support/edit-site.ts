import { composeSite } from '../../src/composer/index.ts';
import { parseSite, type Site } from '../../src/site/index.ts';

/**
 * The six-page site the chat-edit fixtures (../shared/fixtures/edit-prompts.jsonl) are run against: a home page
 * with hero, features, testimonials, gallery, pricing, FAQ (one answer about parking) and a call to action;
 * Services, About (with its story), Contact (form first), Privacy and Terms. Built by the offline composer so the
 * copy is real, then arranged so every fixture prompt has something to act on.
 */
export function editFixtureSite(): Site {
  const composed = composeSite('Luna Studio is a friendly design and photography studio in Austin, Texas: weddings, portraits and engagement sessions. Open Monday to Saturday 10am to 6pm. Call (512) 555-0147.').site;
  const site = structuredClone(composed) as Site;
  site.theme.fonts = { heading: 'eb-garamond', body: 'inter' };
  const page = (id: string) => site.pages.find((candidate) => candidate.id === id)!;
  const take = (pageId: string, sectionId: string) => page(pageId).sections.find((section) => section.id === sectionId)!;
  const home = page('home');
  const portfolio = page('portfolio');
  const faq = take('portfolio', 'portfolio-faq');
  (faq.props as { items: { question: string; answer: string }[] }).items.splice(1, 0, { question: 'Is there parking?', answer: 'Street parking is available on Oak Street.' });
  home.sections = [
    take('home', 'home-hero'),
    take('home', 'home-services'),
    take('home', 'home-testimonials'),
    take('home', 'home-gallery'),
    { ...take('portfolio', 'portfolio-pricing'), id: 'home-pricing' },
    { ...faq, id: 'home-faq' },
    take('home', 'home-cta'),
  ];
  portfolio.sections = [
    { ...take('portfolio', 'portfolio-hero'), id: 'services-hero' },
    { ...take('home', 'home-services'), id: 'services-list' },
    { ...take('portfolio', 'portfolio-cta'), id: 'services-cta' },
  ];
  Object.assign(portfolio, { id: 'services', slug: 'services', title: 'Services' });
  const contact = page('contact');
  contact.sections = [take('contact', 'contact-form'), take('contact', 'contact-details'), take('contact', 'contact-location')];
  const text = JSON.stringify(site).replaceAll('page:portfolio', 'page:services');
  const result = JSON.parse(text) as Site;
  result.navigation.items = result.navigation.items.map((item) => (item.href === 'page:services' ? { ...item, label: 'Services' } : item));
  return parseSite(result);
}
