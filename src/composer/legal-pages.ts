import type { Composition } from './composition.ts';
import type { PageInput } from './compose-pages.ts';
import { truncate } from './fill-template.ts';
import { countryPhrase, regionName } from './gazetteer.ts';

// Privacy policy and terms of use: sensible, plain-English generic text that names the business. They are a
// starting point, not legal advice — the notes say so.

export function privacyPage(c: Composition): PageInput {
  const contact = contactLine(c);
  const body = [
    `${c.name}${c.values.inPlace} (“we”, “us”) runs this website. This policy explains what personal information we collect through it, why we collect it, and the choices you have.`,
    '### What we collect',
    [
      '- **What you send us.** When you use our contact form we receive the details you enter — usually your name, email address, phone number if you give it, and your message.',
      '- **Basic technical data.** Like most websites, our hosting provider keeps standard server logs (such as IP address, browser type and the pages requested) to keep the site secure and working.',
    ].join('\n'),
    'We do not use advertising cookies, we do not build profiles of visitors, and we never sell your personal information.',
    '### How we use it',
    `We use your information only to reply to you, to provide what you ask ${c.name} for, and to keep the records the law requires. We will not send you marketing messages unless you ask us to, and you can opt out at any time.`,
    '### Who we share it with',
    'We share information only with service providers that help us run this website and our business — for example website hosting and email — and only as far as they need it. We may also share information when the law requires it.',
    '### How long we keep it',
    'We keep messages for as long as we need them to deal with your enquiry and any follow-up, and then delete them, normally within two years, unless we must keep them longer by law.',
    '### Your rights',
    `You can ask us for a copy of the personal information we hold about you, ask us to correct or delete it, or object to how we use it. Depending on where you live${c.facts.country !== undefined ? ` (this site is run from ${countryPhrase(c.facts.country)})` : ''}, you may have further rights under data-protection law, including the right to complain to your local data-protection authority.`,
    '### Children',
    'This website is not intended for children under 13, and we do not knowingly collect their information.',
    '### Contact',
    `Questions about this policy or your information? ${contact}`,
    '### Changes',
    'We may update this policy from time to time. The current version is always on this page.',
  ].join('\n\n');
  return legalPage('privacy', 'Privacy policy', body, `How ${c.name} collects, uses and protects your personal information, and the choices you have.`);
}

export function termsPage(c: Composition): PageInput {
  const region = c.facts.region !== undefined && c.facts.region !== c.facts.city ? regionName(c.facts.region) : undefined;
  const jurisdiction = [region, c.facts.country].filter(Boolean).join(', ');
  const body = [
    `These terms apply to your use of the ${c.name} website. By using the site you accept them; if you do not agree, please do not use it.`,
    '### Information on this website',
    `We keep the information on this site accurate and up to date, but it is provided for general information only. Prices, opening hours, availability and offers can change — please confirm anything important with ${c.name} directly before relying on it.`,
    '### Bookings, orders and quotes',
    'A message sent through this website is a request, not a confirmed booking, order or contract. An agreement exists only once we confirm it with you directly, and any separate terms we give you at that point also apply.',
    '### Using the website',
    [
      '- Do not misuse the site, for example by trying to break its security or by sending unsolicited bulk messages through the contact form.',
      '- Content you send us must be lawful and must not infringe anyone else’s rights.',
    ].join('\n'),
    '### Intellectual property',
    `The text, images, logos and design of this website belong to ${c.name} or its licensors. You may view and share pages for personal use, but please ask before reusing our content.`,
    '### Links to other websites',
    'Links to other websites are provided for convenience. We are not responsible for their content or their privacy practices.',
    '### Liability',
    `To the extent the law allows, ${c.name} is not liable for losses arising from the use of this website or from reliance on its content. Nothing in these terms limits liability that cannot be limited by law.`,
    '### Governing law',
    jurisdiction !== ''
      ? `These terms are governed by the laws that apply in ${jurisdiction}.`
      : `These terms are governed by the laws of the place where ${c.name} is based.`,
    '### Changes and contact',
    `We may update these terms from time to time; the current version is always on this page. Questions? ${contactLine(c)}`,
  ].join('\n\n');
  return legalPage('terms', 'Terms of use', body, `The terms that apply when you use the ${c.name} website, including bookings, content and liability.`);
}

function contactLine(c: Composition): string {
  if (c.facts.email !== undefined) return `Email us at [${c.facts.email}](mailto:${c.facts.email}) or use our [contact page](page:contact).`;
  return 'Send us a message through our [contact page](page:contact).';
}

function legalPage(id: 'privacy' | 'terms', title: string, body: string, description: string): PageInput {
  return {
    id,
    slug: id,
    title,
    kind: 'legal',
    seo: { title, description: truncate(description, 160) },
    sections: [{ id: `${id}-text`, type: 'richText', props: { variant: 'narrow', heading: title, body } }],
  };
}
