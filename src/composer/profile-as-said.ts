import { GENERAL_INDUSTRY as general, type IndustryProfile, type MenuCategoryEntry, type Particular } from './industries/index.ts';

// A family's template says only what is true of this business. Its stock copy — FAQ, reviews, process steps,
// gallery captions, menu categories and items, plans and their features, story paragraphs, values, the tagline,
// meta descriptions — is written for the family's typical business, and some of it names a particular that only
// some businesses of the family have (a barber does no balayage, a kennel no grooming, a newborn photographer no
// first dance). Every piece that names a particular the description does not mention is left out; a single line
// the site needs (the tagline, a meta description) falls back to the neutral layout's, which names nothing.
// Particulars are the profile's specific services (`isSpecific`, found by their `match`) and its `particulars`.

export function profileAsSaid(profile: IndustryProfile, text: string): IndustryProfile {
  const specifics = profile.services.items.flatMap((entry) => (entry.isSpecific === true && entry.match !== undefined ? [entry.match] : []));
  const unsaid = [...specifics, ...(profile.particulars ?? [])].flatMap((particular: Particular) => {
    const [inCopy, said] = particular instanceof RegExp ? [particular, particular] : particular;
    return said.test(text) ? [] : [inCopy];
  });
  if (unsaid.length === 0) return profile;
  const isSaid = (...copy: readonly string[]): boolean => !unsaid.some((particular) => copy.some((line) => particular.test(line)));
  const line = (template: string, fallback: string): string => (isSaid(template) ? template : fallback);
  const { menu, pricing, process, gallery } = profile;
  return {
    ...profile,
    tagline: line(profile.tagline, general.tagline),
    seo: line(profile.seo, general.seo),
    hero: { ...profile.hero, heading: line(profile.hero.heading, general.hero.heading), text: line(profile.hero.text, general.hero.text) },
    services: {
      ...profile.services,
      intro: line(profile.services.intro, general.services.intro),
      items: profile.services.items.filter((entry) => entry.isSpecific === true || isSaid(entry.title, entry.text)),
    },
    page: { ...profile.page, heading: line(profile.page.heading, general.page.heading), text: line(profile.page.text, general.page.text), seo: line(profile.page.seo, general.page.seo) },
    cta: { heading: line(profile.cta.heading, general.cta.heading), text: line(profile.cta.text, general.cta.text) },
    about: {
      ...profile.about,
      story: profile.about.story.filter((paragraph) => isSaid(paragraph)),
      values: profile.about.values.filter((value) => isSaid(value.title, value.text)),
    },
    testimonials: profile.testimonials.filter((item) => isSaid(item.quote, item.detail)),
    faq: profile.faq.filter((item) => isSaid(item.question, item.answer)),
    ...(menu !== undefined ? { menu: menuAsSaid(menu, isSaid) } : {}),
    ...(pricing !== undefined
      ? {
          pricing: {
            ...pricing,
            note: line(pricing.note, ''),
            // A plan the person offers keeps its name and price; only its lines that name something unsaid go.
            plans: pricing.plans.filter((plan) => isSaid(plan.name)).map((plan) => ({ ...plan, description: isSaid(plan.description) ? plan.description : '', features: plan.features.filter((feature) => isSaid(feature)) })),
          },
        }
      : {}),
    ...(process !== undefined ? { process: { ...process, steps: process.steps.filter((step) => isSaid(step.title, step.text)) } } : {}),
    ...(gallery !== undefined ? { gallery: { ...gallery, captions: gallery.captions.filter((caption) => isSaid(caption)) } } : {}),
  };
}

function menuAsSaid(menu: NonNullable<IndustryProfile['menu']>, isSaid: (...copy: readonly string[]) => boolean): NonNullable<IndustryProfile['menu']> {
  const categoriesAsSaid = (categories: readonly MenuCategoryEntry[]): MenuCategoryEntry[] =>
    categories
      .filter((category) => isSaid(category.name, category.description ?? ''))
      .map((category) => ({ ...category, items: category.items.filter((item) => isSaid(item.name, item.description)) }))
      .filter((category) => category.items.length > 0);
  const alternatives = menu.alternatives === undefined ? undefined : Object.fromEntries(Object.entries(menu.alternatives).map(([key, categories]) => [key, categoriesAsSaid(categories)]));
  return {
    ...menu,
    intro: isSaid(menu.intro) ? menu.intro : '',
    note: isSaid(menu.note) ? menu.note : '',
    categories: categoriesAsSaid(menu.categories),
    ...(alternatives !== undefined ? { alternatives } : {}),
  };
}
